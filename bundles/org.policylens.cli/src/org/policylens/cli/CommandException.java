package org.policylens.cli;

/**
 * Ends a command with a message for the user and an exit code from {@link ExitCodes}.
 */
public class CommandException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	/**
	 * @param exitCode the exit code
	 * @param message  what went wrong, naming the file, line or record concerned
	 */
	public CommandException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	/**
	 * @param exitCode the exit code
	 * @param message  what went wrong
	 * @param cause    the exception behind it
	 */
	public CommandException(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	/**
	 * @param message what is wrong with the command line
	 * @return an exception with exit code {@link ExitCodes#USAGE}
	 */
	public static CommandException usage(String message) {
		return new CommandException(ExitCodes.USAGE, message);
	}

	/** @return the exit code */
	public int getExitCode() {
		return exitCode;
	}
}
