package org.policylens.codebook.edit.internal;

import org.eclipse.emf.common.command.AbstractCommand;

/** A command that cannot execute, with the reason as its description (for the user). */
public final class RefusedCommand extends AbstractCommand {

	/** @param reason why the edit is refused */
	public RefusedCommand(String reason) {
		super("Refused", reason);
	}

	@Override
	protected boolean prepare() {
		return false;
	}

	@Override
	public void execute() {
		throw new IllegalArgumentException(getDescription());
	}

	@Override
	public void redo() {
		execute();
	}
}
