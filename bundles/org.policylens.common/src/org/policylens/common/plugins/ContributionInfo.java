package org.policylens.common.plugins;

import java.util.List;

/**
 * One contributed element of an extension, as listed by {@code policylens plugins} and the
 * Plugins view.
 *
 * @param extensionPointId the extension point it contributes to
 * @param contributor      the contributing bundle
 * @param element          the element name, e.g. {@code command}
 * @param id               its {@code id} (or {@code name}) attribute, or the element name
 * @param label            its {@code label}/{@code name}/{@code summary}, or empty
 * @param className        its {@code class} attribute, or empty
 * @param problems         what is wrong with it; empty when it is usable
 */
public record ContributionInfo(String extensionPointId, String contributor, String element, String id,
		String label, String className, List<String> problems) {

	/** @return whether no problem was found */
	public boolean isOk() {
		return problems.isEmpty();
	}
}
