package org.policylens.corpus.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-empty lines of a part of a text, as offsets of their content without leading and
 * trailing white space (including the ideographic space U+3000 and no-break spaces): what every
 * segmenter starts from.
 */
public final class TextLines {

	/** One line: its content is {@code text.substring(start, end)}. */
	public record Line(int start, int end) {
	}

	private TextLines() {
	}

	/**
	 * @param text  a text with LF line ends
	 * @param start where to start
	 * @param end   where to stop
	 * @return the lines within [start, end) that are not blank
	 */
	public static List<Line> of(String text, int start, int end) {
		List<Line> lines = new ArrayList<>();
		int lineStart = start;
		while (lineStart < end) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0 || lineEnd > end) {
				lineEnd = end;
			}
			int s = lineStart;
			int e = lineEnd;
			while (s < e && isSpace(text.charAt(s))) {
				s++;
			}
			while (e > s && isSpace(text.charAt(e - 1))) {
				e--;
			}
			if (s < e) {
				lines.add(new Line(s, e));
			}
			lineStart = lineEnd + 1;
		}
		return lines;
	}

	/**
	 * @param c a character
	 * @return whether it is white space: Java's (which includes U+3000), no-break space, zero-width
	 *         space or a byte-order mark
	 */
	public static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
	}
}
