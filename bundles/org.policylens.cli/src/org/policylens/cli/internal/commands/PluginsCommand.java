package org.policylens.cli.internal.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.common.plugins.ContributionInfo;
import org.policylens.common.plugins.ExtensionPointCatalog;
import org.policylens.common.plugins.ExtensionPointInfo;

/**
 * {@code policylens plugins [--tsv] [--no-check]}: every PolicyLens extension point and what each
 * plugin contributes to it, with problems found. Exit code 1 when a contribution is broken.
 */
public final class PluginsCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of(), Set.of("tsv", "no-check")); //$NON-NLS-1$ //$NON-NLS-2$
		if (!args.positionals().isEmpty()) {
			// subcommands (plugins install, ...) come from other plugins and are dispatched before this
			List<String> subcommands = context.commands().stream().filter(c -> c.parent().equals(context.commandName()))
					.map(c -> c.name()).toList();
			throw CommandException.usage("'" + context.commandName() + "' has no subcommand '" + args.positionals().get(0) + "'"
					+ (subcommands.isEmpty() ? "" : "; its subcommands: " + String.join(", ", subcommands))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<ExtensionPointInfo> points = new ExtensionPointCatalog(Platform.getExtensionRegistry(), "org.policylens") //$NON-NLS-1$
				.read(!args.flag("no-check")); //$NON-NLS-1$
		PrintStream out = context.out();
		long broken = points.stream().mapToLong(ExtensionPointInfo::brokenCount).sum();
		if (args.flag("tsv")) { //$NON-NLS-1$
			out.println("extension_point\tcontributor\telement\tid\tlabel\tclass\tstatus"); //$NON-NLS-1$
			for (ExtensionPointInfo point : points) {
				for (ContributionInfo c : point.contributions()) {
					out.println(String.join("\t", point.id(), c.contributor(), c.element(), c.id(), c.label(), //$NON-NLS-1$
							c.className(), c.isOk() ? "ok" : "broken: " + String.join("; ", c.problems()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			return broken == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
		}
		for (ExtensionPointInfo point : points) {
			out.println(point.id() + "  \u2014 " + point.label() + "  (declared by " + point.declaringBundle() + ", "
					+ point.contributions().size() + " contribution(s))");
			int idWidth = point.contributions().stream().mapToInt(c -> c.id().length()).max().orElse(4);
			int bundleWidth = point.contributions().stream().mapToInt(c -> c.contributor().length()).max().orElse(4);
			for (ContributionInfo c : point.contributions()) {
				out.println("  " + (c.isOk() ? "  " : "! ") + pad(c.id(), idWidth) + "  " + pad(c.contributor(), bundleWidth) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ "  " + c.label()); //$NON-NLS-1$
				for (String problem : c.problems()) {
					out.println("      broken: " + problem);
				}
			}
			out.println();
		}
		out.println(points.size() + " extension point(s), "
				+ points.stream().mapToInt(p -> p.contributions().size()).sum() + " contribution(s), " + broken
				+ " broken");
		return broken == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
	}

	private static String pad(String s, int width) {
		return s + " ".repeat(Math.max(0, width - s.length())); //$NON-NLS-1$
	}
}
