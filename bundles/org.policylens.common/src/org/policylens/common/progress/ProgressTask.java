package org.policylens.common.progress;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A piece of long work that reports progress and stops when its monitor is canceled (by throwing
 * {@link org.eclipse.core.runtime.OperationCanceledException}). The same task runs as an Eclipse
 * Job in the product ({@link ProgressTasks#asJob}) and with a console bar on the command line
 * ({@link ProgressTasks#runInConsole}).
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface ProgressTask<T> {

	/**
	 * @param monitor the progress monitor; convert it with {@code SubMonitor.convert}
	 * @return the result
	 * @throws CoreException when the work fails, with a message naming the file or record
	 */
	T run(IProgressMonitor monitor) throws CoreException;
}
