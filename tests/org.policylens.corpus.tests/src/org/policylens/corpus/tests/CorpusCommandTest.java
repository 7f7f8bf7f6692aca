package org.policylens.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policylens.tests.harness.CommandLineTest;
import org.policylens.tests.harness.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.cli.ExitCodes;

/** policylens corpus ..., run in-process. */
public class CorpusCommandTest extends CommandLineTest {

	@TempDir
	Path tmp;

	private String study;

	@BeforeEach
	void start() {
		study = tmp.resolve("study").toString();
	}

	@Test
	void importListShowAndCorrect() throws Exception {
		assertEquals(ExitCodes.OK, run("study", "create", "--study", study));
		Path exports = tmp.resolve("exports");
		Fixtures.copyPolicies(exports);
		assertEquals(ExitCodes.OK, run("corpus", "import", "--study", study, exports.toString()), err);
		assertTrue(out.startsWith("Imported 5 document(s) into "), out);
		assertTrue(err.contains("[100%] Importing 5 file(s)"), "progress on standard error: " + err);

		assertEquals(ExitCodes.OK, run("corpus", "list", "--study", study));
		List<String> lines = out.lines().toList();
		assertEquals(5, lines.size(), out);
		assertEquals("   5  关于推进北京市数据专区建设的指导意见  [city=北京; province=北京; level=municipal; issuer=北京市经济和信息化局; "
				+ "number=京经信发〔2022〕87号; issued=2022-11-21; type=opinion; 59 clauses]", lines.get(4));

		assertEquals(ExitCodes.OK, run("corpus", "list", "--study", study, "--tsv"));
		assertEquals("policy\ttitle\tlanguage\tclauses\tfile\tcity\tprovince\tlevel\tissuer\tnumber\tissued\tyear\teffective\tvalidity\ttype",
				out.lines().findFirst().orElseThrow());

		assertEquals(ExitCodes.OK, run("corpus", "show", "--study", study, "5", "--depth", "1"));
		assertTrue(out.startsWith("Policy 5: 关于推进北京市数据专区建设的指导意见\n"), out);
		assertTrue(out.contains("\n  5-1  一、总体要求\n"), out);
		assertTrue(out.contains("\n  5-8  八、"), out);

		assertEquals(ExitCodes.OK, run("corpus", "set", "--study", study, "4", "province=内蒙古", "title=包头市2022年数字政府建设考评办法（修订）"));
		assertTrue(out.contains("包头市2022年数字政府建设考评办法（修订）"), out);
		assertTrue(out.contains("province=内蒙古"), out);
		assertEquals(ExitCodes.OK, run("study", "history", "--study", study, "--limit", "1"));
		assertTrue(out.contains("\ttester\tcorpus.metadata.edited\tCorrected the metadata of policy 4: province, title"), out);
	}

	@Test
	void aFailedFileGivesExitCodeOneAndNamesTheFile() throws Exception {
		run("study", "create", "--study", study);
		Path good = tmp.resolve("good.txt");
		Files.write(good, Fixtures.bytes(Fixtures.BEIJING));
		Path bad = tmp.resolve("scan.pdf");
		Files.writeString(bad, "");
		assertEquals(ExitCodes.FAILURE, run("corpus", "import", "--study", study, good.toString(), bad.toString()));
		assertTrue(out.contains("Imported 1 document(s)"), out);
		assertTrue(err.contains("FAILED  " + bad + ": the file is empty"), err);
		assertEquals(ExitCodes.FAILURE, run("corpus", "import", "--study", study, tmp.resolve("nothing.txt").toString()));
		assertTrue(err.contains("nothing.txt: no such file or folder"), err);
		assertEquals(ExitCodes.USAGE, run("corpus", "import", "--study", study, "--segmenter", "nosuch", good.toString()));
		assertEquals(ExitCodes.USAGE, run("corpus", "list"));
	}

	@Test
	void aMetadataTable() throws Exception {
		run("study", "create", "--study", study);
		run("corpus", "import", "--study", study, Fixtures.copyPolicies(tmp.resolve("exports")).get(0).toString());
		Path csv = tmp.resolve("m.csv");
		Files.writeString(csv, "policy,theme\n1,public data\n9,none\n");
		assertEquals(ExitCodes.FAILURE, run("corpus", "metadata", "--study", study, csv.toString()));
		assertEquals("Set 1 value(s) of 1 document(s)\n", out);
		assertTrue(err.contains("not applied, line 3: no document with policy '9'"), err);
	}
}
