package org.policylens.coword.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CowordException;
import org.policylens.coword.CowordUnit;
import org.policylens.coword.KeywordFieldSource;
import org.policylens.coword.TermSelection;

/**
 * Keywords of real exports (resources/bibliographic, see SOURCES.md). The expected numbers were
 * counted from the files with a separate script.
 */
public class KeywordFieldSourceTest {

	@TempDir
	Path tmp;

	private CooccurrenceMatrix matrix(String file, List<String> fields, TermSelection selection) throws Exception {
		return CooccurrenceMatrix.build(new KeywordFieldSource(List.of(TestSources.copy(file, tmp)), fields), selection,
				new NullProgressMonitor());
	}

	private static int count(CooccurrenceMatrix m, String a, String b) {
		return m.count(m.indexOf(a), m.indexOf(b));
	}

	/** Units, distinct terms, distinct pairs, and the most frequent term with its frequency. */
	private static void assertSize(CooccurrenceMatrix m, int units, int vocabulary, int pairs, String top, int frequency) {
		assertEquals(List.of(units, vocabulary, pairs, top, frequency),
				List.of(m.unitCount(), m.vocabularySize(), m.pairCount(), m.term(0), m.frequency(0)));
	}

	@Test
	void webOfScienceAuthorKeywordsAndKeywordsPlus() throws Exception {
		CooccurrenceMatrix de = matrix(TestSources.WOS, List.of(), TermSelection.ALL);
		assertSize(de, 60, 124, 332, "language modeling", 6);
		assertEquals(3, count(de, "language modeling", "recurrent neural networks"));
		assertEquals(2, count(de, "broca's area", "wernicke's area"));
		CowordUnit first = de.unit(0);
		assertEquals("WOS:000294382400258", first.sourceId());
		assertEquals("Mikolov, T (2010) Recurrent neural network based language model", first.label());
		assertEquals(-1, first.start());

		CooccurrenceMatrix both = matrix(TestSources.WOS, List.of("DE", "index"), TermSelection.ALL);
		assertEquals(288, both.vocabularySize());
		assertEquals(1615, both.pairCount());
		CooccurrenceMatrix frequent = matrix(TestSources.WOS, List.of("author", "ID"), TermSelection.of(2, 0));
		assertEquals(27, frequent.termCount());
		assertEquals(54, frequent.pairCount());
	}

	@Test
	void scopusCsvWithAThesaurus() throws Exception {
		CooccurrenceMatrix m = matrix(TestSources.SCOPUS, List.of("Author Keywords"), TermSelection.ALL);
		assertEquals(40, m.unitCount());
		assertEquals(118, m.vocabularySize());
		assertEquals(6, m.frequency(m.indexOf("petri nets")));
		assertEquals(5, m.frequency(m.indexOf("petri net")));
		assertEquals("2-s2.0-27344436659", m.unit(0).sourceId());
		assertTrue(m.unit(0).label().startsWith("Phillips J.C. (2005) Scalable molecular dynamics with NAMD"), m.unit(0).label());
		// no record has both forms, so merging adds the frequencies: 6 + 5
		CooccurrenceMatrix merged = matrix(TestSources.SCOPUS, List.of("author"),
				TermSelection.ALL.withThesaurus(Map.of("petri net", "petri nets")));
		assertEquals(117, merged.vocabularySize());
		assertEquals("petri nets", merged.term(0));
		assertEquals(11, merged.frequency(0));
		assertEquals(2, count(merged, "petri nets", "antibiotic resistance"));
	}

	@Test
	void risWithMixedLineEnds() throws Exception {
		CooccurrenceMatrix m = matrix(TestSources.RIS, List.of("KW"), TermSelection.ALL);
		assertSize(m, 25, 169, 1160, "exascale computing", 11);
		assertEquals(4, count(m, "exascale", "high performance computing"));
		assertEquals(3, count(m, "bandwidth", "random access memory"));
	}

	@Test
	void cssciChineseKeywords() throws Exception {
		CooccurrenceMatrix m = matrix(TestSources.CSSCI, List.of(), TermSelection.ALL);
		assertSize(m, 50, 137, 359, "智慧图书馆", 46);
		assertEquals(6, count(m, "元宇宙", "智慧图书馆"));
		assertEquals(4, count(m, "元宇宙", "虚拟现实"));
		assertTrue(m.unit(0).label().contains("近十年我国智慧图书馆研究态势"), m.unit(0).label());
		assertTrue(m.unit(0).label().startsWith("谭春辉 (2022)"), m.unit(0).label());
	}

	@Test
	void periodsAndSeveralFiles() throws Exception {
		Path wos = TestSources.copy(TestSources.WOS, tmp);
		KeywordFieldSource source = new KeywordFieldSource(List.of(wos), List.of("DE"));
		// records per year: 2010 5, 2011 7, 2012 3, 2013 4, 2014 5
		assertEquals(24, CooccurrenceMatrix.build(source.years(2010, 2014), TermSelection.ALL, new NullProgressMonitor()).unitCount());
		assertTrue(source.years(2010, 2014).describe().endsWith("years 2010-2014"), source.years(2010, 2014).describe());
		Path ris = TestSources.copy(TestSources.RIS, tmp);
		CooccurrenceMatrix two = CooccurrenceMatrix.build(new KeywordFieldSource(List.of(wos, ris), List.of("author")),
				TermSelection.ALL, new NullProgressMonitor());
		assertEquals(85, two.unitCount());
		assertEquals(60, two.unit(60).index());
	}

	@Test
	void badFilesAndFieldsNameFileAndLine() throws Exception {
		Path notes = tmp.resolve("notes.txt");
		Files.writeString(notes, "Some notes about smart cities\nnot an export\n", StandardCharsets.UTF_8);
		CowordException e = assertThrows(CowordException.class, () -> CooccurrenceMatrix.build(
				new KeywordFieldSource(List.of(notes), List.of()), TermSelection.ALL, new NullProgressMonitor()));
		assertEquals(CowordException.Reason.BAD_INPUT, e.reason());
		assertTrue(e.getMessage().contains("notes.txt: line 1: not a bibliographic export"), e.getMessage());

		List<String> lines = Files.readAllLines(TestSources.copy(TestSources.WOS, tmp.resolve("broken")));
		Path broken = tmp.resolve("broken.txt");
		Files.write(broken, List.of(lines.get(0), lines.get(1), lines.get(2).substring(0, 200), lines.get(3)));
		e = assertThrows(CowordException.class, () -> CooccurrenceMatrix.build(
				new KeywordFieldSource(List.of(broken), List.of()), TermSelection.ALL, new NullProgressMonitor()));
		assertTrue(e.getMessage().matches(".*broken\\.txt: line 3: \\d+ tab-separated fields, but the header has 71.*"), e.getMessage());

		Path ris = TestSources.copy(TestSources.RIS, tmp);
		e = assertThrows(CowordException.class, () -> CooccurrenceMatrix.build(
				new KeywordFieldSource(List.of(ris), List.of("index")), TermSelection.ALL, new NullProgressMonitor()));
		assertEquals(CowordException.Reason.BAD_PARAMETER, e.reason());
		assertTrue(e.getMessage().contains("a RIS file has no keyword field 'index'; it has KW"), e.getMessage());

		Path unended = tmp.resolve("unended.ris");
		Files.writeString(unended, "TY  - JOUR\nTI  - Smart cities\nKW  - smart city\nKW  - governance\n");
		e = assertThrows(CowordException.class, () -> CooccurrenceMatrix.build(
				new KeywordFieldSource(List.of(unended), List.of()), TermSelection.ALL, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("unended.ris: line 1: the record does not end (no ER line)"), e.getMessage());
	}

	@Test
	void foldsLatinScriptsOnly() {
		assertEquals(List.of("smart city", "urban governance", "智慧城市", "数据 治理"),
				KeywordFieldSource.split(" Smart  City; Urban Governance ;智慧城市；;数据 治理", KeywordFieldSource.Format.WOS_TAB));
		assertEquals(List.of("智慧图书馆", "元宇宙"), KeywordFieldSource.split("智慧图书馆/元宇宙", KeywordFieldSource.Format.CSSCI));
	}
}
