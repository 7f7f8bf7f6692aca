package org.policylens.cli;

/**
 * The exit codes of {@code policylens <command>}, which scripts can rely on.
 */
public final class ExitCodes {

	/** The command did what was asked. */
	public static final int OK = 0;
	/** The command failed: a file could not be read or written, an analysis failed. */
	public static final int FAILURE = 1;
	/** The command line was wrong: unknown command or option, missing argument. */
	public static final int USAGE = 2;
	/** The study folder is not a study, is damaged, or was written by a newer PolicyLens. */
	public static final int STUDY = 3;
	/** The user interrupted the command (Ctrl-C); the study was left as it was. */
	public static final int CANCELED = 130;

	private ExitCodes() {
	}
}
