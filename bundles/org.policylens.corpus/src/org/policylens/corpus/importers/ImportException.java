package org.policylens.corpus.importers;

/**
 * A file that cannot be imported, with the reason in words for the user.
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param reason why the file cannot be imported */
	public ImportException(String reason) {
		super(reason);
	}

	/**
	 * @param reason why the file cannot be imported
	 * @param cause  the exception behind it
	 */
	public ImportException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
