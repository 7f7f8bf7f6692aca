package org.policylens.corpus;

import org.policylens.corpus.importers.ImportSettings;

/**
 * What the user chose for an import.
 *
 * @param settings  the importer settings (e.g. a forced encoding)
 * @param segmenter the segmenter id to use for every document, or {@code null} to choose by language
 * @param language  the language of every document (zh, en), or {@code null} to detect it
 */
public record ImportOptions(ImportSettings settings, String segmenter, String language) {

	/** Detect and choose everything. */
	public static final ImportOptions DEFAULT = new ImportOptions(ImportSettings.DEFAULT, null, null);
}
