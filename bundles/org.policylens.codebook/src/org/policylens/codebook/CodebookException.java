package org.policylens.codebook;

/**
 * A codebook file cannot be read or written: a contributed {@code .codebook} file that is
 * missing or damaged, a REFI-QDA {@code .qdc} file that is malformed, invalid or unsafe, or a
 * codebook that cannot be expressed in the format asked for. The message names the file (and the
 * line and column where the file is at fault) and is meant to be shown to the user as it is.
 */
public class CodebookException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what went wrong, naming the file */
	public CodebookException(String message) {
		super(message);
	}

	/**
	 * @param message what went wrong, naming the file
	 * @param cause   the exception behind it
	 */
	public CodebookException(String message, Throwable cause) {
		super(message, cause);
	}
}
