package org.policylens.coword.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The files of one export. The file the user named is the part {@code ""}; an exporter that writes
 * more than one file (Pajek's {@code .net} and {@code .clu}, VOSviewer's map and network files, the
 * CSV tables) names the others by a suffix that replaces the extension of that file:
 * {@code map.net} and {@code ".clu"} give {@code map.clu}.
 *
 * @see FileTarget
 * @see MemoryTarget
 */
public interface ExportTarget {

	/**
	 * @param part {@code ""} for the file the user named, else a suffix such as {@code ".clu"} or {@code "-nodes.csv"}
	 * @return a stream for that part; the exporter closes it
	 * @throws IOException if it cannot be opened, or the part was opened already
	 */
	OutputStream open(String part) throws IOException;

	/**
	 * @param fileName the name the user gave, e.g. {@code map.net}
	 * @param part     a part as passed to {@link #open(String)}
	 * @return the name of that part's file, e.g. {@code map.clu}
	 */
	static String partName(String fileName, String part) {
		if (part.isEmpty()) {
			return fileName;
		}
		int dot = fileName.lastIndexOf('.');
		String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
		return stem + part;
	}
}
