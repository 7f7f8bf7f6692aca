package org.policylens.codebook.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.ICodebookSource;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.qdc.QdcImport;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.ui.IStudyService;

/**
 * What the Codebooks view's commands do once the user has chosen: add a new or contributed
 * codebook to the open study and save it, import and export REFI-QDA codebooks as Jobs. Each
 * change of the study is saved at once with its ledger event; a failure is shown and changes
 * nothing.
 */
public final class CodebookTasks {

	private CodebookTasks() {
	}

	/** @return the contributed codebooks whose files can be read, sorted by id */
	public static List<ICodebookSource> available() {
		CodebookPlugins plugins = new CodebookPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		try {
			return plugins.available();
		} finally {
			plugins.stop();
		}
	}

	/**
	 * Copies a contributed codebook into the open study and saves it.
	 *
	 * @param studies the study service
	 * @param source  the contributed codebook
	 * @param id      the id of the copy, or {@code null} for the source's
	 * @return the copy
	 * @throws CodebookException        if the source cannot be read
	 * @throws IllegalArgumentException if the study has a codebook with that id
	 * @throws StudyException           if the study cannot be saved (the copy is taken back)
	 */
	public static Codebook copy(IStudyService studies, ICodebookSource source, String id) throws CodebookException, StudyException {
		return saved(studies, codebooks -> codebooks.copy(source, id));
	}

	/**
	 * Adds an empty codebook to the open study and saves it.
	 *
	 * @param studies     the study service
	 * @param id          its id
	 * @param name        its name
	 * @param description what it is for, or {@code null}
	 * @return the codebook
	 * @throws IllegalArgumentException if the id is malformed or taken, or the name blank
	 * @throws StudyException           if the study cannot be saved (the codebook is taken back)
	 */
	public static Codebook create(IStudyService studies, String id, String name, String description) throws StudyException {
		try {
			return saved(studies, codebooks -> codebooks.create(id, name, description));
		} catch (CodebookException e) {
			throw new IllegalStateException(e);
		}
	}

	private interface Addition {
		Codebook add(Codebooks codebooks) throws CodebookException;
	}

	private static Codebook saved(IStudyService studies, Addition addition) throws CodebookException, StudyException {
		OpenStudy study = studies.getCurrent();
		Codebooks codebooks = new Codebooks(study, studies.getActor());
		int events = study.getEvents().size();
		Codebook added = addition.add(codebooks);
		try {
			studies.saveChanges();
		} catch (StudyException e) {
			Codebooks.partOf(study).getCodebooks().remove(added);
			study.getStudy().getLedger().getEvents().subList(events, study.getEvents().size()).clear();
			throw e;
		}
		return added;
	}

	/**
	 * Imports a REFI-QDA codebook into the open study as a Job, and saves the study; the warnings
	 * about what could not be kept are shown, failures in the Job's status.
	 *
	 * @param shell   the shell for the warnings
	 * @param studies the study service
	 * @param file    the {@code .qdc} file
	 * @param done    called in the UI thread with the import when it succeeded, or {@code null}
	 * @return the scheduled job
	 */
	public static Job importQdc(Shell shell, IStudyService studies, Path file, Consumer<QdcImport> done) {
		OpenStudy study = studies.getCurrent();
		String actor = studies.getActor();
		Display display = shell.getDisplay();
		Job job = ProgressTasks.asJob("Importing the codebook " + file.getFileName(), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 2);
			int events = study.getEvents().size();
			QdcImport imported;
			try {
				imported = new Codebooks(study, actor).importQdc(file, null, null);
			} catch (CodebookException | IllegalArgumentException e) {
				throw new CoreException(Status.error("Cannot import " + file + ": " + e.getMessage(), e));
			}
			progress.split(1);
			try {
				new StudyStore().save(study);
			} catch (StudyException e) {
				Codebooks.partOf(study).getCodebooks().remove(imported.codebook());
				study.getStudy().getLedger().getEvents().subList(events, study.getEvents().size()).clear();
				throw new CoreException(Status.error(e.getMessage(), e));
			}
			progress.split(1);
			return imported;
		}, imported -> display.asyncExec(() -> {
			studies.changed();
			if (!imported.warnings().isEmpty() && !shell.isDisposed()) {
				MessageDialog.openWarning(shell, "Codebook imported", "Imported " + imported.codebook().getName()
						+ " with these warnings:\n\n\u2022 " + String.join("\n\u2022 ", imported.warnings())); //$NON-NLS-1$
			}
			if (done != null) {
				done.accept(imported);
			}
		}));
		job.schedule();
		return job;
	}

	/**
	 * Exports a codebook as a REFI-QDA codebook file, as a Job.
	 *
	 * @param codebook the codebook
	 * @param file     the file to write
	 * @return the scheduled job
	 */
	public static Job exportQdc(Codebook codebook, Path file) {
		Job job = ProgressTasks.asJob("Exporting the codebook " + codebook.getId(), monitor -> {
			try {
				Codebooks.exportQdc(codebook, file);
				return file;
			} catch (CodebookException e) {
				throw new CoreException(Status.error("Cannot export " + codebook.getId() + " to " + file + ": " + e.getMessage(), e));
			}
		}, written -> {
			// the study did not change: nothing to refresh
		});
		job.schedule();
		return job;
	}
}
