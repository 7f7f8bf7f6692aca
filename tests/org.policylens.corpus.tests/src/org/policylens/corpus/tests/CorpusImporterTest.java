package org.policylens.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policylens.tests.harness.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.CorpusImporter;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.corpus.ImportOptions;
import org.policylens.corpus.ImportReport;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.ClauseKind;
import org.policylens.corpus.model.Document;
import org.policylens.study.AtomicFiles;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.model.AttributeType;
import org.policylens.study.model.LedgerEvent;

/** Importing the five real policies, and what happens with bad files, failed saves and cancellation. */
public class CorpusImporterTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path tmp;

	private CorpusPlugins plugins;
	private final StudyStore store = new StudyStore(CLOCK, new AtomicFiles());

	@BeforeEach
	void start() {
		plugins = new CorpusPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	private ImportReport importAll(OpenStudy study, List<Path> files) throws StudyException {
		return new CorpusImporter(plugins, store, CLOCK).importFiles(study, files, ImportOptions.DEFAULT, "tester",
				new NullProgressMonitor());
	}

	@Test
	void theFiveSamplePoliciesImportWithMetadataAndClauseTrees() throws Exception {
		OpenStudy study = store.create(tmp.resolve("study"), "Sample", null, "tester");
		Path folder = tmp.resolve("exports");
		Fixtures.copyPolicies(folder);
		ImportReport report = importAll(study, List.of(folder));
		assertEquals(List.of(), report.problems());
		assertEquals(5, report.imported().size());

		// numbered in the order of the (sorted) files
		List<Document> documents = Corpora.documents(store.open(study.getDirectory()));
		assertEquals(List.of("广东省公共数据管理办法", "支持工业互联网发展若干政策 / 安徽省工业互联网创新发展行动计划（2021-2023年）",
				"阿坝州政务数据资源管理暂行办法", "包头市2022年数字政府建设考评办法", "关于推进北京市数据专区建设的指导意见"),
				documents.stream().map(Document::getTitle).toList());
		assertEquals(List.of("广东省人民政府令第290号", "皖政办秘〔2021〕82号", "阿府办发〔2021〕21号", "包府办发〔2022〕43号", "京经信发〔2022〕87号"),
				documents.stream().map(d -> Corpora.value(d, "number")).toList());
		assertEquals(List.of("2021-10-18", "2021-09-02", "2021-10-11", "2022-04-14", "2022-11-21"),
				documents.stream().map(d -> Corpora.value(d, "issued")).toList());

		Document guangdong = documents.get(0);
		assertEquals("zh", guangdong.getLanguage());
		assertEquals("txt", guangdong.getFormat());
		assertEquals("UTF-8", guangdong.getEncoding());
		assertEquals("org.policylens.corpus.chinese", guangdong.getSegmenter());
		Clause article1 = Corpora.clause(guangdong, "1-1-1").orElseThrow();
		assertEquals(ClauseKind.ARTICLE, article1.getKind());
		assertEquals("第一条", article1.getMarker());
		String text = Corpora.text(study, guangdong);
		assertTrue(text.substring(article1.getStart(), article1.getEnd()).startsWith("第一条　为了规范公共数据采集、使用、管理"));
		assertEquals(ClauseKind.CHAPTER, Corpora.clause(guangdong, "1-2").orElseThrow().getKind());

		Document beijing = documents.get(4);
		Clause guide = Corpora.clause(beijing, "5-1-1").orElseThrow();
		assertEquals("（一）", guide.getMarker());
		assertEquals("5-1-1-p1", guide.getChildren().get(0).getLabel());
		assertEquals(guide, Corpora.clauseAt(beijing, guide.getStart() + 2).orElseThrow());

		// the text is the export with LF line ends; the original is copied byte for byte
		assertEquals(CorpusImporter.normalise(Fixtures.text(Fixtures.GUANGDONG)), text);
		assertArrayEquals(Fixtures.bytes(Fixtures.GUANGDONG), Files.readAllBytes(study.getDirectory().resolve(guangdong.getSourcePath())));
		assertEquals("sources/0001-pkulaw_CLI.11.4619854.txt", guangdong.getSourcePath());

		// case attributes defined for the metadata, categories with their values
		assertEquals(AttributeType.CATEGORY, study.getAttribute("city").getType());
		assertEquals(List.of("阿坝州", "包头", "北京"), study.getAttribute("city").getValues());
		assertEquals(AttributeType.DATE, study.getAttribute("issued").getType());

		LedgerEvent event = study.getEvents().get(study.getEvents().size() - 1);
		assertEquals("corpus.import", event.getKind());
		assertEquals("Imported 5 document(s)", event.getSummary());
		assertTrue(OpenStudy.parametersOf(event).get("documents").startsWith("1:pkulaw_CLI.11.4619854.txt:txt/UTF-8:"));
	}

	@Test
	void aFileImportedBeforeIsSkippedNotDuplicated() throws Exception {
		OpenStudy study = store.create(tmp.resolve("study"), "Sample", null, "tester");
		List<Path> files = Fixtures.copyPolicies(tmp.resolve("exports"));
		importAll(study, files.subList(0, 2));
		ImportReport again = importAll(study, files);
		assertEquals(3, again.imported().size());
		assertEquals(2, again.problems().size());
		assertTrue(again.problems().get(0).duplicate());
		assertEquals("already in the study as policy 1", again.problems().get(0).reason());
		assertEquals(List.of(3, 4, 5), again.imported().stream().map(Document::getNumber).toList());
	}

	@Test
	void badFilesAreReportedAndTheOthersImported() throws Exception {
		OpenStudy study = store.create(tmp.resolve("study"), "Sample", null, "tester");
		Path folder = tmp.resolve("in");
		Files.createDirectories(folder);
		Files.write(folder.resolve("a-policy.txt"), Fixtures.bytes(Fixtures.BEIJING));
		Files.write(folder.resolve("b-empty.txt"), new byte[0]);
		Files.write(folder.resolve("c-image.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0 });
		Files.writeString(folder.resolve("d-table.xyz"), "not a format PolicyLens knows");
		Files.writeString(folder.resolve("e-blank.txt"), "\n   \n\u3000\n", StandardCharsets.UTF_8);
		ImportReport report = importAll(study, List.of(folder));
		assertEquals(1, report.imported().size());
		List<String> reasons = report.failures().stream().map(p -> p.file().getFileName() + ": " + p.reason()).toList();
		assertEquals(4, reasons.size(), reasons.toString());
		assertEquals("b-empty.txt: the file is empty", reasons.get(0));
		assertTrue(reasons.get(1).startsWith("c-image.txt: the file is binary"), reasons.get(1));
		assertTrue(reasons.get(2).startsWith("d-table.xyz: PolicyLens cannot read this kind of file (it reads "), reasons.get(2));
		assertEquals("e-blank.txt: the file holds no text", reasons.get(3));
		assertTrue(OpenStudy.parametersOf(study.getEvents().get(1)).get("not imported").contains("b-empty.txt: the file is empty"));
	}

	@Test
	void whenTheStudyCannotBeSavedNothingOfTheImportRemains() throws Exception {
		Path dir = tmp.resolve("study");
		store.create(dir, "Sample", null, "tester");
		StudyStore failing = new StudyStore(CLOCK, new AtomicFiles(out -> new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("disk full");
			}
		}));
		OpenStudy study = failing.open(dir);
		CorpusImporter importer = new CorpusImporter(plugins, failing, CLOCK);
		StudyException e = assertThrows(StudyException.class, () -> importer.importFiles(study,
				Fixtures.copyPolicies(tmp.resolve("exports")), ImportOptions.DEFAULT, "tester", new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("disk full"), e.getMessage());
		assertEquals(0, Corpora.documents(study).size(), "the model is as before");
		assertEquals(1, study.getEvents().size(), "no ledger event");
		assertEquals(List.of(), list(dir.resolve("documents")));
		assertEquals(List.of(), list(dir.resolve("sources")));
		assertEquals(List.of("documents", "sources", "study.policylens"), list(dir), "no staging folder is left");
		assertEquals(0, Corpora.documents(store.open(dir)).size());
	}

	@Test
	void aCanceledImportChangesNothing() throws Exception {
		Path dir = tmp.resolve("study");
		OpenStudy study = store.create(dir, "Sample", null, "tester");
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> new CorpusImporter(plugins, store, CLOCK).importFiles(study,
				Fixtures.copyPolicies(tmp.resolve("exports")), ImportOptions.DEFAULT, "tester", monitor));
		assertEquals(List.of("study.policylens"), list(dir));
		assertEquals(0, Corpora.documents(store.open(dir)).size());
	}

	private static List<String> list(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
