package org.policylens.corpus.importers;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the text of one kind of file (plain text, Word, PDF, HTML, ...), contributed through the
 * extension point {@code org.policylens.corpus.importers}. An importer only extracts text and
 * what the format itself says about the document (e.g. an HTML title); metadata extraction, clause
 * segmentation and storage are the same for every format.
 * <p>
 * Importers never change the user's file.
 */
public interface IDocumentImporter {

	/** The file name extension matches one the importer declares. */
	int EXTENSION = 1;
	/** The file's first bytes are this format's signature (e.g. {@code %PDF-}). */
	int SIGNATURE = 2;

	/**
	 * How sure the importer is that it reads this file. The corpus asks every importer and uses the
	 * surest; a file no importer claims is reported as of unknown format.
	 *
	 * @param fileName the file name
	 * @param head     the first bytes of the file (up to 4 KiB)
	 * @return 0 (not this format), {@link #EXTENSION} or {@link #SIGNATURE}
	 */
	int claims(String fileName, byte[] head);

	/**
	 * @param file     the file
	 * @param settings what the user chose (e.g. an encoding)
	 * @return the text and what the format says about it
	 * @throws ImportException with the reason in words, e.g. "the PDF is damaged" or "no text (a
	 *                         scanned PDF needs OCR)"; the file name is added by the caller
	 * @throws IOException     if the file cannot be read
	 */
	ExtractedText read(Path file, ImportSettings settings) throws ImportException, IOException;
}
