package org.policylens.qdpx.internal;

/**
 * REFI-QDA counts the positions of a text selection in characters (Unicode code points, the first
 * one 0, the end after the last selected one); PolicyLens counts UTF-16 units of the stored text,
 * which is normalised (LF line ends, no byte-order mark or control characters). Both are the same
 * for texts without characters beyond the Basic Multilingual Plane and without carriage returns.
 */
public final class TextPositions {

	private final String text;
	private final boolean surrogates;

	private TextPositions(String text) {
		this.text = text;
		this.surrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
	}

	/**
	 * @param text a stored document text
	 * @return its positions
	 */
	public static TextPositions of(String text) {
		return new TextPositions(text);
	}

	/**
	 * @param offset a UTF-16 offset into the text
	 * @return the REFI-QDA position: the number of code points before it
	 */
	public int position(int offset) {
		return surrogates ? text.codePointCount(0, offset) : offset;
	}

	/**
	 * A text as another program wrote it, normalised the way PolicyLens stores texts, with where
	 * each of its positions went.
	 *
	 * @param text    the normalised text
	 * @param offsets for each REFI-QDA position of the original text (0 to its length in code
	 *                points), the UTF-16 offset in {@code text} of the character there (or of the
	 *                next one kept, where a character was removed)
	 */
	public record Normalised(String text, int[] offsets) {

		/** @return the length of the original text in code points */
		public int positions() {
			return offsets.length - 1;
		}

		/**
		 * @param position a REFI-QDA position, 0 to {@link #positions()}
		 * @return the offset in the normalised text
		 */
		public int offset(int position) {
			return offsets[position];
		}
	}

	/**
	 * Normalises a text as {@code CorpusImporter.normalise} does (CR LF and CR become LF; byte-order
	 * marks and control characters other than tab and LF are removed), keeping track of positions.
	 *
	 * @param original the text as decoded from the archive
	 * @return the normalised text and where each position went
	 */
	public static Normalised normalise(String original) {
		int[] offsets = new int[original.codePointCount(0, original.length()) + 1];
		StringBuilder out = new StringBuilder(original.length());
		int position = 0;
		for (int i = 0; i < original.length(); position++) {
			int c = original.codePointAt(i);
			offsets[position] = out.length();
			if (c == '\r') {
				if (i + 1 >= original.length() || original.charAt(i + 1) != '\n') {
					out.append('\n');
				}
			} else if (c != '\uFEFF' && (c >= 0x20 || c == '\n' || c == '\t')) {
				out.appendCodePoint(c);
			}
			i += Character.charCount(c);
		}
		offsets[position] = out.length();
		return new Normalised(out.toString(), offsets);
	}
}
