package org.policylens.p2.internal.commands;

import java.util.List;
import java.util.Set;

import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.p2.Installation;
import org.policylens.p2.InstalledPlugin;
import org.policylens.p2.PluginInstaller;

/** {@code policylens plugins uninstall IU-ID...}: removes plugins that were installed. */
public final class PluginsUninstallCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of(Installations.OPTION), Set.of());
		List<String> ids = args.positionals();
		if (ids.isEmpty()) {
			throw CommandException.usage("name the plugins to uninstall ('policylens plugins installed' lists them)");
		}
		try (Installation installation = Installations.open(args)) {
			PluginInstaller installer = new PluginInstaller(installation);
			List<InstalledPlugin> removed = context.runWithProgress(monitor -> installer.uninstall(ids, monitor));
			removed.forEach(plugin -> context.out().println("Uninstalled " + plugin.id() + "  " + plugin.version()));
			context.out().println(Installations.restartNote(installation));
			return ExitCodes.OK;
		}
	}
}
