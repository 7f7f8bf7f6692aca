package org.policylens.p2.internal.commands;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Set;

import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.p2.AvailableFeature;
import org.policylens.p2.InstallResult;
import org.policylens.p2.Installation;
import org.policylens.p2.InstalledPlugin;
import org.policylens.p2.PluginInstaller;
import org.policylens.p2.UpdateSites;

/**
 * {@code policylens plugins install --repository URL|FOLDER [--list] [IU-ID...]}: lists the features
 * of an update site, installs the given ones into this PolicyLens (or {@code --installation DIR}).
 */
public final class PluginsInstallCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("repository", Installations.OPTION), Set.of("list")); //$NON-NLS-1$ //$NON-NLS-2$
		URI site = site(args.required("repository")); //$NON-NLS-1$
		List<String> ids = args.positionals();
		if (ids.isEmpty() && !args.flag("list")) { //$NON-NLS-1$
			throw CommandException.usage("name the features to install (IU-ID...), or add --list to see what " + site + " offers");
		}
		PrintStream out = context.out();
		try (Installation installation = Installations.open(args)) {
			PluginInstaller installer = new PluginInstaller(installation);
			if (args.flag("list")) { //$NON-NLS-1$
				list(out, site, context.runWithProgress(monitor -> installer.available(site, monitor)));
				if (ids.isEmpty()) {
					return ExitCodes.OK;
				}
			}
			InstallResult result = context.runWithProgress(monitor -> installer.install(site, ids, monitor));
			PluginPrinter printer = new PluginPrinter(out, false);
			for (InstalledPlugin plugin : result.unchanged()) {
				out.println("Installed already: " + plugin.id() + "  " + plugin.version());
			}
			if (!result.installed().isEmpty()) {
				out.println("Installed into " + installation + ":");
				result.installed().forEach(printer::print);
				out.println(Installations.restartNote(installation));
			}
			return ExitCodes.OK;
		}
	}

	private static void list(PrintStream out, URI site, List<AvailableFeature> features) {
		if (features.isEmpty()) {
			out.println("The update site " + site + " offers no features.");
			return;
		}
		int idWidth = features.stream().mapToInt(f -> f.id().length()).max().orElse(10);
		int versionWidth = features.stream().mapToInt(f -> f.version().length()).max().orElse(5);
		for (AvailableFeature feature : features) {
			out.println(pad(feature.id(), idWidth) + "  " + pad(feature.version(), versionWidth) + "  " + feature.name() //$NON-NLS-1$ //$NON-NLS-2$
					+ (feature.installed() ? "  (installed)" : "")); //$NON-NLS-1$
		}
	}

	static URI site(String text) throws CommandException {
		try {
			return UpdateSites.location(text);
		} catch (IllegalArgumentException e) {
			throw CommandException.usage("--repository: " + e.getMessage());
		}
	}

	private static String pad(String s, int width) {
		return s + " ".repeat(Math.max(0, width - s.length())); //$NON-NLS-1$
	}
}
