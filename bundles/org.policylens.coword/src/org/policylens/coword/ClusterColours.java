package org.policylens.coword;

/**
 * The colours of clusters, the same on the map and in every export (GEXF, GraphML), as VOSviewer
 * shows them: red, green, blue, yellow, purple, light blue,
 * orange, brown, pink, ... — the first clusters (the largest) get the most distinct colours; after
 * the palette the colours repeat lighter.
 */
public final class ClusterColours {

	private static final int[] PALETTE = { 0xE6194B, 0x3CB44B, 0x4363D8, 0xE6C619, 0x911EB4, 0x42D4F4, 0xF58231,
			0x9A6324, 0xF032E6, 0x469990, 0x808000, 0x000075, 0xBFEF45, 0x800000, 0xA9A9A9 };

	private ClusterColours() {
	}

	/**
	 * @param cluster a cluster, from 0
	 * @return its colour as 0xRRGGBB
	 */
	public static int rgb(int cluster) {
		int base = PALETTE[Math.floorMod(cluster, PALETTE.length)];
		int round = Math.max(0, cluster) / PALETTE.length;
		if (round == 0) {
			return base;
		}
		double t = Math.min(0.6, 0.3 * round);
		int r = (int) ((base >> 16 & 0xff) + (255 - (base >> 16 & 0xff)) * t);
		int g = (int) ((base >> 8 & 0xff) + (255 - (base >> 8 & 0xff)) * t);
		int b = (int) ((base & 0xff) + (255 - (base & 0xff)) * t);
		return r << 16 | g << 8 | b;
	}

	/** @param cluster a cluster @return its colour as {@code #rrggbb} */
	public static String hex(int cluster) {
		return String.format("#%06x", rgb(cluster)); //$NON-NLS-1$
	}
}
