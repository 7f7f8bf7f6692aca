package org.policylens.codebook.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.cli.ExitCodes;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookFiles;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.model.Codebook;
import org.policylens.study.StudyStore;
import org.policylens.tests.harness.CommandLine;

/** policylens codebook ..., run in-process. */
public class CodebookCommandTest {

	@TempDir
	Path tmp;

	private final CommandLine cli = new CommandLine("tester");

	@AfterEach
	void stop() {
		cli.close();
	}

	/** @return the study folder of this test */
	private String study() {
		return tmp.resolve("study").toString();
	}

	@Test
	void listAvailableAddShowAndList() {
		assertEquals(ExitCodes.OK, cli.run("study", "create", "--study", study()));
		assertEquals(ExitCodes.OK, cli.run("codebook", "list", "--study", study()));
		assertEquals("The study has no codebooks yet: policylens codebook available, then codebook add --study DIR ID\n", cli.out());

		assertEquals(ExitCodes.OK, cli.run("codebook", "available"));
		assertTrue(cli.out().startsWith("test.good               5 codes  Carrots, sticks and sermons  (plugin:org.policylens.codebook.tests/test.good@"), cli.out());
		assertTrue(cli.out().contains("\n    A small test codebook.\n"), cli.out());
		assertFalse(cli.out().contains("test.broken"), "a broken codebook is not offered");
		assertTrue(cli.err().contains("policylens: plugin problem: org.policylens.codebook.tests → org.policylens.codebook.codebooks <codebook test.broken>"),
				cli.err());

		assertEquals(ExitCodes.OK, cli.run("codebook", "add", "--study", study(), "test.good"), cli.err());
		assertTrue(cli.out().startsWith("Copied test.good (Carrots, sticks and sermons, 5 codes) into the study as test.good, version 1"), cli.out());
		assertEquals(ExitCodes.FAILURE, cli.run("codebook", "add", "--study", study(), "test.good"));
		assertTrue(cli.err().contains("the study has a codebook 'test.good' already"), cli.err());
		assertEquals(ExitCodes.OK, cli.run("codebook", "add", "--study", study(), "test.good", "--id", "sermons"), cli.err());
		assertEquals(ExitCodes.FAILURE, cli.run("codebook", "add", "--study", study(), "test.broken"));
		assertTrue(cli.err().contains("broken.codebook, line 5"), cli.err());

		assertEquals(ExitCodes.OK, cli.run("codebook", "list", "--study", study()));
		List<String> lines = cli.out().lines().toList();
		assertEquals(2, lines.size(), cli.out());
		assertTrue(lines.get(0).startsWith("test.good            version 1      5 codes  Carrots, sticks and sermons  (plugin:"), lines.get(0));
		assertTrue(lines.get(1).startsWith("sermons              version 1      5 codes"), lines.get(1));

		assertEquals(ExitCodes.OK, cli.run("codebook", "show", "--study", study(), "test.good"));
		assertTrue(cli.out().startsWith("test.good  Carrots, sticks and sermons  (version 1, 5 codes, from plugin:"), cli.out());
		assertTrue(cli.out().contains("\n  Instruments 政策工具  [category]  #0072B2\n    Regulation 管制  #56B4E9  3 keywords\n"), cli.out());
		assertEquals(ExitCodes.OK, cli.run("codebook", "show", "--study", study(), "test.good", "--details"));
		assertTrue(cli.out().contains("\n        guid        " + TestData.REGULATION + "\n"), cli.out());
		assertTrue(cli.out().contains("\n        keywords    奖补; 贴息; 补贴\n"), cli.out());
		assertTrue(cli.out().contains("\n        example     省级按照同期银行基准利率40%给予贴息。\n"), cli.out());
		assertEquals(ExitCodes.FAILURE, cli.run("codebook", "show", "--study", study(), "tools"));
		assertTrue(cli.err().contains("the study has no codebook 'tools'; it has test.good, sermons"), cli.err());
	}

	@Test
	void editCodesFromTheCommandLine() throws Exception {
		cli.run("study", "create", "--study", study());
		cli.run("codebook", "add", "--study", study(), "test.good");

		assertEquals(ExitCodes.OK, cli.run("codebook", "code", "--study", study(), "test.good", "add", "Organisation 组织", "--parent", "Instruments"), cli.err());
		assertEquals("Added the code Instruments 政策工具/Organisation 组织 to test.good (version 2)\n", cli.out());
		assertEquals(ExitCodes.OK, cli.run("codebook", "code", "--study", study(), "test.good", "rename", "政策工具/组织", "Organisation 组织建设"));
		assertEquals(ExitCodes.OK, cli.run("codebook", "code", "--study", study(), "test.good", "set", "Instruments/Organisation",
				"--keywords", "领导小组,组织领导，统筹协调", "--colour", "#CC79A7", "--example", "北京市大数据工作推进小组负责数据专区建设和应用的总体指导"));
		assertEquals(3, cli.out().lines().count(), cli.out());
		assertEquals(ExitCodes.OK, cli.run("codebook", "code", "--study", study(), "test.good", "move", "Other", "--to", "Instruments", "--position", "1"));
		assertEquals("Moved the code Other 其他 of test.good to Instruments 政策工具/Other 其他 (position 1) (version 5)\n", cli.out());
		assertEquals(ExitCodes.OK, cli.run("codebook", "code", "--study", study(), "test.good", "merge", "Instruments/Information", "--into",
				"Instruments/Economic means"));
		assertTrue(cli.err().contains("codes " + TestData.INFORMATION + " -> " + TestData.ECONOMIC), cli.err());
		assertEquals(ExitCodes.FAILURE, cli.run("codebook", "code", "--study", study(), "test.good", "delete", "Instruments"));
		assertTrue(cli.err().contains("has 4 child code(s)"), cli.err());
		assertEquals(ExitCodes.OK, cli.run("codebook", "code", "--study", study(), "test.good", "delete", "Instruments/Other"));
		assertEquals(ExitCodes.USAGE, cli.run("codebook", "code", "--study", study(), "test.good", "rename", "Other", "X", "--into", "Y"));
		assertTrue(cli.err().contains("'code rename' takes no --into"), cli.err());
		assertEquals(ExitCodes.FAILURE, cli.run("codebook", "code", "--study", study(), "test.good", "rename", "Instruments/Nothing", "X"));
		assertTrue(cli.err().contains("has no code 'Instruments/Nothing'"), cli.err());

		Codebook codebook = new Codebooks(new StudyStore().open(tmp.resolve("study")), "tester").get("test.good");
		assertEquals(7, codebook.getVersion(), "six edits, each saved at once");
		var organisation = CodeTree.find(codebook, "Instruments/Organisation 组织建设");
		assertEquals(List.of("领导小组", "组织领导", "统筹协调"), organisation.getKeywords());
		assertEquals("#CC79A7", organisation.getColour());
		assertEquals(List.of("Regulation 管制", "Economic means 经济手段", "Organisation 组织建设"),
				codebook.getCodes().get(0).getChildren().stream().map(c -> c.getName()).toList());

		assertEquals(ExitCodes.OK, cli.run("study", "history", "--study", study(), "--limit", "1"));
		assertTrue(cli.out().contains("\ttester\tcodebook.code.deleted\tDeleted the code Instruments 政策工具/Other 其他 of test.good (version 7)"), cli.out());
	}

	@Test
	void exportAndImport() throws Exception {
		cli.run("study", "create", "--study", study());
		cli.run("codebook", "add", "--study", study(), "test.good");
		Path qdc = tmp.resolve("out/sermons.qdc");
		assertEquals(ExitCodes.OK, cli.run("codebook", "export", "--study", study(), "test.good", qdc.toString()), cli.err());
		assertEquals("Wrote test.good (version 1, 5 codes) to " + qdc + "\n", cli.out());
		Path xmi = tmp.resolve("out/sermons.codebook");
		assertEquals(ExitCodes.OK, cli.run("codebook", "export", "--study", study(), "test.good", xmi.toString()), cli.err());
		assertEquals(5, CodeTree.all(CodebookFiles.read(xmi)).size());
		assertEquals(ExitCodes.USAGE, cli.run("codebook", "export", "--study", study(), "test.good", tmp.resolve("x.txt").toString()));

		assertEquals(ExitCodes.OK, cli.run("codebook", "import", "--study", study(), qdc.toString()), cli.err());
		assertEquals("Imported 5 codes from sermons.qdc as the codebook sermons (version 1)\n", cli.out());
		assertEquals(ExitCodes.OK, cli.run("codebook", "import", "--study", study(), qdc.toString(), "--id", "again", "--name", "Again"), cli.err());

		Path studyFile = tmp.resolve("study").resolve(StudyStore.STUDY_FILE);
		byte[] before = Files.readAllBytes(studyFile);
		Path bad = Files.writeString(tmp.resolve("bad.qdc"), "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n");
		assertEquals(ExitCodes.FAILURE, cli.run("codebook", "import", "--study", study(), bad.toString()));
		assertTrue(cli.err().contains("bad.qdc, line 4, column 1: malformed XML"), cli.err());
		assertTrue(cli.err().contains("(the study was not changed)"), cli.err());
		assertArrayEquals(before, Files.readAllBytes(studyFile));
		Path sets = TestData.copy("resources/with-sets.qdc", tmp);
		assertEquals(ExitCodes.OK, cli.run("codebook", "import", "--study", study(), sets.toString()));
		assertTrue(cli.err().contains("warning: 1 code set(s) were not imported"), cli.err());
	}

	@Test
	void theExtensionPointIsListedWithItsContributions() {
		assertEquals(ExitCodes.FAILURE, cli.run("plugins"), "this bundle contributes broken codebooks on purpose");
		assertTrue(cli.out().contains("org.policylens.codebook.codebooks"), cli.out());
		assertTrue((cli.out() + cli.err()).contains("test.missing"), cli.out() + cli.err());
		assertEquals(ExitCodes.OK, cli.run("help", "codebook"));
		assertTrue(cli.out().contains("codebook code --study DIR ID merge CODE --into CODE"), cli.out());
	}
}
