package org.policylens.coword.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CorpusTokenSource;
import org.policylens.coword.CowordUnit;
import org.policylens.coword.TermSelection;
import org.policylens.coword.Window;
import org.policylens.study.OpenStudy;
import org.policylens.tests.harness.Fixtures;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins;

/** Terms of the five sample policies through the study's text analysis, in each window. */
public class CorpusTokenSourceTest {

	@TempDir
	static Path tmp;

	private static OpenStudy study;
	private static TextPlugins plugins;
	private static TextAnalysis analysis;
	private static final Map<Integer, String> TEXTS = new HashMap<>();

	@BeforeAll
	static void sample() throws Exception {
		study = Fixtures.sampleStudy(tmp.resolve("study"));
		plugins = new TextPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		analysis = TextAnalysis.of(study, plugins, AnalysisSettings.DEFAULT);
		for (Document d : Corpora.documents(study)) {
			TEXTS.put(d.getNumber(), Corpora.text(study, d));
		}
	}

	@AfterAll
	static void stop() {
		plugins.stop();
	}

	private static List<Map.Entry<CowordUnit, List<String>>> read(Window window, int size) throws Exception {
		List<Map.Entry<CowordUnit, List<String>>> units = new ArrayList<>();
		new CorpusTokenSource(study, analysis, window, size).read((unit, terms) -> units.add(Map.entry(unit, List.copyOf(terms))),
				new NullProgressMonitor());
		return units;
	}

	@Test
	void clausesAreSpansWithTheirTermsAndTheDocumentNumber() throws Exception {
		List<Map.Entry<CowordUnit, List<String>>> units = read(Window.CLAUSE, 0);
		assertTrue(units.size() > 100, "clause lines of five policies: " + units.size());
		for (int i = 0; i < units.size(); i++) {
			CowordUnit unit = units.get(i).getKey();
			assertEquals(i, unit.index());
			String text = TEXTS.get(Integer.parseInt(unit.sourceId()));
			String span = text.substring(unit.start(), unit.end());
			for (String term : units.get(i).getValue()) {
				assertTrue(span.contains(term) || !term.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
						term + " in " + span);
				assertFalse(List.of("的", "和", "等").contains(term), "stop words are dropped: " + term);
			}
		}
		CowordUnit beijing = units.stream().map(Map.Entry::getKey).filter(u -> u.sourceId().equals("5")).findFirst().orElseThrow();
		assertTrue(beijing.label().startsWith("京经信发〔2022〕87号 §5-"), beijing.label());
	}

	@Test
	void theUnitsBehindAPairHoldBothTerms() throws Exception {
		CorpusTokenSource source = new CorpusTokenSource(study, analysis, Window.CLAUSE, 0);
		CooccurrenceMatrix m = CooccurrenceMatrix.build(source, TermSelection.of(3, 50), new NullProgressMonitor());
		int data = m.indexOf("数据");
		assertTrue(data >= 0, m.terms().toString());
		int checked = 0;
		for (int other = 0; other < m.termCount(); other++) {
			if (other == data || m.count(data, other) == 0) {
				continue;
			}
			int[] behind = m.units(data, other);
			assertEquals(m.count(data, other), behind.length);
			for (int u : behind) {
				CowordUnit unit = m.unit(u);
				String span = TEXTS.get(Integer.parseInt(unit.sourceId())).substring(unit.start(), unit.end());
				assertTrue(span.contains("数据"), span);
				checked++;
			}
		}
		assertTrue(checked > 20, "checked " + checked);
	}

	@Test
	void documentsSentencesAndTokenWindows() throws Exception {
		List<Map.Entry<CowordUnit, List<String>>> documents = read(Window.DOCUMENT, 0);
		assertEquals(List.of("1", "2", "3", "4", "5"), documents.stream().map(e -> e.getKey().sourceId()).toList());
		List<Map.Entry<CowordUnit, List<String>>> clauses = read(Window.CLAUSE, 0);
		List<Map.Entry<CowordUnit, List<String>>> sentences = read(Window.SENTENCE, 0);
		assertTrue(sentences.size() > clauses.size(), sentences.size() + " sentences, " + clauses.size() + " clauses");
		long documentTerms = documents.stream().mapToLong(e -> e.getValue().size()).sum();
		assertEquals(documentTerms, clauses.stream().mapToLong(e -> e.getValue().size()).sum(), "clauses cover the documents' terms");
		assertEquals(documentTerms, sentences.stream().mapToLong(e -> e.getValue().size()).sum(), "so do sentences");
		for (Map.Entry<CowordUnit, List<String>> sentence : sentences) {
			String span = TEXTS.get(Integer.parseInt(sentence.getKey().sourceId())).substring(sentence.getKey().start(),
					sentence.getKey().end() - 1);
			assertFalse(span.contains("。"), "one sentence: " + span);
		}
		List<Map.Entry<CowordUnit, List<String>>> windows = read(Window.TOKENS, 10);
		// a document of k terms gives k − 9 windows of 10 terms
		long expected = documents.stream().mapToLong(e -> Math.max(1, e.getValue().size() - 9)).sum();
		assertEquals(expected, windows.size());
		assertTrue(windows.stream().allMatch(e -> e.getValue().size() == 10));
		assertEquals(documents.get(0).getValue().subList(3, 13), windows.get(3).getValue(), "sliding by one term");
	}

	@Test
	void periodsByYear() throws Exception {
		CorpusTokenSource all = new CorpusTokenSource(study, analysis, Window.DOCUMENT, 0);
		List<String> years = new ArrayList<>();
		for (Document d : Corpora.documents(study)) {
			years.add(Corpora.value(d, "year"));
		}
		assertEquals(List.of("2021", "2021", "2021", "2022", "2022"), years);
		List<String> read = new ArrayList<>();
		all.years(2022, 2022).read((unit, terms) -> read.add(unit.sourceId()), new NullProgressMonitor());
		assertEquals(List.of("4", "5"), read);
		assertTrue(all.years(2022, 2022).describe().contains("year 2022-2022"));
		assertEquals("10 tokens", new CorpusTokenSource(study, analysis, Window.TOKENS, 10).unitKind());
	}
}
