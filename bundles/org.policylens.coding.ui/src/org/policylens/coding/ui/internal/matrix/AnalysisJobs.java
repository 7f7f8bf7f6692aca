package org.policylens.coding.ui.internal.matrix;

import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.policylens.common.progress.ProgressTask;
import org.policylens.common.progress.ProgressTasks;

/**
 * Runs an editor's analysis as a user Job (progress and cancel in the Progress view) and hands the
 * outcome to the editor in the UI thread: the result, or the failure's message to show in the
 * editor itself (logged, but no error dialog: an editor that is re-run often must not pile up
 * dialogs). Nothing is delivered once the editor's control is disposed.
 */
public final class AnalysisJobs {

	private AnalysisJobs() {
	}

	/**
	 * @param name      the job's name in the Progress view
	 * @param task      the work, in the job's thread
	 * @param owner     a control of the editor
	 * @param onResult  receives the result (UI thread)
	 * @param onFailure receives the failure's message, or "canceled" (UI thread)
	 * @param onDone    runs after either (UI thread), e.g. to enable the Run button again
	 * @return the scheduled job
	 */
	public static <T> Job schedule(String name, ProgressTask<T> task, Control owner, Consumer<T> onResult, Consumer<String> onFailure,
			Runnable onDone) {
		Display display = owner.getDisplay();
		Job job = ProgressTasks.<Runnable>asJob(name, monitor -> {
			try {
				T result = task.run(monitor);
				return (Runnable) () -> onResult.accept(result);
			} catch (OperationCanceledException e) {
				return () -> onFailure.accept("Canceled.");
			} catch (CoreException | RuntimeException e) {
				ILog.of(AnalysisJobs.class).warn(name + " failed: " + e.getMessage(), e);
				String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
				return () -> onFailure.accept(message);
			}
		}, deliver -> display.asyncExec(() -> {
			if (!owner.isDisposed()) {
				deliver.run();
			}
		}));
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus result = event.getResult();
				display.asyncExec(() -> {
					if (!owner.isDisposed()) {
						if (result != null && result.getSeverity() == IStatus.CANCEL) {
							onFailure.accept("Canceled.");
						}
						onDone.run();
					}
				});
			}
		});
		job.schedule();
		return job;
	}
}
