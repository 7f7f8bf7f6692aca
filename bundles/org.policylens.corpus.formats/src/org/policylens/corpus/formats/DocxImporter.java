package org.policylens.corpus.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.policylens.corpus.importers.ExtractedText;
import org.policylens.corpus.importers.IDocumentImporter;
import org.policylens.corpus.importers.ImportException;
import org.policylens.corpus.importers.ImportSettings;

/**
 * Word documents (.docx, Office Open XML) with Apache POI: the paragraphs and tables of the body in
 * order, each table row one line with its cells separated by tabs; the title of the document
 * properties as title hint.
 * <p>
 * The file is read into memory and POI works on the copy, so the user's file is never opened for
 * writing. Old binary Word files (.doc) are not claimed; one renamed to .docx, a password-protected
 * document and a damaged file are refused with the reason.
 */
public final class DocxImporter implements IDocumentImporter {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	/** The signature of OLE2 compound files: old .doc, and encrypted .docx. */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final String DAMAGED = "the Word file is damaged or not a .docx file";

	@Override
	public int claims(String fileName, byte[] head) {
		if (!FileHeads.hasExtension(fileName, "docx")) { //$NON-NLS-1$
			return 0;
		}
		return FileHeads.startsWith(head, ZIP) ? SIGNATURE : EXTENSION;
	}

	@Override
	public ExtractedText read(Path file, ImportSettings settings) throws ImportException, IOException {
		byte[] bytes = Files.readAllBytes(file);
		if (bytes.length == 0) {
			throw new ImportException("the file is empty");
		}
		if (FileHeads.startsWith(bytes, OLE2)) {
			throw compoundFile(bytes);
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			return new ExtractedText(WordText.of(document), "docx", null, title(document)); //$NON-NLS-1$
		} catch (IOException | UnsupportedFileFormatException | EmptyFileException | POIXMLException
				| OpenXML4JRuntimeException e) {
			// the bytes are in memory: an I/O error here is POI failing to read the package
			throw new ImportException(DAMAGED, e);
		}
	}

	private static String title(XWPFDocument document) {
		String title = document.getProperties().getCoreProperties().getTitle();
		return title == null || title.isBlank() ? null : title.strip();
	}

	/**
	 * An OLE2 compound file named .docx: Word keeps an encrypted .docx in one (EncryptedPackage),
	 * and an old .doc is one (WordDocument).
	 */
	private static ImportException compoundFile(byte[] bytes) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			if (fs.getRoot().hasEntry("EncryptedPackage")) { //$NON-NLS-1$
				return new ImportException("the Word file is protected by a password");
			}
			if (fs.getRoot().hasEntry("WordDocument")) { //$NON-NLS-1$
				return new ImportException("the file is an old Word document (.doc) named .docx; save it as .docx "
						+ "in Word or LibreOffice and import that");
			}
			return new ImportException(DAMAGED);
		} catch (IOException | RuntimeException e) {
			return new ImportException(DAMAGED, e);
		}
	}
}
