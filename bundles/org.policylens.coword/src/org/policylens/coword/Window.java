package org.policylens.coword;

/** The unit of co-occurrence in a study's documents ({@link CorpusTokenSource}). */
public enum Window {
	/** A whole document. */
	DOCUMENT,
	/** A clause line of the corpus' clause segmentation (an article, item or paragraph with its own text). */
	CLAUSE,
	/** A sentence: text up to 。！？；!?; or a line break. */
	SENTENCE,
	/** A window of N consecutive terms, sliding by one term. */
	TOKENS;

	/**
	 * @param text a window name as typed: document, clause, sentence, tokens (case-insensitive)
	 * @return the window
	 * @throws IllegalArgumentException if it is none of them
	 */
	public static Window parse(String text) {
		for (Window window : values()) {
			if (window.name().equalsIgnoreCase(text.strip())) {
				return window;
			}
		}
		throw new IllegalArgumentException("unknown window '" + text + "': use document, clause, sentence or tokens");
	}

	/** @return the name as typed on the command line */
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
