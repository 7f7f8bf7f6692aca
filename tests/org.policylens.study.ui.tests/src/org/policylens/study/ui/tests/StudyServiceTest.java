package org.policylens.study.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.prefs.BackingStoreException;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.StudyUiPreferences;
import org.policylens.study.ui.internal.StudyService;

/** The product's study service, without a workbench. */
public class StudyServiceTest {

	@TempDir
	Path tmp;

	private IEclipsePreferences preferences;
	private StudyService service;
	private final List<String> heard = new ArrayList<>();

	@BeforeEach
	void setUp() {
		preferences = InstanceScope.INSTANCE.getNode("org.policylens.study.ui.tests." + UUID.randomUUID());
		service = new StudyService(new StudyStore(), preferences);
		service.addStudyListener(new IStudyListener() {
			@Override
			public void studyOpened(OpenStudy study) {
				heard.add(study == null ? "closed" : "opened " + study.getStudy().getTitle());
			}

			@Override
			public void studyChanged(OpenStudy study) {
				heard.add("changed " + study.getEvents().size());
			}
		});
	}

	@AfterEach
	void tearDown() throws BackingStoreException {
		preferences.removeNode();
	}

	@Test
	void createOpenChangeAndClose() throws Exception {
		preferences.put(StudyUiPreferences.ACTOR, "Li Wei");
		OpenStudy study = service.create(tmp.resolve("a"), "Study A", null);
		assertSame(study, service.getCurrent());
		assertEquals("Li Wei", study.getEvents().get(0).getActor(), "the preference names who works");

		study.record(service.getActor(), "test.step", "A step", Map.of());
		service.saveChanges();
		service.close();
		assertNull(service.getCurrent());
		assertEquals(List.of("opened Study A", "changed 2", "closed"), heard);
		assertEquals(2, new StudyStore().open(tmp.resolve("a")).getEvents().size(), "the change was saved");
	}

	@Test
	void recentStudiesAreNewestFirstWithoutDuplicatesOrVanishedFolders() throws Exception {
		service.create(tmp.resolve("a"), "A", null);
		service.create(tmp.resolve("b"), "B", null);
		service.create(tmp.resolve("c"), "C", null);
		service.open(tmp.resolve("a"));
		assertEquals(List.of(tmp.resolve("a"), tmp.resolve("c"), tmp.resolve("b")), service.getRecent());

		Files.delete(tmp.resolve("c/study.policylens"));
		assertEquals(List.of(tmp.resolve("a"), tmp.resolve("b")), service.getRecent(), "a folder that is no study any more is left out");
		for (int i = 0; i < 12; i++) {
			service.create(tmp.resolve("s" + i), "S" + i, null);
		}
		assertEquals(StudyUiPreferences.RECENT_MAX, service.getRecent().size());
	}

	@Test
	void aStudyThatCannotBeOpenedLeavesTheCurrentOneOpen() throws Exception {
		OpenStudy a = service.create(tmp.resolve("a"), "A", null);
		Files.createDirectories(tmp.resolve("empty"));
		assertThrows(StudyException.class, () -> service.open(tmp.resolve("empty")));
		assertSame(a, service.getCurrent());
	}

	@Test
	void newStudiesGoToTheConfiguredFolder() {
		assertEquals(Path.of(System.getProperty("user.home"), "PolicyLens"), service.getStudiesFolder());
		preferences.put(StudyUiPreferences.STUDIES_FOLDER, tmp.toString());
		assertEquals(tmp, service.getStudiesFolder());
	}
}
