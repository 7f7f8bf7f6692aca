package org.policylens.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.CommandInfo;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.study.StudyStore;

/**
 * The command line: global options, then a command word, then the command's own arguments.
 * <pre>
 * policylens [--as NAME] [--quiet] COMMAND [SUBCOMMAND] [ARGS...]
 * </pre>
 * A subcommand is run by its own contribution when a plugin contributes it ({@code plugins
 * install}), otherwise the command gets the word as its first argument ({@code study create}).
 * Kept apart from the Equinox application so that tests run it in-process with their own streams.
 */
public final class Cli {

	private final CommandRegistryReader commands;
	private final StudyStore store;
	private final Map<String, String> environment;
	private final boolean interactive;
	private final LongSupplier clock;

	/**
	 * @param commands    a started reader of the commands extension point
	 * @param store       the study store
	 * @param environment the process environment ({@code POLICYLENS_USER}, {@code USER})
	 * @param interactive whether standard error is a terminal
	 * @param clock       nanosecond clock for progress
	 */
	public Cli(CommandRegistryReader commands, StudyStore store, Map<String, String> environment, boolean interactive,
			LongSupplier clock) {
		this.commands = commands;
		this.store = store;
		this.environment = environment;
		this.interactive = interactive;
		this.clock = clock;
	}

	/**
	 * @param args the command line
	 * @param out  standard output
	 * @param err  standard error
	 * @return the exit code
	 */
	public int run(String[] args, PrintStream out, PrintStream err) {
		List<String> rest = new ArrayList<>(Arrays.asList(args));
		String actor = environment.getOrDefault("POLICYLENS_USER", //$NON-NLS-1$
				environment.getOrDefault("USER", System.getProperty("user.name", "unknown"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		boolean quiet = false;
		while (!rest.isEmpty() && rest.get(0).startsWith("-")) { //$NON-NLS-1$
			String option = rest.remove(0);
			switch (option) {
			case "--as" -> { //$NON-NLS-1$
				if (rest.isEmpty()) {
					return usage(err, "option --as needs a name");
				}
				actor = rest.remove(0);
			}
			case "--quiet", "-q" -> quiet = true; //$NON-NLS-1$ //$NON-NLS-2$
			case "--help", "-h" -> rest.add(0, "help"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "--version" -> rest.add(0, "version"); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				return usage(err, "unknown option " + option + " (global options: --as NAME, --quiet)");
			}
			}
		}
		if (rest.isEmpty()) {
			rest.add("help"); //$NON-NLS-1$
		}
		String name = rest.remove(0);
		CommandDescriptor descriptor = commands.getDescriptor(name);
		if (!rest.isEmpty() && commands.getDescriptor(name + " " + rest.get(0)) != null) { //$NON-NLS-1$
			// a subcommand contributed to this command, maybe by another plugin
			name = name + " " + rest.remove(0); //$NON-NLS-1$
			descriptor = commands.getDescriptor(name);
		}
		if (descriptor == null) {
			return usage(err, "unknown command '" + name + "'" + suggestion(name) + "; 'policylens help' lists the commands");
		}
		Optional<ICommand> command = descriptor.getCommand();
		if (command.isEmpty()) {
			err.println("policylens: the command '" + name + "' from " + descriptor.getContributor()
					+ " cannot be started: " + descriptor.getFailure().map(p -> p.message()).orElse("unknown reason"));
			return ExitCodes.FAILURE;
		}
		CommandContext context = new CommandContext(name, rest, out, err, actor, interactive, quiet, clock, store,
				infos());
		try {
			return command.get().run(context);
		} catch (CommandException e) {
			err.println("policylens " + name + ": " + e.getMessage());
			if (e.getExitCode() == ExitCodes.USAGE) {
				err.println("Run 'policylens help " + name + "' for its usage.");
			}
			return e.getExitCode();
		} catch (RuntimeException e) {
			err.println("policylens " + name + ": internal error: " + e);
			e.printStackTrace(err);
			return ExitCodes.FAILURE;
		} finally {
			out.flush();
			err.flush();
		}
	}

	private List<CommandInfo> infos() {
		return commands.getDescriptors().stream().map(CommandDescriptor::getInfo)
				.sorted(Comparator.comparing(CommandInfo::path)).toList();
	}

	private String suggestion(String name) {
		return commands.getDescriptors().stream().map(CommandDescriptor::getId)
				.filter(candidate -> distance(candidate, name) <= 2).findFirst()
				.map(candidate -> " (did you mean '" + candidate + "'?)").orElse(""); //$NON-NLS-1$
	}

	private static int usage(PrintStream err, String message) {
		err.println("policylens: " + message);
		return ExitCodes.USAGE;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
