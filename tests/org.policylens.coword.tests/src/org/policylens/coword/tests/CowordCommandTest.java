package org.policylens.coword.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.cli.ExitCodes;
import org.policylens.study.StudyStore;
import org.policylens.tests.harness.CommandLineTest;
import org.policylens.tests.harness.Fixtures;

/** policylens coword ..., run in-process on the sample study and the bibliographic files. */
public class CowordCommandTest extends CommandLineTest {

	@TempDir
	Path tmp;

	@Test
	void buildsTheSampleCorpusReproducibly() throws Exception {
		String study = Fixtures.sampleStudy(tmp.resolve("study")).getDirectory().toString();
		Path terms = tmp.resolve("terms.csv");
		Path links = tmp.resolve("links.csv");
		assertEquals(ExitCodes.OK, run("coword", "build", "--study", study, "--window", "clause", "--min-freq", "3", "--top", "40",
				"--seed", "42", "--out", terms.toString(), "--links", links.toString()), err);
		List<String> lines = out.lines().toList();
		assertTrue(lines.get(0).startsWith("# corpus of study; tokenizers: zh="), lines.get(0));
		assertTrue(lines.get(0).contains("; unit clause; min frequency 3, top 40; measure association"), lines.get(0));
		assertTrue(lines.get(1).matches("# 40 terms, \\d+ links, \\d+ clusters from \\d+ units \\(seed 42\\)"), lines.get(1));
		assertTrue(out.contains("\t数据\t"), out);
		String first = out;
		List<String> csv = Files.readAllLines(terms, StandardCharsets.UTF_8);
		assertEquals("id,label,frequency,cluster,x,y,weight,links,degree,betweenness,closeness,eigenvector", csv.get(0));
		assertEquals(41, csv.size());
		String termsCsv = Files.readString(terms);
		String linksCsv = Files.readString(links);
		assertTrue(linksCsv.startsWith("source,target,source_label,target_label,count,strength\r\n"), linksCsv);

		assertEquals(ExitCodes.OK, run("coword", "build", "--study", study, "--window", "clause", "--min-freq", "3", "--top", "40",
				"--seed", "42", "--out", terms.toString(), "--links", links.toString()), err);
		assertEquals(first, out, "same input and seed, same output");
		assertEquals(termsCsv, Files.readString(terms), "byte-identical tables");
		assertEquals(linksCsv, Files.readString(links));
		assertTrue(new StudyStore().open(Path.of(study)).getEvents().stream().noneMatch(e -> e.getKind().startsWith("coword")),
				"an analysis does not change the study");

		assertEquals(ExitCodes.OK, run("coword", "cluster", "--study", study, "--window", "document", "--min-freq", "2", "--top", "30"), err);
		assertTrue(out.contains("cluster\tterms\tcentrality\tdensity\tquadrant\ttop terms"), out);
		assertTrue(out.contains("themes"), out);
	}

	@Test
	void bibliographicFilesRulesMeasuresAndEvolution() throws Exception {
		String wos = TestSources.copy(TestSources.WOS, tmp).toString();
		assertEquals(ExitCodes.OK, run("coword", "build", "--source", wos, "--fields", "DE,ID", "--min-freq", "2", "--measure", "cosine"), err);
		assertTrue(out.startsWith("# wos-savedrecs-60.txt, fields DE;ID; unit record; min frequency 2, top 100; measure cosine"), out);
		assertTrue(out.contains("# 27 terms, 54 links"), out);

		Path rules = tmp.resolve("rules.csv");
		assertEquals(ExitCodes.OK, run("coword", "rules", "--source", wos, "--min-freq", "2", "--min-confidence", "1", "--sort", "support",
				"--out", rules.toString()), err);
		List<String> lines = out.lines().toList();
		assertTrue(lines.get(0).startsWith("# "), out);
		// recurrent neural networks (3 of 60 records) always comes with language modeling (6): support 3/60,
		// confidence 3/3, lift 3·60 / (3·6) = 10, leverage 0.05 − 0.05·0.1 = 0.045
		assertEquals("recurrent neural networks\tlanguage modeling\t3\t0.05\t1\t10\t0.045", lines.get(2));
		assertTrue(Files.readString(rules).startsWith("antecedent,consequent,count,"));

		assertEquals(ExitCodes.OK, run("coword", "measures"), err);
		assertTrue(out.contains("association\tAssociation strength\t"), out);
		assertEquals(7, out.lines().count(), "six standard measures and the test bundle's dice: " + out);

		assertEquals(ExitCodes.OK, run("coword", "evolution", "--source", wos, "--fields", "DE,ID", "--min-freq", "1", "--top", "30",
				"--periods", "2010-2014,2015-2022"), err);
		assertTrue(out.contains("term\tstatus\tfreq 2010-2014\tcluster 2010-2014\tfreq 2015-2022\tcluster 2015-2022"), out);
		assertTrue(out.contains("\tnew\t") && out.contains("\tgone\t"), out);
		String spaced = out;
		assertEquals(ExitCodes.OK, run("coword", "evolution", "--source", wos, "--fields", "DE,ID", "--min-freq", "1", "--top", "30",
				"--periods=2010-2014,2015-2022"), err);
		assertEquals(spaced, out, "--periods=V as --periods V");
	}

	@Test
	void badInputGivesAMessageAndAnExitCode() throws Exception {
		String wos = TestSources.copy(TestSources.WOS, tmp).toString();
		assertEquals(ExitCodes.FAILURE, run("coword", "build", "--source", wos, "--min-freq", "10"));
		assertTrue(err.contains("no term occurs in 10 or more of the 60 record(s)") && err.contains("--min-freq 6"), err);
		assertEquals(ExitCodes.USAGE, run("coword", "build", "--source", wos, "--measure", "nope"));
		assertTrue(err.contains("no similarity measure 'nope' is installed") && err.contains("association"), err);
		assertEquals(ExitCodes.USAGE, run("coword", "build", "--source", tmp.resolve("none.txt").toString()));
		assertEquals(ExitCodes.USAGE, run("coword", "build", "--source", wos, "--min-freq", "0"));
		assertEquals(ExitCodes.USAGE, run("coword", "frobnicate"));
		assertTrue(err.contains("build, cluster, rules, evolution or measures"), err);
		String study = Fixtures.sampleStudy(tmp.resolve("study")).getDirectory().toString();
		assertEquals(ExitCodes.USAGE, run("coword", "build", "--study", study, "--window", "paragraph"));
		assertTrue(err.contains("unknown window 'paragraph'"), err);
		assertEquals(ExitCodes.STUDY, run("coword", "build", "--study", tmp.resolve("nothing").toString()));
	}
}
