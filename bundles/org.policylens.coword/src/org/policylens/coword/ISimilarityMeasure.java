package org.policylens.coword;

/**
 * A similarity (normalisation) of co-occurrence counts, contributed to the extension point
 * {@code org.policylens.coword.measures}. Implementations are stateless and thread-safe.
 * <p>
 * All arguments are counts of units: {@code cij} the units in which both terms occur,
 * {@code ci} and {@code cj} the units in which each occurs, {@code n} all units read (with or
 * without selected terms). {@code 0 < cij <= min(ci, cj) <= n}.
 */
public interface ISimilarityMeasure {

	/** @return the id users type, e.g. {@code association}; stable across versions (results cite it) */
	String id();

	/** @return the name people read, e.g. "Association strength" */
	String name();

	/**
	 * @param cij units with both terms
	 * @param ci  units with the first term
	 * @param cj  units with the second term
	 * @param n   all units
	 * @return the strength of the link, larger is stronger, finite and not negative
	 */
	double similarity(long cij, long ci, long cj, long n);
}
