package org.policylens.study;

import java.nio.file.Path;

/**
 * A study cannot be created, opened or saved. The message names the study folder or file and,
 * where the file is at fault, the line; it is meant to be shown to the user as it is.
 */
public class StudyException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong, for callers (and the CLI's exit codes) that react differently. */
	public enum Reason {
		/** the folder is not a study, or a study is already there */
		NOT_A_STUDY,
		/** the study file is damaged or not a study file */
		INVALID,
		/** the study was written by a newer PolicyLens */
		NEWER_SCHEMA,
		/** another program changed the study since it was opened */
		CONFLICT,
		/** the history would lose or change events */
		LEDGER_REWRITTEN,
		/** reading or writing the disk failed */
		IO
	}

	private final Reason reason;
	private final transient Path path;

	public StudyException(Reason reason, Path path, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.path = path;
	}

	public StudyException(Reason reason, Path path, String message) {
		this(reason, path, message, null);
	}

	/** @return what went wrong */
	public Reason getReason() {
		return reason;
	}

	/** @return the study folder or file concerned */
	public Path getPath() {
		return path;
	}
}
