package org.policylens.codebook;

import java.util.List;

import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;

/**
 * The colour of a code: its own, or the default colour of its position.
 * <p>
 * The defaults are the eight colours of Okabe and Ito's palette for colour-blind readers
 * (Okabe, M. &amp; Ito, K. (2008). <i>Color Universal Design: how to make figures and
 * presentations that are friendly to colorblind people</i>), with grey for black so that black
 * text stays readable on them. A code without a colour of its own takes the colour of its
 * position in the codebook, depth first: neighbouring codes differ, and the ninth code starts the
 * palette again.
 */
public final class CodeColours {

	/** Okabe-Ito: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, grey. */
	public static final List<String> PALETTE = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"#D55E00", "#CC79A7", "#999999"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private CodeColours() {
	}

	/**
	 * @param position a position, 0 first
	 * @return the default colour of that position ({@code #RRGGBB})
	 */
	public static String defaultColour(int position) {
		return PALETTE.get(Math.floorMod(position, PALETTE.size()));
	}

	/**
	 * @param code a code in a codebook
	 * @return its own colour, or the default colour of its position in the codebook
	 */
	public static String colourOf(Code code) {
		if (code.getColour() != null && !code.getColour().isBlank()) {
			return code.getColour();
		}
		Codebook codebook = CodeTree.codebookOf(code);
		return defaultColour(codebook == null ? 0 : CodeTree.all(codebook).indexOf(code));
	}

	/**
	 * @param colour {@code #RRGGBB} or {@code #RGB}
	 * @return its red, green and blue components, 0-255
	 * @throws IllegalArgumentException if it is not a colour
	 */
	public static int[] rgb(String colour) {
		if (colour == null || !colour.matches("#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")) { //$NON-NLS-1$
			throw new IllegalArgumentException("not a colour: " + colour);
		}
		String hex = colour.substring(1);
		if (hex.length() == 3) {
			hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2); //$NON-NLS-1$
		}
		int value = Integer.parseInt(hex, 16);
		return new int[] { value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF };
	}
}
