package org.policylens.corpus.importers;

/**
 * The text an importer read from a file.
 *
 * @param text      the text; line ends may be anything, the corpus normalises them
 * @param format    the format's short name, e.g. {@code txt}, {@code docx}, {@code pdf}, {@code html}
 * @param encoding  the character encoding that was detected or used, or {@code null} for binary formats
 * @param titleHint a title the format itself records (HTML {@code <title>}, Word document properties), or {@code null}
 */
public record ExtractedText(String text, String format, String encoding, String titleHint) {
}
