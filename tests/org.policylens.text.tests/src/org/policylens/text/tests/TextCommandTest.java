package org.policylens.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.cli.ExitCodes;
import org.policylens.tests.harness.CommandLineTest;
import org.policylens.tests.harness.Fixtures;

/** policylens text ..., run in-process on the sample study. */
public class TextCommandTest extends CommandLineTest {

	@TempDir
	Path tmp;

	private String study;

	@BeforeEach
	void start() throws Exception {
		study = Fixtures.sampleStudy(tmp.resolve("study")).getDirectory().toString();
	}

	@Test
	void freqByCityAsTableTsvFilesAndCharts() throws Exception {
		assertEquals(ExitCodes.OK, run("text", "freq", "--study", study, "--by", "city", "--top", "5"), err);
		List<String> lines = out.lines().toList();
		assertEquals("Word frequency of 5 document(s), by city (top 5, by count)", lines.get(0));
		assertTrue(lines.get(1).startsWith("tokenizers: zh=org.policylens.text.hanlp"), lines.get(1));
		assertTrue(out.contains("\n== 北京 (1 document(s), "), out);
		assertTrue(out.contains("\n== (none) (2 document(s), "), "Guangdong and Anhui are provincial: no city\n" + out);
		assertTrue(err.contains("[100%] Counting words in 5 document(s)"), err);

		Path csv = tmp.resolve("freq.xlsx");
		Path chart = tmp.resolve("chart.svg");
		assertEquals(ExitCodes.OK, run("text", "freq", "--study", study, "--by", "city", "--format", "tsv", "--top", "3", "--output",
				csv.toString(), "--chart", chart.toString(), "--group", "北京"));
		assertEquals("group\trank\tterm\tcount\tdocuments\tshare\ttfidf", out.lines().findFirst().orElseThrow());
		assertEquals(4, out.lines().count());
		assertTrue(Files.size(csv) > 0);
		assertTrue(Files.readString(chart).contains("<svg"));

		assertEquals(ExitCodes.USAGE, run("text", "freq", "--study", study, "--by", "colour"));
		assertTrue(err.contains("the study has no attribute 'colour'"), err);
	}

	@Test
	void kwicNamesPolicyAndClause() {
		assertEquals(ExitCodes.OK, run("text", "kwic", "--study", study, "--limit", "3", "数据专区"));
		List<String> lines = out.lines().toList();
		assertEquals(3, lines.size(), out);
		assertTrue(lines.get(0).matches("\\s+\\d  \\d-\\S+\\s+.*【数据专区】.*"), out);
		assertTrue(err.contains("occurrence(s) in "), err);
		assertEquals(ExitCodes.OK, run("text", "kwic", "--study", study, "--tsv", "--limit", "2", "公共数据"));
		assertEquals("policy\tclause\toffset\tleft\tkeyword\tright", out.lines().findFirst().orElseThrow());
	}

	@Test
	void wordListsAreVersionedAndTokenizeShowsTheirEffect() {
		assertEquals(ExitCodes.OK, run("text", "lists", "--study", study));
		assertTrue(out.contains("stopwords-zh    v1  stopwords  794 entries"), out);
		assertEquals(ExitCodes.OK, run("text", "tokenize", "--study", study, "推进政企数据融合应用"));
		assertTrue(out.contains("政企\t"), out);
		assertEquals(ExitCodes.OK, run("text", "words", "--study", study, "dictionary-zh", "add", "政企数据"));
		assertTrue(out.startsWith("dictionary-zh v2 ("), out);
		assertEquals(ExitCodes.OK, run("text", "tokenize", "--study", study, "推进政企数据融合应用"));
		assertTrue(out.contains("政企数据\tnz\tkept"), out);
		assertEquals(ExitCodes.OK, run("study", "history", "--study", study, "--limit", "1"));
		assertTrue(out.contains("text.wordlist.edited\tEdited the word list dictionary-zh (version 2)"), out);
	}
}
