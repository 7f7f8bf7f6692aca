package org.policylens.corpus.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
import org.policylens.corpus.ContributedCorpus;
import org.policylens.corpus.CorpusImporter;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.corpus.ImportOptions;
import org.policylens.corpus.ImportReport;
import org.policylens.corpus.MetadataCsv;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.ui.IStudyService;

/**
 * Imports files or a contributed corpus into the open study as a Job: progress in the status line
 * and the Progress view, cancel at any time (nothing is imported then), a report of the files that
 * could not be imported.
 */
public final class ImportJobs {

	/** The title of the report of files that could not be imported. */
	public static final String REPORT_TITLE = "Import report";

	private ImportJobs() {
	}

	/**
	 * @param shell   the shell for the report
	 * @param studies the study service
	 * @param files   files and folders
	 * @return the scheduled job
	 */
	public static Job importFiles(Shell shell, IStudyService studies, List<Path> files) {
		return schedule(shell, studies, "Importing documents", (plugins, study) -> files, null, null);
	}

	/**
	 * @param shell   the shell for the report
	 * @param studies the study service
	 * @param corpus  a contributed corpus id
	 * @param done    called in the UI thread when the import succeeded, or {@code null}
	 * @return the scheduled job
	 */
	public static Job importCorpus(Shell shell, IStudyService studies, String corpus, Consumer<ImportReport> done) {
		ContributedCorpus[] resolved = new ContributedCorpus[1];
		return schedule(shell, studies, "Importing the corpus " + corpus, (plugins, study) -> {
			resolved[0] = plugins.corpus(corpus);
			return List.of(resolved[0].folder());
		}, () -> resolved[0] == null ? null : resolved[0].metadata(), done);
	}

	private interface Files {
		List<Path> get(CorpusPlugins plugins, OpenStudy study) throws IOException;
	}

	private interface Table {
		Path get();
	}

	private static Job schedule(Shell shell, IStudyService studies, String name, Files files, Table table,
			Consumer<ImportReport> done) {
		OpenStudy study = studies.getCurrent();
		String actor = studies.getActor();
		Display display = shell.getDisplay();
		Job job = ProgressTasks.asJob(name, monitor -> {
			CorpusPlugins plugins = new CorpusPlugins(Platform.getExtensionRegistry(), null);
			plugins.start();
			try {
				StudyStore store = new StudyStore();
				ImportReport report = new CorpusImporter(plugins, store, Clock.systemDefaultZone()).importFiles(study,
						files.get(plugins, study), ImportOptions.DEFAULT, actor, monitor);
				Path metadata = table == null ? null : table.get();
				if (metadata != null) {
					new MetadataCsv(store).apply(study, metadata, ValueOrigin.CORPUS, actor);
				}
				return report;
			} catch (StudyException | IOException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			} finally {
				plugins.stop();
			}
		}, report -> display.asyncExec(() -> {
			studies.changed();
			if (!report.failures().isEmpty() && !shell.isDisposed()) {
				StringBuilder message = new StringBuilder("Imported " + report.imported().size() + " document(s). These files were not imported:\n\n");
				report.failures().forEach(p -> message.append("\u2022 ").append(p.file().getFileName()).append(": ").append(p.reason()).append('\n'));
				// not modal and not blocking: the user reads the report while working on
				MessageDialog dialog = new MessageDialog(shell, REPORT_TITLE, null, message.toString(), MessageDialog.WARNING,
						0, "OK") {
					{
						setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
					}
				};
				dialog.setBlockOnOpen(false);
				dialog.open();
			}
			if (done != null) {
				done.accept(report);
			}
		}));
		job.schedule();
		return job;
	}
}
