package org.policylens.coword.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.CowordNetwork.Link;
import org.policylens.coword.CowordNetwork.Term;
import org.policylens.coword.export.ExportOptions;
import org.policylens.coword.export.ExportTarget;
import org.policylens.coword.export.ICowordExporter;

/**
 * VOSviewer's map and network files (VOSviewer manual, "Map and network files"), tab-separated,
 * UTF-8. The map file FILE has the columns {@code id} (from 1), {@code label}, {@code x}, {@code y},
 * {@code cluster}, {@code weight<Links>} (number of links), {@code weight<Total link strength>} and
 * {@code weight<Occurrences>} (the term's frequency); the network file {@code FILE-network.txt} has
 * one link a line: the two ids and the link strength, without a header.
 * <p>
 * VOSviewer normalises raw co-occurrence counts itself, so link strength is the count by default;
 * with {@code weight=strength} it is the strength of the network's measure (and the total link
 * strength its sum). A label with a comma, a semicolon or a quote is quoted, as the manual asks.
 */
public final class VosviewerExporter implements ICowordExporter {

	/** The suffix of the network file. */
	public static final String NETWORK = "-network.txt"; //$NON-NLS-1$

	@Override
	public void write(CowordNetwork network, ExportTarget target, ExportOptions options, IProgressMonitor monitor) throws IOException {
		boolean counts = options.weight(ExportOptions.Weight.COUNT) == ExportOptions.Weight.COUNT;
		SubMonitor progress = Provenance.progress(monitor, "Writing VOSviewer files", network);
		double[] total = new double[network.terms().size()];
		for (Link link : network.links()) {
			double value = counts ? link.count() : link.strength();
			total[link.source()] += value;
			total[link.target()] += value;
		}
		try (OutputStream out = target.open("")) { //$NON-NLS-1$
			Writer map = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			map.write("id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>\n"); //$NON-NLS-1$
			for (Term term : network.terms()) {
				progress.split(1);
				map.write((term.index() + 1) + "\t" + label(term.label()) + "\t" + Numbers.fixed(term.x(), 4) + "\t" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ Numbers.fixed(term.y(), 4) + "\t" + term.cluster() + "\t" + term.degree() + "\t" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ Numbers.decimal(total[term.index()], 4) + "\t" + term.frequency() + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			map.flush();
		}
		try (OutputStream out = target.open(NETWORK)) {
			Writer links = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			for (Link link : network.links()) {
				progress.split(1);
				links.write((link.source() + 1) + "\t" + (link.target() + 1) + "\t" //$NON-NLS-1$ //$NON-NLS-2$
						+ (counts ? Integer.toString(link.count()) : Numbers.decimal(link.strength(), 6)) + "\n"); //$NON-NLS-1$
			}
			links.flush();
		}
	}

	static String label(String label) {
		String flat = label.replaceAll("[\\t\\r\\n]", " "); //$NON-NLS-1$ //$NON-NLS-2$
		if (flat.contains(",") || flat.contains(";") || flat.contains("\"")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return "\"" + flat.replace("\"", "\"\"") + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return flat;
	}
}
