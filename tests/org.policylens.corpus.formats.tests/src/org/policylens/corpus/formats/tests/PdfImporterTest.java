package org.policylens.corpus.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.corpus.importers.IDocumentImporter.EXTENSION;
import static org.policylens.corpus.importers.IDocumentImporter.SIGNATURE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policylens.corpus.formats.PdfImporter;
import org.policylens.corpus.importers.ExtractedText;
import org.policylens.corpus.importers.ImportException;
import org.policylens.corpus.importers.ImportSettings;

public class PdfImporterTest {

	private final PdfImporter importer = new PdfImporter();

	@Test
	void claimsPdfBySignatureBeforeName() throws Exception {
		byte[] pdf = Fixtures.head(Fixtures.PDF);
		assertEquals(SIGNATURE, importer.claims("意见.pdf", pdf));
		assertEquals(SIGNATURE, importer.claims("saved-as.txt", pdf), "a PDF saved as .txt is still a PDF");
		assertEquals(EXTENSION, importer.claims("plain.PDF", Fixtures.head(Fixtures.TEXT_NAMED_PDF)));
		assertEquals(0, importer.claims("notes.txt", "一、总体要求".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void readsTheChineseTextOfALibreOfficePdfAndItsTitle() throws Exception {
		ExtractedText extracted = importer.read(Fixtures.get(Fixtures.PDF), ImportSettings.DEFAULT);
		List<String> lines = extracted.text().lines().map(String::strip).toList();
		assertTrue(lines.contains(Fixtures.POLICY_TITLE), extracted.text());
		assertTrue(lines.contains("一、总体要求"));
		assertTrue(lines.contains("（一）指导思想"));
		assertTrue(lines.contains("八、保障措施"));
		assertTrue(lines.indexOf("一、总体要求") < lines.indexOf("八、保障措施"));
		assertTrue(extracted.text().contains("京经信发〔2022〕87号"));
		assertTrue(extracted.text().contains("综合基础类"));
		assertEquals(Fixtures.POLICY_TITLE, extracted.titleHint());
		assertEquals("pdf", extracted.format());
		assertNull(extracted.encoding());
	}

	@Test
	void aScanGivesNoText() throws Exception {
		ExtractedText extracted = importer.read(Fixtures.get(Fixtures.PDF_SCANNED), ImportSettings.DEFAULT);
		assertTrue(extracted.text().isBlank(), extracted.text());
	}

	@Test
	void refusesDamagedProtectedAndFalsePdfsWithTheReason() throws Exception {
		String truncated = reason(Fixtures.get(Fixtures.PDF_TRUNCATED));
		assertTrue(truncated.startsWith("the PDF is damaged: "), truncated);
		assertEquals("the PDF is protected by a password", reason(Fixtures.get(Fixtures.PDF_PROTECTED)));
		assertEquals("the file is not a PDF (it does not start with %PDF-)", reason(Fixtures.get(Fixtures.TEXT_NAMED_PDF)));
	}

	@Test
	void neverChangesTheFile() throws Exception {
		Path file = Fixtures.get(Fixtures.PDF);
		String before = Fixtures.sha256(file);
		importer.read(file, ImportSettings.DEFAULT);
		assertEquals(before, Fixtures.sha256(file));
	}

	private String reason(Path file) {
		return assertThrows(ImportException.class, () -> importer.read(file, ImportSettings.DEFAULT)).getMessage();
	}
}
