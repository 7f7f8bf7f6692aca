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
 * Pajek: {@code FILE.net} lists the vertices (number from 1, label in quotes, x and y in Pajek's
 * unit square) and the undirected {@code *Edges} with their weight, the co-occurrence count (option
 * {@code weight=strength}); {@code FILE.clu} is the partition: the cluster of each vertex, one a line.
 * <p>
 * The VOS layout is scaled into 0.05..0.95 with its aspect ratio kept and y turned over, because
 * Pajek's y axis points down. A {@code "} in a label becomes {@code '}. UTF-8 without byte order mark.
 */
public final class PajekExporter implements ICowordExporter {

	@Override
	public void write(CowordNetwork network, ExportTarget target, ExportOptions options, IProgressMonitor monitor) throws IOException {
		ExportOptions.Weight weight = options.weight(ExportOptions.Weight.COUNT);
		SubMonitor progress = Provenance.progress(monitor, "Writing Pajek files", network);
		double minX = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		for (Term term : network.terms()) {
			minX = Math.min(minX, term.x());
			maxX = Math.max(maxX, term.x());
			minY = Math.min(minY, term.y());
			maxY = Math.max(maxY, term.y());
		}
		double range = Math.max(Math.max(maxX - minX, maxY - minY), 1e-12);
		try (OutputStream out = target.open("")) { //$NON-NLS-1$
			Writer net = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			net.write("*Vertices " + network.terms().size() + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			for (Term term : network.terms()) {
				progress.split(1);
				double x = 0.05 + 0.9 * (term.x() - minX) / range;
				double y = 0.05 + 0.9 * (maxY - term.y()) / range;
				net.write((term.index() + 1) + " \"" + term.label().replace('"', '\'').replaceAll("\\s", " ") + "\" " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ Numbers.fixed(x, 4) + " " + Numbers.fixed(y, 4) + " 0.5000\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			net.write("*Edges\n"); //$NON-NLS-1$
			for (Link link : network.links()) {
				progress.split(1);
				net.write((link.source() + 1) + " " + (link.target() + 1) + " " //$NON-NLS-1$ //$NON-NLS-2$
						+ (weight == ExportOptions.Weight.COUNT ? Integer.toString(link.count()) : Numbers.decimal(link.strength(), 6))
						+ "\n"); //$NON-NLS-1$
			}
			net.flush();
		}
		try (OutputStream out = target.open(".clu")) { //$NON-NLS-1$
			Writer clu = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			clu.write("*Vertices " + network.terms().size() + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			for (Term term : network.terms()) {
				clu.write(term.cluster() + "\n"); //$NON-NLS-1$
			}
			clu.flush();
		}
	}
}
