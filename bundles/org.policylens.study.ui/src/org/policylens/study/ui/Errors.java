package org.policylens.study.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;

/** Shows a failure to the user in words, and logs it. */
public final class Errors {

	private Errors() {
	}

	/**
	 * @param shell the parent shell
	 * @param title what the user tried to do, e.g. "Cannot open the study"
	 * @param e     the failure; a StudyException's message is meant for users as it is
	 */
	public static void show(Shell shell, String title, Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		IStatus status = new Status(IStatus.ERROR, "org.policylens.study.ui", message, e); //$NON-NLS-1$
		ILog.of(Errors.class).log(status);
		ErrorDialog.openError(shell, title, null, status);
	}
}
