package org.policylens.study.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.services.IDisposable;
import org.osgi.service.prefs.BackingStoreException;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.StudyUiPreferences;

/**
 * The workbench's {@link IStudyService}: one open study, the recent list in the preferences.
 */
public final class StudyService implements IStudyService, IDisposable {

	private final StudyStore store;
	private final IEclipsePreferences preferences;
	private final List<IStudyListener> listeners = new CopyOnWriteArrayList<>();
	private OpenStudy current;

	/**
	 * @param store       the study store
	 * @param preferences where the recent list and the actor name are kept
	 */
	public StudyService(StudyStore store, IEclipsePreferences preferences) {
		this.store = store;
		this.preferences = preferences;
	}

	/** @return a service on the instance-scope preferences */
	public static StudyService createDefault() {
		return new StudyService(new StudyStore(), InstanceScope.INSTANCE.getNode(StudyUiPreferences.NODE));
	}

	@Override
	public OpenStudy getCurrent() {
		return current;
	}

	@Override
	public OpenStudy open(Path directory) throws StudyException {
		OpenStudy opened = store.open(directory);
		setCurrent(opened);
		return opened;
	}

	@Override
	public OpenStudy create(Path directory, String title, String description) throws StudyException {
		OpenStudy created = store.create(directory, title, description, getActor());
		setCurrent(created);
		return created;
	}

	@Override
	public void close() {
		if (current != null) {
			current = null;
			listeners.forEach(l -> l.studyOpened(null));
		}
	}

	@Override
	public void saveChanges() throws StudyException {
		if (current == null) {
			return;
		}
		store.save(current);
		listeners.forEach(l -> l.studyChanged(current));
	}

	@Override
	public void changed() {
		if (current != null) {
			listeners.forEach(l -> l.studyChanged(current));
		}
	}

	@Override
	public List<Path> getRecent() {
		List<Path> recent = new ArrayList<>();
		for (String line : preferences.get(StudyUiPreferences.RECENT, "").split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!line.isBlank()) {
				Path path = Path.of(line.trim());
				if (StudyStore.isStudy(path) && !recent.contains(path)) {
					recent.add(path);
				}
			}
		}
		return recent;
	}

	@Override
	public Path getStudiesFolder() {
		String configured = preferences.get(StudyUiPreferences.STUDIES_FOLDER, "").trim(); //$NON-NLS-1$
		return configured.isEmpty() ? Path.of(System.getProperty("user.home"), "PolicyLens") : Path.of(configured); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public String getActor() {
		String actor = preferences.get(StudyUiPreferences.ACTOR, "").trim(); //$NON-NLS-1$
		return actor.isEmpty() ? System.getProperty("user.name", "unknown") : actor; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void addStudyListener(IStudyListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeStudyListener(IStudyListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void dispose() {
		current = null;
		listeners.clear();
	}

	private void setCurrent(OpenStudy study) {
		current = study;
		remember(study.getDirectory());
		listeners.forEach(l -> l.studyOpened(study));
	}

	private void remember(Path directory) {
		List<Path> recent = getRecent();
		recent.remove(directory);
		recent.add(0, directory);
		List<String> lines = recent.stream().limit(StudyUiPreferences.RECENT_MAX).filter(Files::isDirectory)
				.map(Path::toString).toList();
		preferences.put(StudyUiPreferences.RECENT, String.join("\n", lines)); //$NON-NLS-1$
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(StudyService.class).warn("Cannot store the list of recent studies", e);
		}
	}
}
