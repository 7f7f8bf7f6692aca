package org.policylens.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
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
import org.policylens.corpus.MetadataCsv;
import org.policylens.corpus.MetadataEdits;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;

public class MetadataCsvTest {

	@TempDir
	Path tmp;

	private CorpusPlugins plugins;
	private final StudyStore store = new StudyStore();
	private OpenStudy study;

	@BeforeEach
	void importPolicies() throws Exception {
		plugins = new CorpusPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		study = store.create(tmp.resolve("study"), "Sample", null, "tester");
		new CorpusImporter(plugins, store, java.time.Clock.systemUTC()).importFiles(study,
				Fixtures.copyPolicies(tmp.resolve("exports")), ImportOptions.DEFAULT, "tester", new NullProgressMonitor());
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	@Test
	void aTableByFileNameCorrectsAndCompletesTheMetadata() throws Exception {
		Path csv = tmp.resolve("metadata.csv");
		Files.writeString(csv, "\uFEFFfile,number,province,theme\n"
				+ "pkulaw_CLI.11.4619854.txt,省政府令第290号,,public data\n"
				+ "pkulaw_CLI.12.5115678.txt,,内蒙古,digital government\n"
				+ "missing.txt,1,2,3\n");
		MetadataCsv.Report report = new MetadataCsv(store).apply(study, csv, ValueOrigin.CSV, "tester");
		assertEquals(2, report.documents());
		assertEquals(4, report.values());
		assertEquals(List.of("line 4: no document with file 'missing.txt'"), report.unmatched());
		Document guangdong = Corpora.document(store.open(study.getDirectory()), 1).orElseThrow();
		assertEquals("省政府令第290号", Corpora.value(guangdong, "number"));
		assertEquals("public data", Corpora.value(guangdong, "theme"));
		assertEquals("广东", Corpora.value(guangdong, "province"), "an empty cell changes nothing");
		assertEquals("内蒙古", Corpora.value(Corpora.document(study, 4).orElseThrow(), "province"));
		assertTrue(study.getAttribute("theme") != null, "a new column becomes a case attribute");
		assertEquals("corpus.metadata", study.getEvents().get(study.getEvents().size() - 1).getKind());
	}

	@Test
	void valuesTheUserCorrectedAreKept() throws Exception {
		Document baotou = Corpora.document(study, 4).orElseThrow();
		MetadataEdits.apply(study, baotou, Map.of("city", "包头市", "level", "municipal"), "tester");
		store.save(study);
		Path csv = tmp.resolve("metadata.csv");
		Files.writeString(csv, "policy,city\n4,包头\n");
		MetadataCsv.Report report = new MetadataCsv(store).apply(study, csv, ValueOrigin.CSV, "tester");
		assertEquals(0, report.values());
		assertEquals("包头市", Corpora.value(baotou, "city"));
		assertEquals("corpus.metadata.edited", study.getEvents().get(study.getEvents().size() - 1).getKind());
	}

	@Test
	void aTableWithoutKeyColumnIsRefusedAndChangesNothing() throws Exception {
		Path csv = tmp.resolve("metadata.csv");
		Files.writeString(csv, "name,city\nx,北京\n");
		IOException e = assertThrows(IOException.class, () -> new MetadataCsv(store).apply(study, csv, ValueOrigin.CSV, "tester"));
		assertTrue(e.getMessage().contains("metadata.csv, line 1: the first row must name a column that identifies the document: policy, file, sha256, title"),
				e.getMessage());
		Path broken = tmp.resolve("broken.csv");
		Files.writeString(broken, "policy,city\n1,\"北京\n2,上海\n");
		IOException b = assertThrows(IOException.class, () -> new MetadataCsv(store).apply(study, broken, ValueOrigin.CSV, "tester"));
		assertTrue(b.getMessage().contains("broken.csv"), b.getMessage());
		assertEquals("广东", Corpora.value(Corpora.document(study, 1).orElseThrow(), "province"));
	}
}
