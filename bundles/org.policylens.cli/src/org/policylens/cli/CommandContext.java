package org.policylens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.policylens.common.progress.ProgressTask;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;

/**
 * Everything a command gets: its arguments, the output streams, who is running it, progress
 * reporting, the study store and the list of all commands.
 */
public final class CommandContext {

	private final String commandName;
	private final List<String> arguments;
	private final PrintStream out;
	private final PrintStream err;
	private final String actor;
	private final boolean interactive;
	private final boolean quiet;
	private final LongSupplier clock;
	private final StudyStore store;
	private final List<CommandInfo> commands;

	/**
	 * @param commandName the name the command was called by
	 * @param arguments   the arguments after it
	 * @param out         standard output, for results
	 * @param err         standard error, for messages and progress
	 * @param actor       who runs it (recorded in the study ledger)
	 * @param interactive whether {@code err} is a terminal (progress is drawn in place)
	 * @param quiet       whether progress is hidden
	 * @param clock       nanosecond clock for progress
	 * @param store       the study store
	 * @param commands    every command, for help
	 */
	public CommandContext(String commandName, List<String> arguments, PrintStream out, PrintStream err, String actor,
			boolean interactive, boolean quiet, LongSupplier clock, StudyStore store, List<CommandInfo> commands) {
		this.commandName = commandName;
		this.arguments = List.copyOf(arguments);
		this.out = out;
		this.err = err;
		this.actor = actor;
		this.interactive = interactive;
		this.quiet = quiet;
		this.clock = clock;
		this.store = store;
		this.commands = List.copyOf(commands);
	}

	/** @return the name this command was called by */
	public String commandName() {
		return commandName;
	}

	/**
	 * For commands with subcommands ({@code study create ...}): the same context without the
	 * first argument, named after it.
	 *
	 * @return the context of the subcommand
	 * @throws CommandException (usage) if there is no first argument
	 */
	public CommandContext subcommand() throws CommandException {
		if (arguments.isEmpty()) {
			throw CommandException.usage("'" + commandName + "' needs a subcommand");
		}
		return new CommandContext(commandName + " " + arguments.get(0), arguments.subList(1, arguments.size()), out, //$NON-NLS-1$
				err, actor, interactive, quiet, clock, store, commands);
	}

	/** @return the raw arguments after the command name */
	public List<String> arguments() {
		return arguments;
	}

	/**
	 * @param valuedOptions options that take a value
	 * @param flags         options that take none
	 * @return the parsed arguments
	 * @throws CommandException (usage) for unknown options
	 */
	public Arguments parse(Set<String> valuedOptions, Set<String> flags) throws CommandException {
		return Arguments.parse(arguments, valuedOptions, flags);
	}

	/** @return standard output: results that scripts read */
	public PrintStream out() {
		return out;
	}

	/** @return standard error: messages and progress */
	public PrintStream err() {
		return err;
	}

	/** @return who runs the command ({@code --as}, else {@code $POLICYLENS_USER}, else the login name) */
	public String actor() {
		return actor;
	}

	/** @return every command, sorted by name */
	public List<CommandInfo> commands() {
		return commands;
	}

	/** @return the study store */
	public StudyStore studyStore() {
		return store;
	}

	/**
	 * Runs long work with a progress bar on standard error; Ctrl-C cancels it.
	 *
	 * @param task the work
	 * @return its result
	 * @throws CommandException {@link ExitCodes#CANCELED} when canceled, {@link ExitCodes#FAILURE}
	 *                          with the task's message when it fails
	 */
	public <T> T runWithProgress(ProgressTask<T> task) throws CommandException {
		try {
			PrintStream progress = quiet ? new PrintStream(java.io.OutputStream.nullOutputStream()) : err;
			return ProgressTasks.runInConsole(task, progress, interactive, clock);
		} catch (OperationCanceledException e) {
			throw new CommandException(ExitCodes.CANCELED, "canceled; nothing was changed");
		} catch (CoreException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getStatus().getMessage(), e);
		}
	}

	/**
	 * @param args arguments parsed with a {@code study} option
	 * @return the study named by {@code --study DIR}, opened
	 * @throws CommandException (usage) without {@code --study}, ({@link ExitCodes#STUDY}) if it
	 *                          cannot be opened
	 */
	public OpenStudy openStudy(Arguments args) throws CommandException {
		Path dir = Path.of(args.required("study")); //$NON-NLS-1$
		try {
			return store.open(dir);
		} catch (StudyException e) {
			throw toCommandException(e);
		}
	}

	/**
	 * @param study a study this command changed
	 * @throws CommandException if it cannot be saved
	 */
	public void save(OpenStudy study) throws CommandException {
		try {
			store.save(study);
		} catch (StudyException e) {
			throw toCommandException(e);
		}
	}

	/**
	 * @param e a study problem
	 * @return the command exception with the matching exit code
	 */
	public static CommandException toCommandException(StudyException e) {
		int code = e.getReason() == StudyException.Reason.IO ? ExitCodes.FAILURE : ExitCodes.STUDY;
		return new CommandException(code, e.getMessage(), e);
	}
}
