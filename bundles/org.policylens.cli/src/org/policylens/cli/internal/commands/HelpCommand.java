package org.policylens.cli.internal.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.CommandInfo;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;

/** {@code policylens help [COMMAND [SUBCOMMAND]]}. */
public final class HelpCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of(), Set.of());
		PrintStream out = context.out();
		if (args.positionals().isEmpty()) {
			overview(context, out);
			return ExitCodes.OK;
		}
		String name = String.join(" ", args.positionals()); //$NON-NLS-1$
		CommandInfo info = context.commands().stream().filter(c -> c.path().equals(name)).findFirst()
				.orElseThrow(() -> CommandException.usage("no command '" + name + "'; 'policylens help' lists them"));
		List<CommandInfo> subcommands = context.commands().stream().filter(c -> c.parent().equals(info.path()))
				.toList();
		out.println(info.path() + " \u2014 " + info.summary());
		out.println();
		out.println("Usage:");
		if (info.usage().isEmpty()) {
			out.println("  policylens " + info.path());
		}
		info.usage().forEach(line -> out.println("  policylens " + line));
		subcommands.forEach(sub -> sub.usage().forEach(line -> out.println("  policylens " + line)));
		if (!info.description().isEmpty()) {
			out.println();
			info.description().lines().forEach(line -> out.println(line.strip().isEmpty() ? "" : "  " + line.strip()));
		}
		out.println();
		out.println("(contributed by " + info.contributor() + ")");
		if (!subcommands.isEmpty()) {
			out.println();
			out.println("Subcommands from plugins ('policylens help " + info.path() + " SUBCOMMAND' for one):");
			int width = subcommands.stream().mapToInt(c -> c.name().length()).max().orElse(8);
			subcommands.forEach(sub -> out.println("  " + pad(sub.name(), width) + "  " + sub.summary() + "  (" + sub.contributor() + ")"));
		}
		return ExitCodes.OK;
	}

	private static void overview(CommandContext context, PrintStream out) {
		out.println("PolicyLens \u2014 policy-text research: systematic review, corpus, co-word analysis, policy-tool coding.");
		out.println();
		out.println("Usage: policylens [--as NAME] [--quiet] COMMAND [OPTIONS]");
		out.println("       policylens                 (no command: starts the desktop product)");
		out.println();
		out.println("Commands:");
		int width = context.commands().stream().mapToInt(c -> c.path().length()).max().orElse(8);
		for (CommandInfo info : context.commands()) {
			out.println("  " + pad(info.path(), width) + "  " + info.summary());
		}
		out.println();
		out.println("Global options:");
		out.println("  --as NAME   who is working, recorded in the study's history (default: $POLICYLENS_USER, else the login name)");
		out.println("  --quiet     no progress bars");
		out.println();
		out.println("'policylens help COMMAND' shows the options of one command.");
		out.println("Exit codes: 0 done, 1 failed, 2 wrong command line, 3 study cannot be opened, 130 interrupted.");
	}

	private static String pad(String s, int width) {
		return s + " ".repeat(Math.max(0, width - s.length()));
	}
}
