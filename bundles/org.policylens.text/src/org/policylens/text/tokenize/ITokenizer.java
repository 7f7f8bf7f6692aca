package org.policylens.text.tokenize;

/**
 * Splits text into words, with their offsets and, where the tokenizer knows it, their part of
 * speech. One tokenizer serves one language; it is made for a study by an
 * {@link ITokenizerFactory} (with the study's user dictionary) and must be usable from several
 * threads at once, or be cheap to make per thread.
 */
public interface ITokenizer {

	/** Receives the tokens in text order. */
	@FunctionalInterface
	interface Sink {
		/**
		 * @param word  the token as written (English tokens lower-cased)
		 * @param start its offset in the text
		 * @param end   the offset after it
		 * @param pos   its part of speech (HanLP/ICTCLAS tags for Chinese: n, v, ns, w, m, ...), or {@code null}
		 */
		void token(String word, int start, int end, String pos);
	}

	/**
	 * @param text  a text
	 * @param start where to start
	 * @param end   where to stop
	 * @param sink  receives the tokens of {@code text[start, end)}, offsets relative to {@code text}
	 */
	void tokenize(String text, int start, int end, Sink sink);
}
