package org.policylens.text;

import java.io.IOException;

/**
 * A piece of text to count: usually the clauses of one document, with the value it is grouped by
 * (its city, year, ...).
 *
 * @param id       the document's policy number
 * @param group    the group it belongs to, or "" when not grouped
 * @param language its language (zh, en)
 * @param spans    the [start, end) ranges to count, in order (a document's clause lines, so that
 *                 counts, the index and codings see the same text); {@code null} counts all of it
 * @param text     reads the text (documents are read one at a time, not all kept in memory)
 */
public record TextUnit(int id, String group, String language, int[][] spans, TextSource text) {

	/** Reads a text when it is counted. */
	@FunctionalInterface
	public interface TextSource {
		/**
		 * @return the text
		 * @throws IOException if it cannot be read
		 */
		String read() throws IOException;
	}
}
