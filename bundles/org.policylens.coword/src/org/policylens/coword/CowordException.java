package org.policylens.coword;

/**
 * A co-word analysis that cannot give a meaningful result, with a message that says what was
 * found and what to change, or input that cannot be read, with the file and line or record.
 */
public class CowordException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why there is no network. */
	public enum Reason {
		/** A file or document cannot be read, or is not in the format it claims. */
		BAD_INPUT,
		/** The source has no unit with a term. */
		NO_UNITS,
		/** No term passes the selection (minimum frequency, exclusions). */
		NO_TERMS,
		/** Only one term passes the selection: nothing can co-occur with it. */
		SINGLE_TERM,
		/** The selected terms never co-occur, or no link reaches the minimum strength. */
		NO_LINKS,
		/** A parameter is out of range or names something that is not installed (a measure). */
		BAD_PARAMETER
	}

	private final Reason reason;

	/**
	 * @param reason  why
	 * @param message what was found and what to change, e.g. "no term occurs in 5 or more units
	 *                (the most frequent, 数据, occurs in 3): lower the minimum frequency"
	 */
	public CowordException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/**
	 * @param reason  why
	 * @param message what went wrong, naming the file and line or record
	 * @param cause   the underlying failure
	 */
	public CowordException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	/** @return why there is no result */
	public Reason reason() {
		return reason;
	}
}
