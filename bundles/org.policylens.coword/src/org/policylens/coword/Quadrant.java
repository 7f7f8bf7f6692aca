package org.policylens.coword;

/**
 * Where a cluster lies in the strategic diagram (Callon et al. 1991; Cobo et al. 2011): centrality
 * (how strongly it links to other clusters) against density (how strongly its own terms link),
 * each split at its median over the clusters. A value equal to the median counts as high.
 */
public enum Quadrant {
	/** High centrality, high density: well developed and central to the field. */
	MOTOR("motor themes"),
	/** High centrality, low density: important for the field but not developed. */
	BASIC("basic and transversal themes"),
	/** Low centrality, high density: developed but peripheral. */
	NICHE("highly developed and isolated themes"),
	/** Low centrality, low density: weak, appearing or disappearing. */
	EMERGING_OR_DECLINING("emerging or declining themes");

	private final String label;

	Quadrant(String label) {
		this.label = label;
	}

	/** @return the name in the strategic diagram */
	public String label() {
		return label;
	}

	/**
	 * @param highCentrality centrality at or above the median
	 * @param highDensity    density at or above the median
	 * @return the quadrant
	 */
	public static Quadrant of(boolean highCentrality, boolean highDensity) {
		if (highCentrality) {
			return highDensity ? MOTOR : BASIC;
		}
		return highDensity ? NICHE : EMERGING_OR_DECLINING;
	}
}
