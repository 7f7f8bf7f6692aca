package org.policylens.coword.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.CowordNetwork.Link;
import org.policylens.coword.CowordNetwork.Term;
import org.policylens.coword.export.ExportOptions;
import org.policylens.coword.export.ExportTarget;
import org.policylens.coword.export.ICowordExporter;

/**
 * CSV tables, UTF-8 with a byte order mark so that Excel shows Chinese terms right (option
 * {@code bom=false} leaves it out), comma-separated, {@code \n} line ends: FILE holds the edges
 * (source, target, count, strength; terms by label), {@code FILE-nodes.csv} the terms (id, label,
 * frequency, cluster, x, y, links, link strength and the four centralities) and
 * {@code FILE-matrix.csv} the co-occurrence counts of every pair of terms, with each term's frequency
 * on the diagonal.
 */
public final class CsvExporter implements ICowordExporter {

	/** The suffix of the nodes table. */
	public static final String NODES = "-nodes.csv"; //$NON-NLS-1$
	/** The suffix of the matrix. */
	public static final String MATRIX = "-matrix.csv"; //$NON-NLS-1$

	/** Where x and y go in the nodes table: after id, label, frequency and cluster. */
	private static final int POSITION = 4;

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

	@Override
	public void write(CowordNetwork network, ExportTarget target, ExportOptions options, IProgressMonitor monitor) throws IOException {
		int n = network.terms().size();
		SubMonitor progress = SubMonitor.convert(monitor, "Writing CSV tables", network.links().size() + 2 * n);
		try (OutputStream out = target.open("")) { //$NON-NLS-1$
			CSVPrinter edges = printer(out, options);
			edges.printRecord("source", "target", "count", "strength"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			for (Link link : network.links()) {
				progress.split(1);
				edges.printRecord(network.terms().get(link.source()).label(), network.terms().get(link.target()).label(),
						Integer.toString(link.count()), Numbers.decimal(link.strength(), 6));
			}
			edges.flush();
		}
		try (OutputStream out = target.open(NODES)) {
			CSVPrinter nodes = printer(out, options);
			List<String> header = new ArrayList<>(List.of("id", "label")); //$NON-NLS-1$ //$NON-NLS-2$
			TermValues.COLUMNS.forEach(column -> header.add(column.name()));
			header.addAll(POSITION, List.of("x", "y")); //$NON-NLS-1$ //$NON-NLS-2$
			nodes.printRecord(header);
			for (Term term : network.terms()) {
				progress.split(1);
				List<String> row = new ArrayList<>(List.of(Integer.toString(term.index() + 1), term.label()));
				row.addAll(TermValues.of(term));
				row.addAll(POSITION, List.of(Numbers.decimal(term.x(), 6), Numbers.decimal(term.y(), 6)));
				nodes.printRecord(row);
			}
			nodes.flush();
		}
		try (OutputStream out = target.open(MATRIX)) {
			CSVPrinter matrix = printer(out, options);
			CooccurrenceMatrix counts = network.matrix();
			List<String> header = new ArrayList<>(n + 1);
			header.add("term"); //$NON-NLS-1$
			network.terms().forEach(t -> header.add(t.label()));
			matrix.printRecord(header);
			for (Term row : network.terms()) {
				progress.split(1);
				List<String> cells = new ArrayList<>(n + 1);
				cells.add(row.label());
				for (Term column : network.terms()) {
					cells.add(Integer.toString(row.index() == column.index() ? row.frequency() : counts.count(row.index(), column.index())));
				}
				matrix.printRecord(cells);
			}
			matrix.flush();
		}
	}

	@SuppressWarnings("resource") // closing the printer would close the target's stream, which the caller closes
	private static CSVPrinter printer(OutputStream out, ExportOptions options) throws IOException {
		if (options.bom()) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		return new CSVPrinter(writer, FORMAT);
	}
}
