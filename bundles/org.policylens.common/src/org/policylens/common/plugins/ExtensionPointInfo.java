package org.policylens.common.plugins;

import java.util.List;

/**
 * One PolicyLens extension point and what is contributed to it.
 *
 * @param id            the fully qualified id, e.g. {@code org.policylens.cli.commands}
 * @param label         its name as declared
 * @param declaringBundle the bundle that declares it
 * @param schema        the schema path inside the declaring bundle, or {@code null}
 * @param contributions every top-level element contributed to it, sorted by bundle and id
 */
public record ExtensionPointInfo(String id, String label, String declaringBundle, String schema,
		List<ContributionInfo> contributions) {

	/** @return how many contributions have problems */
	public long brokenCount() {
		return contributions.stream().filter(c -> !c.problems().isEmpty()).count();
	}
}
