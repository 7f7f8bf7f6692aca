package org.policylens.coword.export;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.policylens.coword.CowordNetwork;

/**
 * Writes a co-word network in one file format. Contributed to the extension point
 * {@code org.policylens.coword.exporters}, which also names the exporter, its file extensions
 * and what it writes, so that lists of formats are shown without loading the exporter.
 * <p>
 * An exporter must be deterministic: the same network gives the same bytes (stable order,
 * numbers formatted without the default locale, {@code \n} line ends, no clock).
 */
public interface ICowordExporter {

	/**
	 * @param network the network to write (terms, links, clusters and the parameters it was built with)
	 * @param target  where to write: {@code target.open("")} is the file the user named; a format
	 *                of several files opens the others by suffix, e.g. {@code target.open(".clu")}
	 * @param options options of the export; an exporter ignores options it does not know
	 * @param monitor progress and cancelation
	 * @throws IOException if writing fails
	 */
	void write(CowordNetwork network, ExportTarget target, ExportOptions options, IProgressMonitor monitor) throws IOException;
}
