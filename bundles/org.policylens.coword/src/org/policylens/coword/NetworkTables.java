package org.policylens.coword;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A network as CSV tables (RFC 4180): the terms with cluster, coordinates, weight, degree and
 * centralities; the links with both terms; the clusters with the strategic diagram. Numbers are
 * written with a dot and at most 6 decimals, so the same network gives the same bytes.
 */
public final class NetworkTables {

	private NetworkTables() {
	}

	/**
	 * @param network a network
	 * @param writer  where to
	 * @throws IOException if writing fails
	 */
	public static void writeTerms(CowordNetwork network, Writer writer) throws IOException {
		List<String> header = new ArrayList<>(List.of("id", "label", "frequency", "cluster", "x", "y", "weight", "links")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		header.addAll(CowordNetwork.CENTRALITIES);
		try (CSVPrinter printer = printer(writer, header)) {
			for (CowordNetwork.Term t : network.terms()) {
				List<Object> row = new ArrayList<>(List.of(t.index() + 1, t.label(), t.frequency(), t.cluster(),
						number(t.x()), number(t.y()), number(t.weight()), t.degree()));
				CowordNetwork.CENTRALITIES.forEach(key -> row.add(number(t.centralities().get(key))));
				printer.printRecord(row);
			}
		}
	}

	/**
	 * @param network a network
	 * @param writer  where to
	 * @throws IOException if writing fails
	 */
	public static void writeLinks(CowordNetwork network, Writer writer) throws IOException {
		try (CSVPrinter printer = printer(writer, List.of("source", "target", "source_label", "target_label", "count", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"strength"))) { //$NON-NLS-1$
			for (CowordNetwork.Link link : network.links()) {
				printer.printRecord(link.source() + 1, link.target() + 1, network.terms().get(link.source()).label(),
						network.terms().get(link.target()).label(), link.count(), number(link.strength()));
			}
		}
	}

	/**
	 * @param network a network
	 * @param writer  where to
	 * @throws IOException if writing fails
	 */
	public static void writeClusters(CowordNetwork network, Writer writer) throws IOException {
		try (CSVPrinter printer = printer(writer, List.of("cluster", "label", "terms", "centrality", "density", "quadrant"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			for (CowordNetwork.Cluster c : network.clusters()) {
				printer.printRecord(c.id(), c.label(), c.size(), number(c.centrality()), number(c.density()),
						c.quadrant().name().toLowerCase(java.util.Locale.ROOT));
			}
		}
	}

	/**
	 * @param value a number
	 * @return it with a dot and at most 6 decimals, without trailing zeros ("0.5", "12")
	 */
	public static String number(double value) {
		return AssociationRules.number(value);
	}

	private static CSVPrinter printer(Writer writer, List<String> header) throws IOException {
		return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
	}
}
