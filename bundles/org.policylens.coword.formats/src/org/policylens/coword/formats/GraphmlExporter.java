package org.policylens.coword.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
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
 * GraphML: every value is declared by a {@code <key>} with its name and type (label, frequency,
 * cluster, x, y, colour, links, link strength and the four centralities of a node; weight, count
 * and strength of an edge; the description of the graph), then one undirected graph with nodes
 * {@code n<index>} and edges {@code e<number>}. The weight is the strength (option
 * {@code weight=count}).
 */
public final class GraphmlExporter implements ICowordExporter {

	/** The GraphML namespace. */
	public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns"; //$NON-NLS-1$

	private record Key(String id, String domain, String type) {
	}

	private static final List<Key> KEYS;

	static {
		List<Key> keys = new ArrayList<>();
		keys.add(new Key("description", "graph", "string")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		keys.add(new Key("label", "node", "string")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		keys.add(new Key("x", "node", "double")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		keys.add(new Key("y", "node", "double")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		keys.add(new Key("colour", "node", "string")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (TermValues.Column column : TermValues.COLUMNS) {
			keys.add(new Key(column.name(), "node", column.integer() ? "int" : "double")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		keys.add(new Key("weight", "edge", "double")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		keys.add(new Key("count", "edge", "int")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		keys.add(new Key("strength", "edge", "double")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		KEYS = List.copyOf(keys);
	}

	@Override
	public void write(CowordNetwork network, ExportTarget target, ExportOptions options, IProgressMonitor monitor) throws IOException {
		ExportOptions.Weight weight = options.weight(ExportOptions.Weight.STRENGTH);
		SubMonitor progress = Provenance.progress(monitor, "Writing GraphML", network);
		try (OutputStream out = target.open("")) { //$NON-NLS-1$
			XmlOut xml = new XmlOut(out);
			xml.start("graphml", "xmlns", NAMESPACE, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"xsi:schemaLocation", NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"); //$NON-NLS-1$ //$NON-NLS-2$
			for (Key key : KEYS) {
				xml.empty("key", "id", key.id(), "for", key.domain(), "attr.name", key.id(), "attr.type", key.type()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			}
			xml.start("graph", "id", "coword", "edgedefault", "undirected"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			data(xml, "description", Provenance.describe(network)); //$NON-NLS-1$
			for (Term term : network.terms()) {
				progress.split(1);
				xml.start("node", "id", "n" + term.index()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				data(xml, "label", term.label()); //$NON-NLS-1$
				data(xml, "x", Numbers.decimal(term.x(), 6)); //$NON-NLS-1$
				data(xml, "y", Numbers.decimal(term.y(), 6)); //$NON-NLS-1$
				data(xml, "colour", ClusterColours.hex(term.cluster() - 1)); //$NON-NLS-1$
				List<String> values = TermValues.of(term);
				for (int i = 0; i < values.size(); i++) {
					data(xml, TermValues.COLUMNS.get(i).name(), values.get(i));
				}
				xml.end();
			}
			int id = 0;
			for (Link link : network.links()) {
				progress.split(1);
				xml.start("edge", "id", "e" + id++, "source", "n" + link.source(), "target", "n" + link.target()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				data(xml, "weight", weight == ExportOptions.Weight.COUNT ? Integer.toString(link.count()) //$NON-NLS-1$
						: Numbers.decimal(link.strength(), 6));
				data(xml, "count", Integer.toString(link.count())); //$NON-NLS-1$
				data(xml, "strength", Numbers.decimal(link.strength(), 6)); //$NON-NLS-1$
				xml.end();
			}
			xml.finish();
		}
	}

	private static void data(XmlOut xml, String key, String value) throws IOException {
		xml.text("data", value, "key", key); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
