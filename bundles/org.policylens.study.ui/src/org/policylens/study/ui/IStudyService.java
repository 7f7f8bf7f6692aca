package org.policylens.study.ui;

import java.nio.file.Path;
import java.util.List;

import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;

/**
 * The study that is open in the product, one at a time, as in NVivo. Views and handlers get the
 * service from the workbench:
 *
 * <pre>
 * IStudyService studies = PlatformUI.getWorkbench().getService(IStudyService.class);
 * </pre>
 *
 * Call it from the UI thread; listeners are told in the UI thread.
 */
public interface IStudyService {

	/** @return the open study, or {@code null} */
	OpenStudy getCurrent();

	/**
	 * Opens a study, closing the one that was open.
	 *
	 * @param directory the study folder
	 * @return the open study
	 * @throws StudyException if it cannot be opened; the previous study stays open then
	 */
	OpenStudy open(Path directory) throws StudyException;

	/**
	 * Creates a study and opens it.
	 *
	 * @param directory   the study folder
	 * @param title       its title
	 * @param description its description, or {@code null}
	 * @return the open study
	 * @throws StudyException if it cannot be created
	 */
	OpenStudy create(Path directory, String title, String description) throws StudyException;

	/** Closes the open study, if any. */
	void close();

	/**
	 * Saves the open study after a change and tells the listeners. Every change a view makes ends
	 * with this (PolicyLens saves each change at once, atomically, with its ledger event).
	 *
	 * @throws StudyException if it cannot be saved; the file on disk is then the previous version
	 */
	void saveChanges() throws StudyException;

	/**
	 * Tells the listeners that the open study changed and was saved by someone else than
	 * {@link #saveChanges()} (e.g. an import job with its own store). Call it in the UI thread.
	 */
	void changed();

	/** @return the study folders opened lately, newest first (those that still exist) */
	List<Path> getRecent();

	/** @return where new studies go by default (preference, else ~/PolicyLens) */
	Path getStudiesFolder();

	/** @return who works in the product: the name recorded in the study history */
	String getActor();

	/** @param listener told when a study is opened, closed or changed */
	void addStudyListener(IStudyListener listener);

	/** @param listener a listener added before */
	void removeStudyListener(IStudyListener listener);
}
