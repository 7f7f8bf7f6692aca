package org.policylens.coword.formats;

import java.util.List;

/**
 * The colour of each cluster in exports: a fixed palette, so that cluster 1 has the same colour in
 * every file and every run. The ten colours are D3's category10 (also Tableau 10 and matplotlib's
 * {@code tab10}): blue, orange, green, red, purple, brown, pink, grey, olive, cyan. Cluster 11 takes
 * the first colour again.
 */
public final class ClusterColours {

	/** The palette, as {@code #RRGGBB}. */
	public static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private ClusterColours() {
	}

	/**
	 * @param cluster a cluster id, from 1
	 * @return its colour, {@code #RRGGBB}
	 */
	public static String hex(int cluster) {
		return PALETTE.get(Math.floorMod(cluster - 1, PALETTE.size()));
	}

	/**
	 * @param cluster a cluster id, from 1
	 * @return its colour as red, green and blue from 0 to 255
	 */
	public static int[] rgb(int cluster) {
		int value = Integer.parseInt(hex(cluster).substring(1), 16);
		return new int[] { value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF };
	}
}
