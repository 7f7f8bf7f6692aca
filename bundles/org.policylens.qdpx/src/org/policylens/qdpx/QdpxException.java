package org.policylens.qdpx;

/**
 * A REFI-QDA project ({@code .qdpx}) is refused, or cannot be written: not a zip archive, an
 * unsafe or oversized archive, a {@code project.qde} that is malformed, declares a document type
 * or is not valid against the REFI-QDA project schema, a text that is not UTF-8, or a study that
 * cannot take the project. The message names the archive, the entry and, where the parser knows
 * them, the line and column. When an import throws it, the study is as it was.
 */
public class QdpxException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;
	private final int column;

	/**
	 * @param message the message, naming the file
	 */
	public QdpxException(String message) {
		this(message, -1, -1, null);
	}

	/**
	 * @param message the message, naming the file, entry, line and column
	 * @param line    the line (1 first), or -1
	 * @param column  the column (1 first), or -1
	 * @param cause   the underlying exception, or {@code null}
	 */
	public QdpxException(String message, int line, int column, Throwable cause) {
		super(message, cause);
		this.line = line;
		this.column = column;
	}

	/** @return the line of {@code project.qde} the problem is on (1 first), or -1 */
	public int getLine() {
		return line;
	}

	/** @return the column (1 first), or -1 */
	public int getColumn() {
		return column;
	}
}
