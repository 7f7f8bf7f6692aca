package org.policylens.corpus.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.corpus.importers.IDocumentImporter.EXTENSION;
import static org.policylens.corpus.importers.IDocumentImporter.SIGNATURE;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.corpus.formats.HtmlImporter;
import org.policylens.corpus.importers.ExtractedText;
import org.policylens.corpus.importers.ImportException;
import org.policylens.corpus.importers.ImportSettings;

public class HtmlImporterTest {

	private static final Charset GBK = Charset.forName("GBK");

	@TempDir
	Path tmp;

	private final HtmlImporter importer = new HtmlImporter();

	@Test
	void claimsPagesByDoctypeOrHtmlTagBeforeName() throws Exception {
		assertEquals(SIGNATURE, importer.claims("page.html", Fixtures.head(Fixtures.HTML_GBK)));
		assertEquals(SIGNATURE, importer.claims("saved.txt", Fixtures.head(Fixtures.HTML_UTF8)), "white space, then <HTML>");
		byte[] bom = "\uFEFF<!doctype html><p>一、总体要求</p>".getBytes(StandardCharsets.UTF_8);
		assertEquals(SIGNATURE, importer.claims("page", bom));
		assertEquals(EXTENSION, importer.claims("fragment.HTM", "<p>一、总体要求</p>".getBytes(StandardCharsets.UTF_8)));
		assertEquals(0, importer.claims("notes.txt", "一、总体要求".getBytes(StandardCharsets.UTF_8)));
		assertEquals(0, importer.claims("data.xml", "<?xml version=\"1.0\"?><policy/>".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void readsAGbkPageByItsMetaCharsetWithoutNavigationScriptsAndFooter() throws Exception {
		ExtractedText extracted = importer.read(Fixtures.get(Fixtures.HTML_GBK), ImportSettings.DEFAULT);
		List<String> lines = extracted.text().lines().toList();
		assertEquals("GBK (declared in the page)", extracted.encoding());
		assertEquals(Fixtures.NOTICE_TITLE, lines.get(0), "the header and the navigation are left out");
		assertEquals("京经信发〔2022〕87号", lines.get(1));
		// <br> splits the signature block
		int issuer = lines.indexOf("北京市经济和信息化局");
		assertEquals("2022年11月21日", lines.get(issuer + 1));
		assertEquals(Fixtures.POLICY_TITLE, lines.get(issuer + 2));
		assertTrue(lines.contains("一、总体要求"));
		assertTrue(lines.contains("（一）指导思想"));
		assertFalse(extracted.text().contains("不应出现在正文中"), "script");
		assertFalse(extracted.text().contains("政务公开"), "navigation");
		assertFalse(extracted.text().contains("网站地图"), "footer");
		assertFalse(extracted.text().contains("font-family"), "style");
		assertFalse(extracted.text().contains("\uFFFD"));
		assertEquals(Fixtures.NOTICE_TITLE, extracted.titleHint());
		assertEquals("html", extracted.format());
	}

	@Test
	void readsAUtf8PageWithHttpEquivCharsetTakesTheTitleFromH1AndTablesAsTabbedRows() throws Exception {
		ExtractedText extracted = importer.read(Fixtures.get(Fixtures.HTML_UTF8), ImportSettings.DEFAULT);
		List<String> lines = extracted.text().lines().toList();
		assertEquals("UTF-8 (declared in the page)", extracted.encoding());
		assertEquals(Fixtures.NOTICE_TITLE, extracted.titleHint(), "no <title>: the first <h1>");
		assertEquals(Fixtures.NOTICE_TITLE, lines.get(0));
		assertTrue(lines.contains("一、总体要求"));
		assertTrue(lines.contains("专区类型\t监管部门\t监管责任"));
		assertTrue(lines.contains("区域类\t相关区政府\t承担区域类数据专区的监管责任，指导区域类数据专区的建设和运营"));
	}

	@Test
	void readsAPageThatDeclaresNoCharsetByDetectingGbk() throws Exception {
		byte[] page = Files.readAllBytes(Fixtures.get(Fixtures.HTML_GBK));
		String declaration = "<meta charset=\"gbk\">";
		int at = new String(page, StandardCharsets.ISO_8859_1).indexOf(declaration);
		assertTrue(at > 0);
		for (int i = at; i < at + declaration.length(); i++) {
			page[i] = ' ';
		}
		Path file = Files.write(tmp.resolve("undeclared.html"), page);
		ExtractedText extracted = importer.read(file, ImportSettings.DEFAULT);
		assertEquals("GBK", extracted.encoding());
		assertTrue(extracted.text().contains("一、总体要求"));
		assertEquals(Fixtures.NOTICE_TITLE, extracted.titleHint());
	}

	@Test
	void readsAPageDeclaredGb2312WithCharactersOnlyGbkHas() throws Exception {
		// 镕 (as in 朱镕基) is not in GB2312; pages that declare gb2312 hold it anyway, encoded as GBK
		assertFalse(Charset.forName("GB2312").newEncoder().canEncode('镕'));
		String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
				+ "<title>朱镕基</title></head><body><p>一、总体要求</p><p>朱镕基</p></body></html>";
		Path file = Files.write(tmp.resolve("gb2312.htm"), page.getBytes(GBK));
		ExtractedText extracted = importer.read(file, ImportSettings.DEFAULT);
		assertEquals("一、总体要求\n朱镕基", extracted.text());
		assertEquals("朱镕基", extracted.titleHint());
		assertEquals("GB2312 (declared in the page)", extracted.encoding());
	}

	@Test
	void usesTheEncodingTheUserChose() throws Exception {
		ExtractedText extracted = importer.read(Fixtures.get(Fixtures.HTML_GBK), new ImportSettings(GBK));
		assertEquals("GBK (chosen)", extracted.encoding());
		assertTrue(extracted.text().contains("一、总体要求"));
	}

	@Test
	void refusesAnEmptyFile() throws Exception {
		ImportException e = assertThrows(ImportException.class,
				() -> importer.read(Fixtures.get(Fixtures.EMPTY_HTML), ImportSettings.DEFAULT));
		assertEquals("the file is empty", e.getMessage());
	}

	@Test
	void aPageWithoutTextGivesNoText() throws Exception {
		Path file = Files.writeString(tmp.resolve("scripts.html"),
				"<!DOCTYPE html><html><head><script>var a = 1;</script></head><body><nav>首页</nav></body></html>");
		assertTrue(importer.read(file, ImportSettings.DEFAULT).text().isEmpty());
	}
}
