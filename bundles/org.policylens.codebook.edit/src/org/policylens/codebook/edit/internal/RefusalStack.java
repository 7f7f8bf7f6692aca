package org.policylens.codebook.edit.internal;

import org.eclipse.emf.common.command.BasicCommandStack;

/**
 * A command stack that keeps the exception of a command that failed (a {@code CodebookEdit}
 * refusing an edit), instead of only logging it, so that the editor can show its message.
 */
public final class RefusalStack extends BasicCommandStack {

	private RuntimeException refusal;

	@Override
	protected void handleError(Exception exception) {
		refusal = exception instanceof RuntimeException runtime ? runtime : new IllegalStateException(exception);
	}

	/** @return the failure of the last command executed, or {@code null}; forgets it */
	public RuntimeException takeRefusal() {
		RuntimeException taken = refusal;
		refusal = null;
		return taken;
	}
}
