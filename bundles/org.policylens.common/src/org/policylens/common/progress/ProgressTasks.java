package org.policylens.common.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs a {@link ProgressTask} where the user is: as a Job with a progress bar and a cancel button
 * in the product, or in the foreground with a console progress bar and Ctrl-C on the command line.
 */
public final class ProgressTasks {

	/** The family of every PolicyLens job, e.g. to wait for all of them in tests. */
	public static final Object FAMILY = ProgressTasks.class;

	private ProgressTasks() {
	}

	/**
	 * Runs the task in this thread with a progress bar on {@code err}; Ctrl-C cancels it.
	 *
	 * @param task        the work
	 * @param err         where the progress bar goes
	 * @param interactive whether {@code err} is a terminal
	 * @param clock       nanosecond clock
	 * @return the result
	 * @throws CoreException              if the task fails
	 * @throws OperationCanceledException if the user canceled it
	 */
	public static <T> T runInConsole(ProgressTask<T> task, PrintStream err, boolean interactive, LongSupplier clock)
			throws CoreException {
		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(err, interactive, clock);
		try (CancelOnInterrupt guard = CancelOnInterrupt.install(monitor, Duration.ofSeconds(15))) {
			return task.run(monitor);
		} finally {
			monitor.done();
		}
	}

	/**
	 * Makes a user job of the task. The job is not scheduled; call {@link Job#schedule()}.
	 *
	 * @param name     the name shown in the Progress view
	 * @param task     the work
	 * @param onResult receives the result when the task succeeded (in the job's thread)
	 * @return the job; its result status carries the failure's message
	 */
	public static <T> Job asJob(String name, ProgressTask<T> task, Consumer<T> onResult) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				try {
					T result = task.run(monitor);
					onResult.accept(result);
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (CoreException e) {
					return e.getStatus();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		return job;
	}
}
