package org.policylens.coding;

/**
 * A coding that cannot be made: the document, clause or span does not exist, the code is a
 * category or belongs to another study. The message names the document and clause.
 */
public class CodingException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what is wrong, naming the document and clause */
	public CodingException(String message) {
		super(message);
	}
}
