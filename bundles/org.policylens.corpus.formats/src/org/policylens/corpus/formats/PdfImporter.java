package org.policylens.corpus.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.policylens.corpus.importers.ExtractedText;
import org.policylens.corpus.importers.IDocumentImporter;
import org.policylens.corpus.importers.ImportException;
import org.policylens.corpus.importers.ImportSettings;

/**
 * PDF with PDFBox: the text of every page, in reading order by position; the title of the document
 * information as title hint. A PDF without text (a scan) gives empty text, which the corpus
 * reports. A file that is not a PDF, a damaged PDF and a PDF that needs a password to open are
 * refused with the reason.
 */
public final class PdfImporter implements IDocumentImporter {

	private static final String SIGNATURE_TEXT = "%PDF-"; //$NON-NLS-1$
	/** Readers accept the header within the first KiB (PDF 32000-1, annex H). */
	private static final int HEADER_WINDOW = 1024;

	@Override
	public int claims(String fileName, byte[] head) {
		if (FileHeads.startsWith(head, SIGNATURE_TEXT)) {
			return SIGNATURE;
		}
		return FileHeads.hasExtension(fileName, "pdf") ? EXTENSION : 0; //$NON-NLS-1$
	}

	@Override
	public ExtractedText read(Path file, ImportSettings settings) throws ImportException, IOException {
		checkHeader(file);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return new ExtractedText(stripper.getText(pdf), "pdf", null, title(pdf)); //$NON-NLS-1$
		} catch (InvalidPasswordException e) {
			throw new ImportException("the PDF is protected by a password", e);
		} catch (IOException e) {
			// the file was readable a moment ago (checkHeader): PDFBox could not parse it
			throw new ImportException("the PDF is damaged: " + e.getMessage(), e);
		}
	}

	/** Real I/O errors surface here as IOException; a file that is no PDF gets its reason. */
	private static void checkHeader(Path file) throws ImportException, IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(HEADER_WINDOW);
		}
		if (head.length == 0) {
			throw new ImportException("the file is empty");
		}
		for (int i = 0; i < head.length; i++) {
			if (FileHeads.startsWith(head, i, SIGNATURE_TEXT)) {
				return;
			}
		}
		throw new ImportException("the file is not a PDF (it does not start with %PDF-)");
	}

	private static String title(PDDocument pdf) {
		String title = pdf.getDocumentInformation().getTitle();
		return title == null || title.isBlank() ? null : title.strip();
	}
}
