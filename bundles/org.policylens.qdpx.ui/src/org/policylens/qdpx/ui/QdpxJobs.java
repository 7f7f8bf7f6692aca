package org.policylens.qdpx.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.qdpx.QdpxException;
import org.policylens.qdpx.QdpxExporter;
import org.policylens.qdpx.QdpxImporter;
import org.policylens.qdpx.QdpxLimits;
import org.policylens.qdpx.QdpxReport;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;

/**
 * Exports the open study as a REFI-QDA project and imports a project as a new study, as Jobs with
 * progress and cancel. A refused or failed import leaves nothing behind (the importer rolls back);
 * the report of what was exchanged, and of what the standard or PolicyLens could not carry, is
 * shown when the job is done.
 */
public final class QdpxJobs {

	/** The title of the report shown after an export. */
	public static final String EXPORT_REPORT = "REFI-QDA project exported";

	/** The title of the report shown after an import. */
	public static final String IMPORT_REPORT = "REFI-QDA project imported";

	private QdpxJobs() {
	}

	/**
	 * @param shell   the shell for the report
	 * @param studies the study service; its current study is exported
	 * @param file    the .qdpx file to write (replaced atomically)
	 * @param done    called in the UI thread with the report when the export succeeded, or {@code null}
	 * @return the scheduled job
	 */
	public static Job exportStudy(Shell shell, IStudyService studies, Path file, Consumer<QdpxReport> done) {
		OpenStudy study = studies.getCurrent();
		Display display = shell.getDisplay();
		Job job = ProgressTasks.asJob("Exporting " + file.getFileName(), monitor -> {
			try {
				return new QdpxExporter().export(study, file, monitor);
			} catch (QdpxException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			}
		}, report -> display.asyncExec(() -> {
			show(shell, EXPORT_REPORT, "Exported the study to " + file + ".", report);
			if (done != null) {
				done.accept(report);
			}
		}));
		job.schedule();
		return job;
	}

	/**
	 * @param shell   the shell for the report
	 * @param studies the study service; the new study is opened in it
	 * @param file    the .qdpx file to read
	 * @param folder  the new study's folder (must not exist or be empty)
	 * @param done    called in the UI thread with the report when the import succeeded, or {@code null}
	 * @return the scheduled job
	 */
	public static Job importProject(Shell shell, IStudyService studies, Path file, Path folder, Consumer<QdpxReport> done) {
		String actor = studies.getActor();
		Display display = shell.getDisplay();
		Job job = ProgressTasks.asJob("Importing " + file.getFileName(), monitor -> {
			CorpusPlugins plugins = new CorpusPlugins(Platform.getExtensionRegistry(), null);
			plugins.start();
			try {
				return new QdpxImporter(plugins, new StudyStore(), Clock.systemDefaultZone(), QdpxLimits.DEFAULT)
						.importNew(folder, file, actor, monitor).report();
			} catch (QdpxException | StudyException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			} finally {
				plugins.stop();
			}
		}, report -> display.asyncExec(() -> {
			try {
				studies.open(folder);
			} catch (StudyException e) {
				Errors.show(shell, "Cannot open the imported study", e);
				return;
			}
			show(shell, IMPORT_REPORT, "Imported " + file.getFileName() + " as a new study in " + folder + ".", report);
			if (done != null) {
				done.accept(report);
			}
		}));
		job.schedule();
		return job;
	}

	/**
	 * @param studies the study service
	 * @param file    a .qdpx file
	 * @return a folder for a study made from it in the studies folder, named after the file, that does not exist yet
	 */
	public static Path newStudyFolder(IStudyService studies, Path file) {
		String name = file.getFileName().toString().replaceFirst("(?i)\\.qdpx$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Path folder = studies.getStudiesFolder().resolve(name);
		for (int n = 2; Files.exists(folder); n++) {
			folder = studies.getStudiesFolder().resolve(name + " (" + n + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return folder;
	}

	private static void show(Shell shell, String title, String headline, QdpxReport report) {
		if (shell.isDisposed()) {
			return;
		}
		StringBuilder message = new StringBuilder(headline).append("\n\n");
		report.lines().forEach(line -> message.append(line).append('\n'));
		int kind = report.isComplete() ? MessageDialog.INFORMATION : MessageDialog.WARNING;
		// not modal: the user reads what was and was not exchanged while working on
		MessageDialog dialog = new MessageDialog(shell, title, null, message.toString().strip(), kind, 0, "OK") {
			{
				setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
			}
		};
		dialog.setBlockOnOpen(false);
		dialog.open();
	}
}
