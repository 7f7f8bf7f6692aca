package org.policylens.corpus.importers;

import java.nio.charset.Charset;

/**
 * What the user chose for an import.
 *
 * @param encoding the encoding of text files, or {@code null} to detect it
 */
public record ImportSettings(Charset encoding) {

	/** Detect everything. */
	public static final ImportSettings DEFAULT = new ImportSettings(null);
}
