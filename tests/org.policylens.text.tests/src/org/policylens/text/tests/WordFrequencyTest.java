package org.policylens.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.policylens.text.FrequencyTable.Measure;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins;
import org.policylens.text.TextUnit;
import org.policylens.text.WordFrequency;
import org.policylens.text.WordLists;

/** Word frequency on the five sample policies, checked against counts made another way. */
public class WordFrequencyTest {

	@TempDir
	Path tmp;

	private TextPlugins plugins;
	private OpenStudy study;

	@BeforeEach
	void start() throws Exception {
		plugins = new TextPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		study = Fixtures.sampleStudy(tmp.resolve("study"));
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	private FrequencyTable count(String by, AnalysisSettings settings, int threads) throws Exception {
		return WordFrequency.count(study, TextAnalysis.of(study, plugins, settings), by, threads, new NullProgressMonitor());
	}

	private static int occurrences(String text, String word) {
		Matcher m = Pattern.compile(Pattern.quote(word)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	/** The clause lines of a document, one a line: the text that is counted. */
	private static String clauseText(OpenStudy study, Document d) throws java.io.IOException {
		String text = Corpora.text(study, d);
		StringBuilder lines = new StringBuilder();
		for (int[] span : WordFrequency.spans(d)) {
			lines.append(text, span[0], span[1]).append('\n');
		}
		return lines.toString();
	}

	@Test
	void aDictionaryWordIsCountedAsOftenAsItIsWrittenInThePolicyTexts() throws Exception {
		FrequencyTable table = count(null, AnalysisSettings.DEFAULT, 2);
		assertEquals(List.of(""), table.groups());
		assertEquals(5, table.documents());
		long expected = 0;
		int documents = 0;
		for (Document d : Corpora.documents(study)) {
			String body = clauseText(study, d);
			int n = occurrences(body, "数据专区");
			expected += n;
			documents += n > 0 ? 1 : 0;
		}
		FrequencyTable.Row row = table.top("", 10_000, Measure.COUNT).stream().filter(r -> r.term().equals("数据专区")).findFirst()
				.orElseThrow();
		assertEquals(expected, row.count());
		assertEquals(documents, row.documents());
		assertEquals(row.count() * Math.log(5.0 / documents), row.tfidf(), 1e-9);
		assertTrue(table.provenance().contains("zh=org.policylens.text.hanlp (HanLP portable 1.8.6"), table.provenance());
		assertTrue(table.provenance().contains("stopwords-zh v1 (794 entries"), table.provenance());
	}

	@Test
	void groupsFollowTheCategoriesAndCountsAddUp() throws Exception {
		FrequencyTable byProvince = count("province", AnalysisSettings.DEFAULT, 2);
		FrequencyTable all = count(null, AnalysisSettings.DEFAULT, 1);
		assertEquals(List.of("广东", "安徽", "北京", "(none)"), byProvince.groups(), "the order of the category values, no value last");
		long sum = byProvince.groups().stream().mapToLong(g -> byProvince.group(g).terms()).sum();
		assertEquals(all.group("").terms(), sum);
		assertEquals(2, byProvince.group("(none)").documents(), "Aba and Baotou have no province in their header");
		List<FrequencyTable.Row> beijing = byProvince.top("北京", 5, Measure.COUNT);
		assertEquals(5, beijing.size());
		assertTrue(beijing.get(0).count() >= beijing.get(4).count());
		assertEquals(1, beijing.get(0).documents());
	}

	@Test
	void oneAndTwoThreadsCountTheSame() throws Exception {
		FrequencyTable one = count("city", AnalysisSettings.DEFAULT, 1);
		FrequencyTable two = count("city", AnalysisSettings.DEFAULT, 2);
		for (String group : one.groups()) {
			assertEquals(one.top(group, 50, Measure.COUNT), two.top(group, 50, Measure.COUNT));
		}
	}

	@Test
	void stopWordsSingleCharactersNumbersAndPunctuationAreNotCounted() throws Exception {
		Set<String> terms = Set.copyOf(count(null, AnalysisSettings.DEFAULT, 2).top("", 100_000, Measure.COUNT).stream()
				.map(FrequencyTable.Row::term).toList());
		assertFalse(terms.contains("的"));
		assertFalse(terms.contains("，"));
		assertFalse(terms.contains("和"));
		assertFalse(terms.contains("2022"));
		assertTrue(terms.stream().allMatch(t -> t.codePointCount(0, t.length()) >= 2));
		assertTrue(terms.contains("政务数据"));
		Set<String> withStopwords = Set.copyOf(count(null, new AnalysisSettings(1, Set.of(), Set.of(), 1, false), 2)
				.top("", 100_000, Measure.COUNT).stream().map(FrequencyTable.Row::term).toList());
		assertTrue(withStopwords.contains("的"));
	}

	@Test
	void synonymsMergeVariantsAndTheListVersionIsCited() throws Exception {
		WordLists.edit(study, WordLists.SYNONYMS, List.of("数字政府, 政府数字化, 政务数字化"), List.of(), "tester");
		FrequencyTable table = count(null, AnalysisSettings.DEFAULT, 2);
		assertTrue(table.provenance().contains("synonyms v2 (1 entries"), table.provenance());
		long merged = table.top("", 100_000, Measure.COUNT).stream().filter(r -> r.term().equals("数字政府")).mapToLong(r -> r.count())
				.sum();
		long expected = 0;
		for (Document d : Corpora.documents(study)) {
			String body = clauseText(study, d);
			expected += occurrences(body, "数字政府") + occurrences(body, "政府数字化") + occurrences(body, "政务数字化");
		}
		assertEquals(expected, merged);
	}

	@Test
	void ngramsAndPartsOfSpeechOnAKnownText() throws Exception {
		TextAnalysis analysis = TextAnalysis.of(study, plugins, new AnalysisSettings(2, Set.of(), AnalysisSettings.DEFAULT.dropPos(), 2, true));
		List<TextUnit> units = List.of(new TextUnit(1, "", "zh", null, () -> "推进数据共享，推进数据共享。数据共享平台"));
		FrequencyTable bigrams = WordFrequency.count(units, analysis.extractor(), null, analysis.provenance(), List.of(), 1,
				new NullProgressMonitor());
		// tokens: 推进 数据共享 ， 推进 数据共享 。 数据共享 平台 (数据共享 is in the shipped dictionary)
		assertEquals(Map.of("推进数据共享", 2L, "数据共享平台", 1L),
				Map.copyOf(bigrams.top("", 10, Measure.COUNT).stream().collect(java.util.stream.Collectors.toMap(FrequencyTable.Row::term, FrequencyTable.Row::count))));
		TextAnalysis nouns = TextAnalysis.of(study, plugins, new AnalysisSettings(2, Set.of("n"), Set.of(), 1, true));
		FrequencyTable onlyNouns = WordFrequency.count(units, nouns.extractor(), null, nouns.provenance(), List.of(), 1, new NullProgressMonitor());
		assertFalse(onlyNouns.top("", 10, Measure.COUNT).stream().anyMatch(r -> r.term().equals("推进")), "推进 is a verb");
		assertTrue(nouns.provenance().contains("parts of speech n"), nouns.provenance());
	}
}
