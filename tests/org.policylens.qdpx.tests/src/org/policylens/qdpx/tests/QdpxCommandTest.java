package org.policylens.qdpx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.cli.ExitCodes;
import org.policylens.coding.StudyCodings;
import org.policylens.study.StudyStore;
import org.policylens.tests.harness.CommandLineTest;

/** policylens qdpx export|import, run in-process. */
public class QdpxCommandTest extends CommandLineTest {

	@TempDir
	Path tmp;

	@Test
	void exportsAndImportsAStudyWithProgressAndTheReport() throws Exception {
		String study = QdpxFixture.study(tmp.resolve("study")).getDirectory().toString();
		String file = tmp.resolve("sample.qdpx").toString();
		assertEquals(ExitCodes.OK, run("qdpx", "export", "--study", study, file), err);
		assertTrue(out.contains("5 documents, 2 codebooks") && out.contains("41 codings"), out);
		assertTrue(out.contains("Not carried over:") && out.contains("1 pieces of evidence of accepted auto-coding proposals"), out);
		assertTrue(err.contains("Exporting Sample policies as REFI-QDA"), "progress: " + err);
		QdpxFixture.assertValid(QdpxFixture.project(Path.of(file)));

		String copy = tmp.resolve("copy").toString();
		assertEquals(ExitCodes.OK, run("qdpx", "import", "--study", copy, file), err);
		assertTrue(out.startsWith("Imported " + file + " into " + copy + ":"), out);
		assertTrue(out.contains("41 codings") && out.contains("Everything was carried over."), out);
		assertTrue(err.contains("Importing sample.qdpx"), "progress: " + err);
		assertEquals(41, StudyCodings.of(new StudyStore().open(Path.of(copy))).part().getCodings().size());

		assertNotEquals(ExitCodes.OK, run("qdpx", "import", "--study", copy, file));
		assertTrue(err.contains("the study has 5 document(s)"), err);
		assertNotEquals(ExitCodes.OK, run("qdpx", "export", "--study", study, tmp.resolve("sample.zip").toString()));
		assertTrue(err.contains("ends in .qdpx"), err);
	}

	@Test
	void importingAnotherProgramsProjectListsWhatWasLeftAndARefusalChangesNothing() throws Exception {
		Path file = ForeignProjectTest.foreignArchive(tmp.resolve("interviews.qdpx"));
		Path target = tmp.resolve("interviews");
		assertEquals(ExitCodes.OK, run("qdpx", "import", "--study", target.toString(), file.toString()), err);
		assertTrue(out.contains("2 documents, 1 codebooks, 4 codes") && out.contains("Not carried over:")
				&& out.contains("PDF sources") && out.contains("sets of codes, sources or notes"), out);

		Path bad = QdpxFixture.zip(tmp.resolve("slip.qdpx"), java.util.Map.of("project.qde", "<x/>", "../evil", "x"));
		Path fresh = tmp.resolve("fresh");
		assertNotEquals(ExitCodes.OK, run("qdpx", "import", "--study", fresh.toString(), bad.toString()));
		assertTrue(err.contains("slip.qdpx is refused: its entry '../evil'"), err);
		assertFalse(Files.exists(fresh));
		assertFalse(Files.exists(tmp.resolve("evil")));
	}
}
