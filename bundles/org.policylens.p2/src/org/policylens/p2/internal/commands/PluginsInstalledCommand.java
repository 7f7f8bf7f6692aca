package org.policylens.p2.internal.commands;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.p2.Installation;
import org.policylens.p2.InstalledPlugin;
import org.policylens.p2.PluginInstaller;

/**
 * {@code policylens plugins installed}: the plugins installed besides PolicyLens itself, each with
 * its bundles, their state and what they contribute.
 */
public final class PluginsInstalledCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of(Installations.OPTION), Set.of());
		if (!args.positionals().isEmpty()) {
			throw CommandException.usage("unexpected argument '" + args.positionals().get(0) + "'");
		}
		try (Installation installation = Installations.open(args)) {
			List<InstalledPlugin> plugins = new PluginInstaller(installation).installed();
			if (plugins.isEmpty()) {
				context.err().println("No plugins are installed in " + installation + " besides PolicyLens itself.");
				return ExitCodes.OK;
			}
			PluginPrinter printer = new PluginPrinter(context.out(), installation.isRunning());
			plugins.forEach(printer::print);
			return ExitCodes.OK;
		} catch (CoreException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getStatus().getMessage(), e);
		}
	}
}
