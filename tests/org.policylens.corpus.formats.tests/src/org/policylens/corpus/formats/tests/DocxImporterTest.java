package org.policylens.corpus.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.corpus.importers.IDocumentImporter.EXTENSION;
import static org.policylens.corpus.importers.IDocumentImporter.SIGNATURE;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.corpus.formats.DocxImporter;
import org.policylens.corpus.importers.ExtractedText;
import org.policylens.corpus.importers.ImportException;
import org.policylens.corpus.importers.ImportSettings;

public class DocxImporterTest {

	@TempDir
	Path tmp;

	private final DocxImporter importer = new DocxImporter();

	@Test
	void claimsWordFilesByZipSignatureAndName() throws Exception {
		byte[] docx = Fixtures.head(Fixtures.DOCX);
		assertEquals(SIGNATURE, importer.claims("意见.docx", docx));
		assertEquals(SIGNATURE, importer.claims("REPORT.DOCX", docx));
		assertEquals(EXTENSION, importer.claims("random.docx", Fixtures.head(Fixtures.RANDOM_DOCX)));
		assertEquals(0, importer.claims("意见.zip", docx), "a zip archive is not a Word file");
		assertEquals(0, importer.claims("意见.doc", Fixtures.head(Fixtures.DOC)), "old binary Word is not read");
	}

	@Test
	void readsParagraphsInBodyOrderTablesAsTabbedRowsAndTheTitleProperty() throws Exception {
		ExtractedText extracted = importer.read(Fixtures.get(Fixtures.DOCX), ImportSettings.DEFAULT);
		List<String> lines = extracted.text().lines().toList();
		assertEquals(Fixtures.NOTICE_TITLE, lines.get(0));
		assertEquals("京经信发〔2022〕87号", lines.get(1));
		assertTrue(lines.contains(Fixtures.POLICY_TITLE));
		assertTrue(lines.contains("一、总体要求"));
		assertTrue(lines.contains("（一）指导思想"));
		assertTrue(lines.indexOf("一、总体要求") < lines.indexOf("（一）指导思想"));
		assertTrue(lines.indexOf("（一）指导思想") < lines.indexOf("二、基本原则"));
		assertTrue(lines.indexOf("八、保障措施") < lines.indexOf("附表：数据专区类型与监管责任"));
		// the table follows its caption, one row per line, cells separated by tabs
		int caption = lines.indexOf("附表：数据专区类型与监管责任");
		assertEquals("专区类型\t监管部门\t监管责任", lines.get(caption + 1));
		assertEquals("综合基础类\t北京市经济和信息化局\t承担综合基础类数据专区监管责任，指导综合基础类数据专区的建设和运营",
				lines.get(caption + 4));
		assertEquals(Fixtures.POLICY_TITLE, extracted.titleHint());
		assertEquals("docx", extracted.format());
		assertNull(extracted.encoding());
	}

	@Test
	void neverChangesTheFile() throws Exception {
		Path file = Fixtures.get(Fixtures.DOCX);
		String before = Fixtures.sha256(file);
		long modified = Files.getLastModifiedTime(file).toMillis();
		importer.read(file, ImportSettings.DEFAULT);
		assertEquals(before, Fixtures.sha256(file));
		assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
	}

	@Test
	void refusesDamagedAndProtectedFilesWithTheReason() throws Exception {
		assertEquals("the Word file is damaged or not a .docx file", reason(Fixtures.get(Fixtures.RANDOM_DOCX)));
		assertEquals("the Word file is protected by a password", reason(Fixtures.get(Fixtures.DOCX_PROTECTED)));
		assertTrue(reason(Fixtures.get(Fixtures.DOCX_OLD_WORD)).startsWith("the file is an old Word document (.doc)"));

		byte[] docx = Files.readAllBytes(Fixtures.get(Fixtures.DOCX));
		Path truncated = Files.write(tmp.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2));
		assertEquals("the Word file is damaged or not a .docx file", reason(truncated));

		Path zip = tmp.resolve("not-word.docx");
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
			archive.putNextEntry(new ZipEntry("readme.txt"));
			archive.write("一、总体要求".getBytes(StandardCharsets.UTF_8));
			archive.closeEntry();
		}
		assertEquals("the Word file is damaged or not a .docx file", reason(zip));

		assertEquals("the file is empty", reason(Files.createFile(tmp.resolve("empty.docx"))));
	}

	private String reason(Path file) {
		return assertThrows(ImportException.class, () -> importer.read(file, ImportSettings.DEFAULT)).getMessage();
	}
}
