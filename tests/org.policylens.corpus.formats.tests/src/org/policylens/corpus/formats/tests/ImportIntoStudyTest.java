package org.policylens.corpus.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.CorpusImporter;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.corpus.ImportOptions;
import org.policylens.corpus.ImportReport;
import org.policylens.corpus.metadata.Keys;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.ClauseKind;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;

/** Word, PDF and HTML files of one policy imported into a study, with broken files among them. */
public class ImportIntoStudyTest {

	@TempDir
	Path tmp;

	private CorpusPlugins plugins;
	private final StudyStore store = new StudyStore();

	@BeforeEach
	void start() {
		plugins = new CorpusPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	@Test
	void importsWordPdfAndHtmlAndReportsTheFilesItCannotRead() throws Exception {
		Path dir = tmp.resolve("study");
		OpenStudy study = store.create(dir, "t", null, "tester");
		List<Path> files = List.of(Fixtures.get(Fixtures.DOCX), Fixtures.get(Fixtures.PDF), Fixtures.get(Fixtures.HTML_GBK),
				Fixtures.get(Fixtures.PDF_TRUNCATED), Fixtures.get(Fixtures.PDF_SCANNED), Fixtures.get(Fixtures.DOC));
		Map<Path, String> before = new LinkedHashMap<>();
		for (Path file : files) {
			before.put(file, Fixtures.sha256(file));
		}

		ImportReport report = new CorpusImporter(plugins, store, Clock.systemUTC()).importFiles(study, files,
				ImportOptions.DEFAULT, "tester", new NullProgressMonitor());

		assertEquals(List.of("docx", "pdf", "html"), report.imported().stream().map(Document::getFormat).toList(),
				report.problems().toString());
		for (Document document : report.imported()) {
			assertImportedPolicy(document);
		}
		assertEquals("GBK (declared in the page)", report.imported().get(2).getEncoding());

		Map<String, String> failures = new LinkedHashMap<>();
		report.failures().forEach(p -> failures.put(p.file().getFileName().toString(), p.reason()));
		assertEquals(3, failures.size(), failures.toString());
		assertTrue(failures.get(Fixtures.PDF_TRUNCATED).startsWith("the PDF is damaged: "), failures.toString());
		assertEquals("the file holds no text (a scanned PDF needs text recognition first)", failures.get(Fixtures.PDF_SCANNED));
		assertTrue(failures.get(Fixtures.DOC).startsWith("PolicyLens cannot read this kind of file (it reads docx, htm, html"),
				failures.get(Fixtures.DOC));

		for (Map.Entry<Path, String> file : before.entrySet()) {
			assertEquals(file.getValue(), Fixtures.sha256(file.getKey()), "the importers never change " + file.getKey());
		}

		OpenStudy reopened = store.open(dir);
		List<Document> documents = Corpora.documents(reopened);
		assertEquals(List.of(1, 2, 3), documents.stream().map(Document::getNumber).toList());
		for (Document document : documents) {
			assertImportedPolicy(document);
			String text = Corpora.text(reopened, document);
			assertTrue(text.contains("一、总体要求"));
			Clause overall = Corpora.clause(document, document.getNumber() + "-1").orElseThrow();
			assertEquals("一、总体要求", text.substring(overall.getStart(), overall.getHeadingEnd()).strip());
			assertTrue(Files.isRegularFile(dir.resolve(document.getSourcePath())));
		}
		assertEquals("corpus.import", reopened.getEvents().get(reopened.getEvents().size() - 1).getKind());
	}

	/** 关于推进北京市数据专区建设的指导意见, its metadata, and 一、总体要求 with （一）（二）（三） as clause N-1. */
	private static void assertImportedPolicy(Document document) {
		String where = document.getSourceName();
		assertEquals(Fixtures.POLICY_TITLE, document.getTitle(), where);
		assertEquals("zh", document.getLanguage(), where);
		assertEquals("org.policylens.corpus.chinese", document.getSegmenter(), where);
		assertEquals("京经信发〔2022〕87号", Corpora.value(document, Keys.NUMBER), where);
		assertEquals("2022-11-21", Corpora.value(document, Keys.ISSUED), where);
		Clause overall = Corpora.clause(document, document.getNumber() + "-1").orElseThrow(() -> new AssertionError(where));
		assertEquals(ClauseKind.ITEM, overall.getKind(), where);
		assertEquals("一、", overall.getMarker(), where);
		List<Clause> subitems = overall.getChildren().stream().filter(c -> c.getKind() == ClauseKind.SUBITEM).toList();
		assertEquals(List.of("（一）", "（二）", "（三）"), subitems.stream().map(Clause::getMarker).toList(), where);
		assertEquals(document.getNumber() + "-1-1", subitems.get(0).getLabel(), where);
		assertFalse(subitems.get(0).getChildren().isEmpty(), where);
		assertTrue(Corpora.clause(document, document.getNumber() + "-8").isPresent(), where + ": 八、保障措施");
	}
}
