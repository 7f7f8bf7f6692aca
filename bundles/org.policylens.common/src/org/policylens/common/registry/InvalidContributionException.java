package org.policylens.common.registry;

/**
 * Thrown by {@link RegistryReader#readElement} when a contribution is malformed, e.g. a required
 * attribute is missing. The reader logs the message with the contributing bundle and skips the
 * element; it never stops reading the other contributions.
 */
public class InvalidContributionException extends Exception {

	private static final long serialVersionUID = 1L;

	public InvalidContributionException(String message) {
		super(message);
	}

	public InvalidContributionException(String message, Throwable cause) {
		super(message, cause);
	}
}
