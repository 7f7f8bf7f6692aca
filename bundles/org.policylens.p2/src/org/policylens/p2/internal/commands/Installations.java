package org.policylens.p2.internal.commands;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.policylens.cli.Arguments;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.p2.Installation;

/** The installation a {@code plugins} subcommand works on: {@code --installation DIR}, else this one. */
final class Installations {

	static final String OPTION = "installation"; //$NON-NLS-1$

	private Installations() {
	}

	static Installation open(Arguments args) throws CommandException {
		String folder = args.option(OPTION);
		try {
			return folder == null ? Installation.running() : Installation.at(Path.of(folder));
		} catch (CoreException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getStatus().getMessage(), e);
		}
	}

	static String restartNote(Installation installation) {
		return installation.isRunning() ? "Restart PolicyLens to use the change: plugins are added and removed when it starts."
				: "The change applies when PolicyLens in " + installation + " starts next.";
	}
}
