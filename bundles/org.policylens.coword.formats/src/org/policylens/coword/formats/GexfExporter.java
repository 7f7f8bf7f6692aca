package org.policylens.coword.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.coword.ClusterColours;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.CowordNetwork.Link;
import org.policylens.coword.CowordNetwork.Term;
import org.policylens.coword.export.ExportOptions;
import org.policylens.coword.export.ExportTarget;
import org.policylens.coword.export.ICowordExporter;

/**
 * GEXF 1.3 for Gephi: one node per term with {@code viz:position} (the VOS layout × 100, so that
 * Gephi's default sizes fit), {@code viz:color} (its cluster's colour, {@link ClusterColours}) and
 * {@code viz:size} (its frequency), and the attributes frequency, cluster, links, link strength and
 * the four centralities; one undirected edge per link, weighted by strength (option
 * {@code weight=count}), with count and strength as attributes. The meta element names PolicyLens
 * and the parameters, with the seed; it has no date, so that exports of the same network are
 * byte-identical.
 */
public final class GexfExporter implements ICowordExporter {

	/** The GEXF 1.3 namespace. */
	public static final String NAMESPACE = "http://gexf.net/1.3"; //$NON-NLS-1$
	/** The namespace of its visualisation module. */
	public static final String VIZ_NAMESPACE = "http://gexf.net/1.3/viz"; //$NON-NLS-1$

	private static final double SCALE = 100;

	@Override
	public void write(CowordNetwork network, ExportTarget target, ExportOptions options, IProgressMonitor monitor) throws IOException {
		ExportOptions.Weight weight = options.weight(ExportOptions.Weight.STRENGTH);
		SubMonitor progress = Provenance.progress(monitor, "Writing GEXF", network);
		try (OutputStream out = target.open("")) { //$NON-NLS-1$
			XmlOut xml = new XmlOut(out);
			xml.start("gexf", "xmlns", NAMESPACE, "xmlns:viz", VIZ_NAMESPACE, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance", //$NON-NLS-1$ //$NON-NLS-2$
					"xsi:schemaLocation", NAMESPACE + " " + NAMESPACE + "/gexf.xsd", "version", "1.3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			xml.start("meta").text("creator", Provenance.CREATOR).text("keywords", "co-word network") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.text("description", Provenance.describe(network)).end(); //$NON-NLS-1$
			xml.start("graph", "defaultedgetype", "undirected", "mode", "static"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			declareAttributes(xml);
			xml.start("nodes", "count", Integer.toString(network.terms().size())); //$NON-NLS-1$ //$NON-NLS-2$
			for (Term term : network.terms()) {
				progress.split(1);
				node(xml, term);
			}
			xml.end();
			xml.start("edges", "count", Integer.toString(network.links().size())); //$NON-NLS-1$ //$NON-NLS-2$
			int id = 0;
			for (Link link : network.links()) {
				progress.split(1);
				xml.start("edge", "id", Integer.toString(id++), "source", Integer.toString(link.source()), "target", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						Integer.toString(link.target()), "weight", //$NON-NLS-1$
						weight == ExportOptions.Weight.COUNT ? Integer.toString(link.count()) : Numbers.decimal(link.strength(), 6));
				xml.start("attvalues"); //$NON-NLS-1$
				value(xml, "count", Integer.toString(link.count())); //$NON-NLS-1$
				value(xml, "strength", Numbers.decimal(link.strength(), 6)); //$NON-NLS-1$
				xml.end().end();
			}
			xml.finish();
		}
	}

	private static void declareAttributes(XmlOut xml) throws IOException {
		xml.start("attributes", "class", "node"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (TermValues.Column column : TermValues.COLUMNS) {
			attribute(xml, column.name(), column.integer() ? "integer" : "double"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		xml.end();
		xml.start("attributes", "class", "edge"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		attribute(xml, "count", "integer"); //$NON-NLS-1$ //$NON-NLS-2$
		attribute(xml, "strength", "double"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.end();
	}

	private static void attribute(XmlOut xml, String id, String type) throws IOException {
		xml.empty("attribute", "id", id, "title", id, "type", type); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static void node(XmlOut xml, Term term) throws IOException {
		xml.start("node", "id", Integer.toString(term.index()), "label", term.label()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		xml.start("attvalues"); //$NON-NLS-1$
		List<String> values = TermValues.of(term);
		for (int i = 0; i < values.size(); i++) {
			value(xml, TermValues.COLUMNS.get(i).name(), values.get(i));
		}
		xml.end();
		int rgb = ClusterColours.rgb(term.cluster() - 1); // cluster ids count from 1
		xml.empty("viz:color", "r", Integer.toString(rgb >> 16 & 0xFF), "g", Integer.toString(rgb >> 8 & 0xFF), "b", Integer.toString(rgb & 0xFF)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		xml.empty("viz:position", "x", Numbers.decimal(term.x() * SCALE, 4), "y", Numbers.decimal(term.y() * SCALE, 4), "z", "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		xml.empty("viz:size", "value", Integer.toString(term.frequency())); //$NON-NLS-1$ //$NON-NLS-2$
		xml.end();
	}

	private static void value(XmlOut xml, String attribute, String value) throws IOException {
		xml.empty("attvalue", "for", attribute, "value", value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
