package org.policylens.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.cli.ExitCodes;
import org.policylens.coding.StudyCodings;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;
import org.policylens.tests.harness.CommandLineTest;
import org.policylens.tests.harness.Fixtures;
import org.policylens.tests.harness.TestCodebooks;

/** policylens code ..., run in-process on the sample study with the test codebooks. */
public class CodeCommandTest extends CommandLineTest {

	private static final String DICTIONARY = "auto:org.policylens.coding.dictionary";

	@TempDir
	Path tmp;

	private String study;

	@BeforeEach
	void start() throws Exception {
		OpenStudy open = Fixtures.sampleStudy(tmp.resolve("study"));
		TestCodebooks.policyTools(open);
		TestCodebooks.domains(open);
		new StudyStore().save(open);
		study = open.getDirectory().toString();
	}

	private int codings() throws Exception {
		return StudyCodings.of(new StudyStore().open(Path.of(study))).find(org.policylens.coding.CodingFilter.ALL).size();
	}

	@Test
	void addListMemoAndRemoveCodings() throws Exception {
		assertEquals(ExitCodes.OK, run("code", "add", "--study", study, "--codebook", "policy-tools", "--code", "Supply-based tools/Talent",
				"--clause", "5-1-3", "--memo", "目标"), err);
		assertTrue(out.matches("[0-9a-f]{8}     5  5-1-3\\s+\\[\\d+-\\d+\\]  Supply-based tools/Talent  \\(tester\\)  memo: 目标\\s*"), out);
		String guid = out.substring(0, 8);
		assertEquals(ExitCodes.OK, run("code", "add", "--study", study, "--codebook", "policy-tools", "--code", "Target planning", "--clause",
				"5-1-3", "--coder", "li"));
		assertEquals(ExitCodes.FAILURE, run("code", "add", "--study", study, "--codebook", "policy-tools", "--code", "Talent", "--clause", "5-9-9"));
		assertTrue(err.contains("policy 5 has no clause 5-9-9"), err);
		assertEquals(ExitCodes.FAILURE, run("code", "add", "--study", study, "--codebook", "policy-tools", "--code", "Nope", "--clause", "5-1-3"));
		assertTrue(err.contains("codebook 'policy-tools' has no code 'Nope'"), err);
		assertEquals(ExitCodes.FAILURE, run("code", "add", "--study", study, "--codebook", "tools", "--code", "Talent", "--clause", "5-1-3"));
		assertTrue(err.contains("the study has no codebook 'tools'; it has: [policy-tools, domains]"), err);

		assertEquals(ExitCodes.OK, run("code", "list", "--study", study));
		assertEquals(2, out.lines().count(), out);
		assertEquals(ExitCodes.OK, run("code", "list", "--study", study, "--coder", "li", "--tsv"));
		List<String> tsv = out.lines().toList();
		assertEquals("guid\tpolicy\tclause\tstart\tend\tcodebook\tcode\tcoder\torigin\tmemo\tevidence", tsv.get(0));
		assertTrue(tsv.get(1).contains("\t5\t5-1-3\t") && tsv.get(1).contains("\tpolicy-tools\tEnvironment-based tools/Target planning\tli\tmanual"),
				tsv.get(1));
		assertEquals(ExitCodes.OK, run("code", "list", "--study", study, "--codebook", "policy-tools", "--code", "Supply-based tools"));
		assertEquals(1, out.lines().count(), "a category lists its codes' codings");

		assertEquals(ExitCodes.OK, run("code", "memo", "--study", study, "--guid", guid, "--memo", "改了"));
		assertTrue(out.contains("memo: 改了"), out);
		assertEquals(ExitCodes.OK, run("code", "remove", "--study", study, "--guid", guid));
		assertEquals(ExitCodes.OK, run("code", "remove", "--study", study, "--codebook", "policy-tools", "--code", "Target planning",
				"--clause", "5-1-3", "--coder", "li"));
		assertEquals(0, codings());
		assertEquals(ExitCodes.OK, run("study", "history", "--study", study));
		for (String kind : List.of("coding.added", "coding.memo", "coding.removed")) {
			assertTrue(out.contains(kind), kind + " in\n" + out);
		}
		assertEquals(ExitCodes.OK, run("code", "coders", "--study", study));
		assertTrue(out.startsWith("tester\t0 coding(s)\t"), out);
	}

	@Test
	void autoCodingPrintsProposalsWithEvidenceAndCodesOnlyWhenAccepted() throws Exception {
		assertEquals(ExitCodes.OK, run("code", "autocoders"));
		assertTrue(out.startsWith("org.policylens.coding.dictionary\tKeyword dictionaries of the codes\t(org.policylens.coding.dictionary)"), out);

		assertEquals(ExitCodes.OK, run("code", "auto", "--study", study, "--codebook", "policy-tools", "--documents", "5"), err);
		List<String> proposals = out.lines().toList();
		assertTrue(proposals.size() > 10, out);
		assertTrue(proposals.stream().allMatch(l -> l.startsWith("   5  5-") && l.contains("关键词: ")), out);
		assertTrue(out.contains("Environment-based tools/Regulatory control  ") && out.contains("关键词: 监管"), out);
		assertTrue(err.contains("Dictionary auto-coding with Policy tools"), "progress: " + err);
		assertTrue(err.contains(proposals.size() + " proposal(s) of org.policylens.coding.dictionary; nothing was coded"), err);
		assertEquals(0, codings());

		assertEquals(ExitCodes.OK, run("code", "auto", "--study", study, "--codebook", "policy-tools", "--documents", "5", "--min-matches",
				"2", "--accept"));
		int strong = (int) out.lines().count();
		assertTrue(strong > 0 && strong < proposals.size(), "--min-matches 2 keeps fewer: " + strong);
		assertTrue(err.contains("Coded " + strong + " clause(s) as " + DICTIONARY), err);
		assertEquals(strong, codings());
		assertEquals(ExitCodes.OK, run("code", "list", "--study", study, "--coder", DICTIONARY));
		assertTrue(out.lines().allMatch(l -> l.contains("(" + DICTIONARY + ", auto)  关键词: ")), out);

		assertEquals(ExitCodes.FAILURE, run("code", "auto", "--study", study, "--codebook", "policy-tools", "--autocoder", "nope"));
		assertTrue(err.contains("no auto-coder 'nope'; installed: [org.policylens.coding.dictionary, org.policylens.coding.tests.first"), err);
	}

	@Test
	void matrixAsTableThesisCsvXlsxAndChart() throws Exception {
		for (String clause : List.of("5-1-3", "5-2-1", "5-2-2")) {
			run("code", "add", "--study", study, "--codebook", "policy-tools", "--code", "Talent", "--clause", clause);
		}
		run("code", "add", "--study", study, "--codebook", "policy-tools", "--code", "Regulatory control", "--clause", "4-1");
		assertEquals(ExitCodes.OK, run("code", "matrix", "--study", study, "--codebook", "policy-tools", "--cols", "city"), err);
		List<String> lines = out.lines().toList();
		assertTrue(lines.get(0).startsWith("# PolicyLens matrix coding; rows: codebook policy-tools v1; columns: city; counting references"),
				lines.get(0));
		assertTrue(out.contains("code\tlevel\t阿坝州\t阿坝州 column %\t包头\t包头 column %\t北京\t北京 column %\t(none)\t(none) column %\tTotal\tTotal column %"),
				out);
		assertTrue(out.contains("\n  Talent\t1\t0\t\t0\t0.00\t3\t100.00\t0\t\t3\t75.00\n"), out);

		Path xlsx = tmp.resolve("m.xlsx");
		Path chart = tmp.resolve("m.svg");
		assertEquals(ExitCodes.OK, run("code", "matrix", "--study", study, "--codebook", "policy-tools", "--cols", "city", "--layout", "thesis",
				"--count", "clauses", "--chi", "top", "--residuals", "--output", xlsx.toString(), "--chart", chart.toString()), err);
		assertTrue(out.contains("type\ttool\ttype n\ttype %\ttool n\ttool %"), out);
		assertTrue(out.contains("# adjusted standardized residuals; * beyond ±1.96"), out);
		assertTrue(Files.size(xlsx) > 0 && Files.readString(chart).contains("<svg"));
		assertTrue(err.contains("Wrote " + xlsx), err);

		assertEquals(ExitCodes.OK, run("code", "matrix", "--study", study, "--codebook", "domains", "--cols", "codebook:policy-tools"));
		assertTrue(err.contains("nothing to count: no codings of codebook 'domains'"), err);
		assertEquals(ExitCodes.USAGE, run("code", "matrix", "--study", study, "--codebook", "policy-tools", "--cols", "colour"));
		assertTrue(err.contains("--cols is an attribute or codebook:ID"), err);
		assertEquals(ExitCodes.USAGE, run("code", "matrix", "--study", study, "--codebook", "policy-tools", "--cols", "city", "--count", "words"));
		assertTrue(err.contains("--count must be one of references, clauses"), err);
	}

	@Test
	void agreementOfAPersonAndTheAutoCoderWithDisagreementsResolved() throws Exception {
		run("code", "auto", "--study", study, "--codebook", "policy-tools", "--documents", "5", "--accept");
		int accepted = codings();
		run("code", "add", "--study", study, "--codebook", "policy-tools", "--code", "Talent", "--clause", "5-1-3");
		assertEquals(ExitCodes.OK, run("code", "agreement", "--study", study, "--codebook", "policy-tools", "--coders", "tester," + DICTIONARY,
				"--disagreements"), err);
		List<String> lines = out.lines().toList();
		assertTrue(lines.get(0).startsWith("Agreement of tester, " + DICTIONARY + " on codebook policy-tools: "), lines.get(0));
		assertEquals("code\tpercent\tcohen\tfleiss\talpha\tunits\ttester\t" + DICTIONARY, lines.get(1));
		assertTrue(out.contains("\n(pooled)\t"), out);
		assertTrue(out.contains("\n5\t5-1-3\tSupply-based tools/Talent\ttester\t" + DICTIONARY + "\n"), out);
		assertTrue(err.contains((accepted + 1) + " disagreement(s)"), "every accepted proposal and the one coding differ: " + err);

		assertEquals(ExitCodes.OK, run("code", "resolve", "--study", study, "--codebook", "policy-tools", "--coders", "tester," + DICTIONARY,
				"--code", "Talent", "--clause", "5-1-3", "accept"), err);
		assertEquals("Resolved clause 5-1-3 of policy 5: coded as Supply-based tools/Talent for consensus", out.strip());
		assertEquals(ExitCodes.OK, run("code", "list", "--study", study, "--coder", "consensus"));
		assertEquals(1, out.lines().count());
		assertEquals(ExitCodes.FAILURE, run("code", "resolve", "--study", study, "--codebook", "policy-tools", "--coders", "tester,consensus",
				"--code", "Talent", "--clause", "5-1-3", "accept"));
		assertTrue(err.contains("do not disagree on clause 5-1-3"), err);
		assertEquals(ExitCodes.USAGE, run("code", "agreement", "--study", study, "--codebook", "policy-tools", "--coders", "tester"));
		assertTrue(err.contains("agreement needs two or more different coders"), err);
	}
}
