package org.policylens.corpus.samples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.corpus.ContributedCorpus;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.CorpusImporter;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.corpus.ImportOptions;
import org.policylens.corpus.ImportReport;
import org.policylens.corpus.MetadataCsv;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;

/** The corpus the samples plugin contributes: found through the extension point, imported with its table. */
public class SampleCorpusTest {

	static final String ID = "org.policylens.corpus.samples.pkulaw";

	@TempDir
	Path tmp;

	private CorpusPlugins plugins;

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
	void theSamplesPluginContributesItsCorpusWithLicenceNotes() throws Exception {
		assertTrue(plugins.corpora().stream().anyMatch(c -> c.id().equals(ID) && c.contributor().equals("org.policylens.corpus.samples")));
		ContributedCorpus corpus = plugins.corpus(ID);
		try (var files = Files.list(corpus.folder())) {
			assertEquals(5, files.count());
		}
		assertTrue(Files.readString(corpus.licence()).contains("PRC") || Files.readString(corpus.licence()).contains("Copyright Law"));
		assertTrue(Files.readString(corpus.metadata()).startsWith("file,title,issuer,number"));
	}

	@Test
	void importingItGivesTheCuratedMetadata() throws Exception {
		StudyStore store = new StudyStore();
		OpenStudy study = store.create(tmp.resolve("study"), "Sample", null, "tester");
		ContributedCorpus corpus = plugins.corpus(ID);
		ImportReport report = new CorpusImporter(plugins, store, Clock.systemUTC()).importFiles(study, List.of(corpus.folder()),
				ImportOptions.DEFAULT, "tester", new NullProgressMonitor());
		assertEquals(5, report.imported().size());
		MetadataCsv.Report applied = new MetadataCsv(store).apply(study, corpus.metadata(), ValueOrigin.CORPUS, "tester");
		assertEquals(List.of(), applied.unmatched());

		List<Document> documents = Corpora.documents(store.open(study.getDirectory()));
		Document guangdong = documents.get(0);
		assertEquals("省政府令第290号", Corpora.value(guangdong, "number"), "PKULaw's form of the number, from the table");
		assertEquals(ValueOrigin.CORPUS, guangdong.getValues().stream().filter(v -> v.getName().equals("number")).findFirst().orElseThrow().getOrigin());
		assertEquals(List.of("广东", "安徽", "四川", "内蒙古", "北京"), documents.stream().map(d -> Corpora.value(d, "province")).toList());
		assertEquals(List.of("measures", "measures", "measures", "measures", "opinion"), documents.stream().map(d -> Corpora.value(d, "type")).toList());
	}
}
