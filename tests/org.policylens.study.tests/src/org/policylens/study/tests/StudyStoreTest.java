package org.policylens.study.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.study.AtomicFiles;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.model.AttributeType;
import org.policylens.study.model.LedgerEvent;

public class StudyStoreTest {

	private static final Instant T0 = Instant.parse("2026-11-28T09:30:00Z");

	@TempDir
	Path tmp;

	private final StudyStore store = new StudyStore(Clock.fixed(T0, ZoneOffset.UTC), new AtomicFiles());

	@Test
	void createsAStudyWithItsFirstLedgerEvent() throws Exception {
		OpenStudy study = store.create(tmp.resolve("smart-city"), "Smart-city policy in four cities", "Beijing, Shanghai, Guangzhou, Shenzhen", "alice");
		assertTrue(Files.isRegularFile(tmp.resolve("smart-city/study.policylens")));
		assertEquals("Smart-city policy in four cities", study.getStudy().getTitle());
		assertEquals(StudyStore.SCHEMA_VERSION, study.getStudy().getSchemaVersion());
		assertEquals(T0, study.getStudy().getCreated().toInstant());
		List<LedgerEvent> events = study.getEvents();
		assertEquals(1, events.size());
		assertEquals(1, events.get(0).getSequence());
		assertEquals("alice", events.get(0).getActor());
		assertEquals("study.created", events.get(0).getKind());
		assertEquals("1", events.get(0).getParameters().get("schemaVersion"));
		assertFalse(study.isDirty());
	}

	@Test
	void savesAndReopensAttributesAndLedger() throws Exception {
		OpenStudy study = store.create(tmp.resolve("s"), "Study", null, "alice");
		study.defineAttribute("city", "City", AttributeType.CATEGORY).getValues().addAll(List.of("北京", "上海", "广州", "深圳"));
		study.defineAttribute("level", "Administrative level", AttributeType.CATEGORY);
		study.record("bob", "corpus.import", "Imported 5 policies", Map.of("files", "5", "encoding", "UTF-8"));
		store.save(study);

		OpenStudy reopened = store.open(tmp.resolve("s"));
		assertEquals(List.of("北京", "上海", "广州", "深圳"), reopened.getAttribute("city").getValues());
		assertEquals(AttributeType.CATEGORY, reopened.getAttribute("level").getType());
		assertEquals(2, reopened.getEvents().size());
		LedgerEvent imported = reopened.getEvents().get(1);
		assertEquals(2, imported.getSequence());
		assertEquals("bob", imported.getActor());
		assertEquals("UTF-8", imported.getParameters().get("encoding"));
		String xml = Files.readString(tmp.resolve("s/study.policylens"), StandardCharsets.UTF_8);
		assertTrue(xml.contains("schemaVersion=\"1\""), xml);
		assertTrue(xml.contains("北京"), "written as UTF-8 text, readable by people");
	}

	@Test
	void addingAnAttributeRecordsItInTheLedger() throws Exception {
		OpenStudy study = store.create(tmp.resolve("s"), "Study", null, "alice");
		study.addAttribute("bob", "city", "City", AttributeType.CATEGORY, List.of("北京", " 上海 ", ""));
		assertEquals(List.of("北京", "上海"), study.getAttribute("city").getValues());
		LedgerEvent event = study.getEvents().get(1);
		assertEquals("study.attribute.defined", event.getKind());
		assertEquals("bob", event.getActor());
		assertEquals(Map.of("name", "city", "type", "category", "values", "北京,上海"), OpenStudy.parametersOf(event));
		assertThrows(IllegalArgumentException.class, () -> study.addAttribute("bob", "city", null, AttributeType.TEXT, List.of()));
		assertThrows(IllegalArgumentException.class, () -> study.addAttribute("bob", "two words", null, AttributeType.TEXT, List.of()));
		assertTrue(OpenStudy.isValidAttributeName("发文机关"));
		assertFalse(OpenStudy.isValidAttributeName("1st"));
	}

	@Test
	void refusesToCreateOverAnExistingStudy() throws Exception {
		store.create(tmp.resolve("s"), "First", null, "alice");
		StudyException e = assertThrows(StudyException.class, () -> store.create(tmp.resolve("s"), "Second", null, "bob"));
		assertEquals(StudyException.Reason.NOT_A_STUDY, e.getReason());
		assertTrue(e.getMessage().contains("there is a study in"), e.getMessage());
		assertEquals("First", store.open(tmp.resolve("s")).getStudy().getTitle());
	}

	@Test
	void aFolderWithoutStudyIsNotOpened() {
		StudyException e = assertThrows(StudyException.class, () -> store.open(tmp));
		assertEquals(StudyException.Reason.NOT_A_STUDY, e.getReason());
		assertTrue(e.getMessage().contains("is not a PolicyLens study"), e.getMessage());
	}

	@Test
	void aStudyFromANewerPolicyLensIsRefusedAndLeftAlone() throws Exception {
		OpenStudy study = store.create(tmp.resolve("s"), "Study", null, "alice");
		Path file = study.getFile();
		String newer = Files.readString(file).replace("schemaVersion=\"1\"", "schemaVersion=\"7\"")
				.replace("<ledger>", "<futureThing kind=\"x\"/><ledger>");
		Files.writeString(file, newer);
		StudyException e = assertThrows(StudyException.class, () -> store.open(tmp.resolve("s")));
		assertEquals(StudyException.Reason.NEWER_SCHEMA, e.getReason());
		assertTrue(e.getMessage().contains("saved by a newer PolicyLens (study format 7; this PolicyLens reads up to 1)"),
				e.getMessage());
		assertEquals(newer, Files.readString(file), "the file is not touched");
	}

	@Test
	void aDamagedFileIsReportedWithItsLine() throws Exception {
		OpenStudy study = store.create(tmp.resolve("s"), "Study", null, "alice");
		Path file = study.getFile();
		List<String> lines = Files.readAllLines(file);
		lines.add(3, "  <attributes name=\"city\" nonsense=\"1\"/>");
		Files.write(file, lines);
		StudyException e = assertThrows(StudyException.class, () -> store.open(tmp.resolve("s")));
		assertEquals(StudyException.Reason.INVALID, e.getReason());
		assertTrue(e.getMessage().contains("line 4, column 41: the study file is damaged and was not opened (Feature 'attributes' not found.)"),
				e.getMessage());

		Files.writeString(file, "<?xml version=\"1.0\"?>\n<study:Study xmlns:study=\"http://policylens.org/study/1.0\" schemaVersion=\"1\" title=");
		e = assertThrows(StudyException.class, () -> store.open(tmp.resolve("s")));
		assertEquals(StudyException.Reason.INVALID, e.getReason());
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
	}

	@Test
	void aSaveThatFailsHalfWayLeavesThePreviousVersionIntact() throws Exception {
		OpenStudy study = store.create(tmp.resolve("s"), "Study", null, "alice");
		byte[] before = Files.readAllBytes(study.getFile());

		StudyStore failing = new StudyStore(Clock.fixed(T0, ZoneOffset.UTC), new AtomicFiles(out -> new java.io.FilterOutputStream(out) {
			private int written;

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				if (written + len > 200) {
					super.write(b, off, 200 - written);
					throw new IOException("No space left on device");
				}
				written += len;
				super.write(b, off, len);
			}
		}));
		OpenStudy open = failing.open(tmp.resolve("s"));
		open.getStudy().setTitle("A much longer title that makes the file bigger than before");
		open.record("alice", "study.renamed", "Renamed", Map.of());
		StudyException e = assertThrows(StudyException.class, () -> failing.save(open));
		assertEquals(StudyException.Reason.IO, e.getReason());
		assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
		assertTrue(e.getMessage().contains("previous version on disk is intact"), e.getMessage());

		assertArrayEquals(before, Files.readAllBytes(study.getFile()), "the study file was not touched");
		try (Stream<Path> files = Files.list(tmp.resolve("s"))) {
			assertEquals(List.of("study.policylens"), files.map(p -> p.getFileName().toString()).toList(),
					"no temporary file is left behind");
		}
		assertEquals("Study", store.open(tmp.resolve("s")).getStudy().getTitle());
	}

	@Test
	void leftoversOfAnInterruptedSaveAreIgnoredAndCleanedUp() throws Exception {
		OpenStudy study = store.create(tmp.resolve("s"), "Study", null, "alice");
		// what a process killed during a save leaves: a half-written temporary file
		Path leftover = tmp.resolve("s/.study.policylens.0b5c2a6e-dead-beef-0000-000000000000.tmp");
		Files.writeString(leftover, "<?xml version=\"1.0\"?><study:Study schemaVersion=\"1\" title=\"half");
		OpenStudy reopened = store.open(study.getDirectory());
		assertEquals("Study", reopened.getStudy().getTitle());
		assertFalse(Files.exists(leftover));
	}

	@Test
	void theLedgerIsAppendOnly() throws Exception {
		OpenStudy study = store.create(tmp.resolve("s"), "Study", null, "alice");
		study.record("alice", "corpus.import", "Imported", Map.of("files", "5"));
		store.save(study);

		study.getEvents().get(1).setSummary("Imported (edited afterwards)");
		StudyException changed = assertThrows(StudyException.class, () -> store.save(study));
		assertEquals(StudyException.Reason.LEDGER_REWRITTEN, changed.getReason());
		assertTrue(changed.getMessage().contains("event 2"), changed.getMessage());
		study.getEvents().get(1).setSummary("Imported");

		study.getEvents().remove(0);
		StudyException removed = assertThrows(StudyException.class, () -> store.save(study));
		assertTrue(removed.getMessage().contains("event 1 was removed, changed or reordered"), removed.getMessage());
		assertEquals(2, store.open(study.getDirectory()).getEvents().size());
	}

	@Test
	void aSaveNeverOverwritesChangesMadeByAnotherProgram() throws Exception {
		store.create(tmp.resolve("s"), "Study", null, "alice");
		OpenStudy desktop = store.open(tmp.resolve("s"));
		OpenStudy commandLine = store.open(tmp.resolve("s"));
		commandLine.record("alice", "corpus.import", "Imported from the command line", Map.of());
		store.save(commandLine);

		desktop.record("bob", "study.renamed", "Renamed in the desktop", Map.of());
		StudyException e = assertThrows(StudyException.class, () -> store.save(desktop));
		assertEquals(StudyException.Reason.CONFLICT, e.getReason());
		assertEquals("Imported from the command line",
				store.open(tmp.resolve("s")).getEvents().get(1).getSummary());
	}

	@Test
	void atomicFilesReplaceTheWholeFile() throws Exception {
		Path target = tmp.resolve("data.txt");
		AtomicFiles files = new AtomicFiles();
		files.write(target, out -> out.write("first version, rather long".getBytes(StandardCharsets.UTF_8)));
		files.write(target, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
		assertEquals("second", Files.readString(target));
		assertThrows(IOException.class, () -> files.write(target, out -> {
			out.write("third, incomplete".getBytes(StandardCharsets.UTF_8));
			throw new IOException("interrupted");
		}));
		assertEquals("second", Files.readString(target));
		assertEquals(0, AtomicFiles.removeLeftovers(target));
	}
}
