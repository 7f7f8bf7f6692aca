package org.policylens.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;
import org.policylens.tests.harness.Fixtures;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.FrequencyTable;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins;
import org.policylens.text.WordFrequency;
import org.policylens.text.index.Concordance;
import org.policylens.text.index.KwicLine;
import org.policylens.text.index.StudyIndex;

/** The full-text index of the sample study: keyword in context, search, rebuild on change. */
public class StudyIndexTest {

	@TempDir
	Path tmp;

	private TextPlugins plugins;
	private OpenStudy study;
	private TextAnalysis analysis;

	@BeforeEach
	void start() throws Exception {
		plugins = new TextPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		study = Fixtures.sampleStudy(tmp.resolve("study"));
		analysis = TextAnalysis.of(study, plugins, AnalysisSettings.DEFAULT);
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	@Test
	void everyKwicLinePointsAtItsKeywordInItsClause() throws Exception {
		try (StudyIndex index = StudyIndex.open(study, analysis, new NullProgressMonitor())) {
			assertTrue(Files.isDirectory(study.getDirectory().resolve("index")));
			Concordance kwic = index.concordance("数据专区", 1000, 15);
			FrequencyTable counts = WordFrequency.count(study, analysis, null, 2, new NullProgressMonitor());
			long counted = counts.top("", 100_000, FrequencyTable.Measure.COUNT).stream().filter(r -> r.term().equals("数据专区"))
					.findFirst().orElseThrow().count();
			assertEquals(counted, kwic.occurrences(), "the index finds exactly what is counted");
			assertEquals(counted, kwic.lines().size());
			for (KwicLine line : kwic.lines()) {
				Document document = Corpora.document(study, line.document()).orElseThrow();
				String text = Corpora.text(study, document);
				assertEquals("数据专区", text.substring(line.offset(), line.offset() + 4));
				assertEquals(line.clause(), Corpora.clauseAt(document, line.offset()).orElseThrow().getLabel());
				assertTrue(text.substring(0, line.offset()).endsWith(line.left()), line.toString());
			}
			KwicLine first = kwic.lines().get(0);
			assertEquals(5, first.document(), "the Beijing opinion on data zones");
			assertTrue(first.clause().startsWith("5-"), first.clause());
		}
	}

	@Test
	void searchTakesLuceneQueriesAndExplainsBadOnes() throws Exception {
		try (StudyIndex index = StudyIndex.open(study, analysis, new NullProgressMonitor())) {
			Concordance both = index.search("公共数据 AND 共享", 500, 10);
			assertTrue(both.clauses() > 0);
			assertTrue(both.lines().stream().allMatch(l -> l.keyword().equals("公共数据") || l.keyword().equals("共享")), both.lines().toString());
			Concordance phrase = index.concordance("工业互联网平台", 100, 10);
			assertTrue(phrase.lines().stream().allMatch(l -> l.document() == 2), "only the Anhui policies speak of industrial internet platforms");
			IOException bad = assertThrows(IOException.class, () -> index.search("数据 AND (", 10, 10));
			assertTrue(bad.getMessage().startsWith("not a valid query"), bad.getMessage());
			assertEquals(0, index.concordance("区块链农业保险", 10, 10).lines().size());
		}
	}

	@Test
	void theIndexIsRebuiltWhenTheUserDictionaryChanges() throws Exception {
		Path folder = study.getDirectory().resolve("index");
		try (StudyIndex index = StudyIndex.open(study, analysis, new NullProgressMonitor())) {
			assertEquals(8, index.concordance("政企数据", 10, 10).occurrences(), "found as the phrase 政企 + 数据");
		}
		java.util.Set<String> before = files(folder);
		try (StudyIndex index = StudyIndex.open(study, analysis, new NullProgressMonitor())) {
			assertEquals(before, files(folder), "unchanged study: the index is reused");
		}
		org.policylens.text.WordLists.edit(study, org.policylens.text.WordLists.DICTIONARY_ZH, java.util.List.of("政企数据"), java.util.List.of(), "tester");
		TextAnalysis changed = TextAnalysis.of(study, plugins, AnalysisSettings.DEFAULT);
		try (StudyIndex index = StudyIndex.open(study, changed, new NullProgressMonitor())) {
			assertTrue(!before.equals(files(folder)), "a new user dictionary: the index is rebuilt");
			assertEquals(8, index.concordance("政企数据", 10, 10).occurrences(), "now found as one word");
		}
	}

	private static java.util.Set<String> files(Path folder) throws IOException {
		try (var list = Files.list(folder)) {
			return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("write.lock")).collect(java.util.stream.Collectors.toSet());
		}
	}
}
