package org.policylens.cli;

/**
 * A command of the {@code policylens} command line, contributed through the extension point
 * {@code org.policylens.cli.commands}. The command's name, summary and usage lines are declared in
 * {@code plugin.xml}, so that {@code policylens help} lists every command without loading any.
 * <p>
 * A command reads its arguments from the context, prints results to {@link CommandContext#out()}
 * (so that scripts can pipe them) and messages to {@link CommandContext#err()}, shows progress of
 * long work with {@link CommandContext#runWithProgress}, and returns an exit code from
 * {@link ExitCodes}. It reports bad arguments and failures by throwing {@link CommandException}.
 */
public interface ICommand {

	/**
	 * @param context the arguments after the command name, the output streams and helpers
	 * @return the exit code, usually {@link ExitCodes#OK}
	 * @throws CommandException with the exit code and the message to print
	 */
	int run(CommandContext context) throws CommandException;
}
