package org.policylens.codebook.qdc;

import org.policylens.codebook.CodebookException;

/**
 * A REFI-QDA codebook file is refused: too large, unsafe (a document type declaration, which
 * could pull in external entities), malformed XML, or not valid against the REFI-QDA schema. The
 * message names the file and, where the parser knows them, the line and column.
 */
public class QdcException extends CodebookException {

	private static final long serialVersionUID = 1L;

	private final int line;
	private final int column;

	/**
	 * @param message the message, naming the file, line and column
	 * @param line    the line (1 first), or -1
	 * @param column  the column (1 first), or -1
	 * @param cause   the parser's exception, or {@code null}
	 */
	public QdcException(String message, int line, int column, Throwable cause) {
		super(message, cause);
		this.line = line;
		this.column = column;
	}

	/** @return the line the problem is on (1 first), or -1 if it is not about one line */
	public int getLine() {
		return line;
	}

	/** @return the column (1 first), or -1 */
	public int getColumn() {
		return column;
	}
}
