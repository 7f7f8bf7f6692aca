package org.policylens.corpus.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.corpus.formats.DocxImporter;
import org.policylens.corpus.formats.EnglishLegislationSegmenter;
import org.policylens.corpus.formats.HtmlImporter;
import org.policylens.corpus.formats.PdfImporter;
import org.policylens.corpus.importers.TextImporter;
import org.policylens.corpus.internal.ImporterDescriptor;

/** The importers and the segmenter are found through the extension registry, as the product finds them. */
public class ContributionsTest {

	private final List<ContributionProblem> problems = new ArrayList<>();
	private CorpusPlugins plugins;

	@BeforeEach
	void start() {
		plugins = new CorpusPlugins(Platform.getExtensionRegistry(), problems::add);
		plugins.start();
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	@Test
	void theImportersAreContributedWithIdsNamesAndExtensions() {
		List<String> ids = plugins.importers().stream().map(ImporterDescriptor::getId).toList();
		assertTrue(ids.containsAll(List.of("org.policylens.corpus.formats.docx", "org.policylens.corpus.formats.pdf",
				"org.policylens.corpus.formats.html")), ids.toString());
		ImporterDescriptor html = plugins.importers().stream()
				.filter(d -> d.getId().equals("org.policylens.corpus.formats.html")).findFirst().orElseThrow();
		assertEquals(List.of("html", "htm"), html.getExtensions());
		assertEquals("docx, htm, html, md, pdf, text, txt", plugins.formats());
		assertEquals(List.of(), problems);
	}

	@Test
	void eachFileGoesToTheImporterThatClaimsItMostSurely() throws Exception {
		assertInstanceOf(PdfImporter.class, plugins.importerFor("x.pdf", Fixtures.head(Fixtures.PDF)).orElseThrow());
		assertInstanceOf(PdfImporter.class, plugins.importerFor("saved-as.txt", Fixtures.head(Fixtures.PDF)).orElseThrow(),
				"the PDF signature beats the .txt name");
		assertInstanceOf(DocxImporter.class, plugins.importerFor("意见.docx", Fixtures.head(Fixtures.DOCX)).orElseThrow());
		assertInstanceOf(HtmlImporter.class, plugins.importerFor("page.html", Fixtures.head(Fixtures.HTML_GBK)).orElseThrow());
		assertInstanceOf(HtmlImporter.class, plugins.importerFor("page.txt", Fixtures.head(Fixtures.HTML_UTF8)).orElseThrow());
		assertInstanceOf(TextImporter.class,
				plugins.importerFor("notes.txt", "一、总体要求".getBytes(StandardCharsets.UTF_8)).orElseThrow());
		assertTrue(plugins.importerFor("意见.doc", Fixtures.head(Fixtures.DOC)).isEmpty(), "old binary Word is not read");
		assertEquals(List.of(), problems);
	}

	@Test
	void theEnglishSegmenterIsTheDefaultForEnglish() {
		assertEquals("org.policylens.corpus.formats.english", plugins.segmenterFor("en", null).id());
		assertInstanceOf(EnglishLegislationSegmenter.class, plugins.segmenterFor("en", null).segmenter());
		assertEquals("org.policylens.corpus.chinese", plugins.segmenterFor("zh", null).id());
		assertTrue(plugins.segmenterIds().contains("org.policylens.corpus.formats.english"));
	}
}
