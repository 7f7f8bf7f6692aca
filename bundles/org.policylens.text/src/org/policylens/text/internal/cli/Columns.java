package org.policylens.text.internal.cli;

/**
 * Pads text for terminal columns, counting CJK and full-width characters as two columns.
 */
final class Columns {

	private Columns() {
	}

	static int width(String s) {
		int width = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			width += isWide(c) ? 2 : 1;
		}
		return width;
	}

	static String pad(String s, int width) {
		return s + " ".repeat(Math.max(0, width - width(s))); //$NON-NLS-1$
	}

	static String padLeft(String s, int width) {
		String cut = s;
		while (width(cut) > width && cut.length() > 0) {
			cut = cut.substring(1);
		}
		return " ".repeat(Math.max(0, width - width(cut))) + cut; //$NON-NLS-1$
	}

	private static boolean isWide(char c) {
		return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F || c >= 0xAC00 && c <= 0xD7A3
				|| c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6);
	}
}
