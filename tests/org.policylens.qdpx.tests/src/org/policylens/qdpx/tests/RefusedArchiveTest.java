package org.policylens.qdpx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.qdpx.QdpxException;
import org.policylens.qdpx.QdpxImporter;
import org.policylens.qdpx.QdpxLimits;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;

/**
 * Archives that are unsafe, oversized, malformed or not valid are refused with a message that
 * names the problem, and the study folder is byte for byte as it was (or, for a new study, not
 * there at all).
 */
public class RefusedArchiveTest {

	private static final String MINIMAL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<Project xmlns="urn:QDA-XML:project:1.0" name="Tiny">
			  <Sources>
			    <TextSource guid="50000000-0000-4000-8000-000000000001" name="One" plainTextPath="%s"/>
			  </Sources>
			</Project>
			""";

	@TempDir
	Path tmp;

	private CorpusPlugins plugins;
	private OpenStudy empty;
	private Map<String, String> before;

	@BeforeEach
	void start() throws Exception {
		plugins = new CorpusPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		empty = new StudyStore().create(tmp.resolve("empty"), "Empty", null, "tester");
		before = QdpxFixture.content(empty.getDirectory());
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	private static Map<String, Object> entries(String project, Object... more) {
		Map<String, Object> entries = new LinkedHashMap<>();
		entries.put("project.qde", project);
		for (int i = 0; i < more.length; i += 2) {
			entries.put((String) more[i], more[i + 1]);
		}
		return entries;
	}

	private static String minimal() {
		return MINIMAL.formatted("internal://one.txt");
	}

	/** Imports into the empty study and into a new folder; both refuse and change nothing. */
	private QdpxException refused(QdpxLimits limits, Map<String, Object> entries) throws Exception {
		Path file = QdpxFixture.zip(tmp.resolve("bad.qdpx"), entries);
		return refused(limits, file);
	}

	private QdpxException refused(QdpxLimits limits, Path file) throws Exception {
		QdpxImporter importer = new QdpxImporter(plugins, new StudyStore(), Clock.systemUTC(), limits);
		QdpxException e = assertThrows(QdpxException.class, () -> importer.importInto(empty, file, "tester", new NullProgressMonitor()));
		assertEquals(before, QdpxFixture.content(empty.getDirectory()), "the study is byte for byte as it was");
		assertTrue(Corpora.documents(empty).isEmpty());
		Path fresh = tmp.resolve("fresh");
		assertThrows(QdpxException.class, () -> importer.importNew(fresh, file, "tester", new NullProgressMonitor()));
		assertFalse(Files.exists(fresh), "no study is left behind");
		assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
		return e;
	}

	@Test
	void theSameArchiveWithoutTricksImports() throws Exception {
		Path file = QdpxFixture.zip(tmp.resolve("good.qdpx"), entries(minimal(), "sources/one.txt", "第一条 本办法自公布之日起施行。"));
		new QdpxImporter(plugins, new StudyStore()).importInto(empty, file, "tester", new NullProgressMonitor());
		assertEquals(1, Corpora.documents(new StudyStore().open(empty.getDirectory())).size());
	}

	@Test
	void entriesThatLeaveTheArchiveAreRefused() throws Exception {
		String ok = "第一条 本办法自公布之日起施行。";
		assertTrue(refused(QdpxLimits.DEFAULT, entries(minimal(), "sources/one.txt", ok, "../../evil.txt", "x")).getMessage()
				.contains("'../../evil.txt' is an absolute path or leads out of the archive"));
		assertTrue(refused(QdpxLimits.DEFAULT, entries(minimal(), "sources/one.txt", ok, "sources/../../evil.txt", "x")).getMessage()
				.contains("leads out of the archive"));
		assertTrue(refused(QdpxLimits.DEFAULT, entries(minimal(), "sources/one.txt", ok, "/etc/cron.d/evil", "x")).getMessage()
				.contains("'/etc/cron.d/evil' is an absolute path"));
		assertTrue(refused(QdpxLimits.DEFAULT, entries(minimal(), "sources/one.txt", ok, "C:\\Windows\\evil.dll", "x")).getMessage()
				.contains("absolute path"));
		assertTrue(refused(QdpxLimits.DEFAULT, entries(MINIMAL.formatted("internal://../../../etc/passwd"))).getMessage()
				.contains("One names the file 'internal://../../../etc/passwd', an absolute path or one that leads out of the archive"));
	}

	@Test
	void aDocumentTypeAndExternalEntitiesAreRefused() throws Exception {
		String xxe = minimal().replace("<Project ", "<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<Project ")
				.replace("</Project>", "<Description>&xxe;</Description></Project>");
		QdpxException e = refused(QdpxLimits.DEFAULT, entries(xxe, "sources/one.txt", "第一条"));
		assertTrue(e.getMessage().contains("declares a document type"), e.getMessage());
		assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd");
	}

	@Test
	void oversizedArchivesAndZipBombsAreRefused() throws Exception {
		byte[] big = new byte[4000];
		java.util.Arrays.fill(big, (byte) 'a');
		assertTrue(refused(new QdpxLimits(10_000, 3000, 100, 1024 * 1024), entries(minimal(), "sources/one.txt", big)).getMessage()
				.contains("unpacked it would be larger than 3000 bytes"));
		assertTrue(refused(new QdpxLimits(3, 500L * 1024 * 1024, 100, 1024 * 1024),
				entries(minimal(), "a.txt", "a", "b.txt", "b", "c.txt", "c")).getMessage().contains("more than 3 entries"));
		byte[] zeros = new byte[8 * 1024 * 1024];
		assertTrue(refused(QdpxLimits.DEFAULT, entries(minimal(), "sources/one.txt", zeros)).getMessage()
				.contains("is compressed"));
	}

	@Test
	void malformedAndInvalidProjectsAreRefusedWithTheirLineAndElement() throws Exception {
		QdpxException malformed = refused(QdpxLimits.DEFAULT, entries("<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
				+ "name=\"x\">\n  <Users>\n</Project>\n"));
		assertEquals(4, malformed.getLine(), malformed.getMessage());
		assertTrue(malformed.getMessage().contains("bad.qdpx: project.qde, line 4, column") && malformed.getMessage().contains("malformed XML"),
				malformed.getMessage());

		QdpxException invalid = refused(QdpxLimits.DEFAULT, entries(minimal().replace("<Sources>",
				"<Users><User name=\"nobody\"/></Users>\n  <Sources>")));
		assertTrue(invalid.getMessage().contains("not a valid REFI-QDA project") && invalid.getMessage().contains("element 'User'"),
				invalid.getMessage());

		QdpxException position = refused(QdpxLimits.DEFAULT, entries(minimal().replace("name=\"One\" plainTextPath=\"internal://one.txt\"/>",
				"name=\"One\" plainTextPath=\"internal://one.txt\"><PlainTextSelection guid=\"5E100000-0000-4000-8000-000000000001\" "
						+ "startPosition=\"first\" endPosition=\"3\"/></TextSource>"), "sources/one.txt", "第一条"));
		assertTrue(position.getMessage().contains("'startPosition'") && position.getMessage().contains("element 'PlainTextSelection'"),
				position.getMessage());

		QdpxException other = refused(QdpxLimits.DEFAULT, entries("<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>"));
		assertTrue(other.getMessage().contains("its root element must be Project"), other.getMessage());
	}

	@Test
	void notAnArchiveNoProjectAndNotUtf8AreRefused() throws Exception {
		Path text = tmp.resolve("notes.qdpx");
		Files.writeString(text, "just some text");
		assertTrue(refused(QdpxLimits.DEFAULT, text).getMessage().contains("it is not a zip archive"));
		Map<String, Object> noProject = new LinkedHashMap<>();
		noProject.put("sources/one.txt", "x");
		assertTrue(refused(QdpxLimits.DEFAULT, noProject).getMessage().contains("it has no project.qde"));
		assertTrue(refused(QdpxLimits.DEFAULT, entries(minimal(), "sources/one.txt", new byte[] { 'a', (byte) 0xC3, (byte) 0x28 }))
				.getMessage().contains("is not UTF-8 text"));
	}

	@Test
	void aStudyWithDocumentsAndACanceledImportAreLeftAlone() throws Exception {
		Path file = ForeignProjectTest.foreignArchive(tmp.resolve("interviews.qdpx"));
		OpenStudy sample = org.policylens.tests.harness.Fixtures.sampleStudy(tmp.resolve("sample"));
		Map<String, String> sampleBefore = QdpxFixture.content(sample.getDirectory());
		QdpxImporter importer = new QdpxImporter(plugins, new StudyStore());
		QdpxException e = assertThrows(QdpxException.class, () -> importer.importInto(sample, file, "tester", new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("the study has 5 document(s)"), e.getMessage());
		assertEquals(sampleBefore, QdpxFixture.content(sample.getDirectory()));

		NullProgressMonitor canceled = new NullProgressMonitor();
		canceled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> importer.importInto(empty, file, "tester", canceled));
		assertEquals(before, QdpxFixture.content(empty.getDirectory()));
		assertThrows(OperationCanceledException.class, () -> importer.importNew(tmp.resolve("fresh"), file, "tester", canceled));
		assertFalse(Files.exists(tmp.resolve("fresh")));
	}
}
