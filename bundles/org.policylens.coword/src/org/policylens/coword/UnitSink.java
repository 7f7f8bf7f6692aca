package org.policylens.coword;

import java.util.Collection;

/**
 * Receives the units a {@link CowordSource} reads, in order, each with its terms.
 */
@FunctionalInterface
public interface UnitSink {

	/**
	 * @param unit  the unit; its {@link CowordUnit#index()} is the number of units accepted before it
	 * @param terms its terms, as read (duplicates allowed: a unit counts once per term); may be empty
	 */
	void unit(CowordUnit unit, Collection<String> terms);
}
