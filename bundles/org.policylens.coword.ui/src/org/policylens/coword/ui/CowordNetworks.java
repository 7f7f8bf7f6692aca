package org.policylens.coword.ui;

import java.util.List;

import org.policylens.coword.CowordNetwork;
import org.policylens.coword.CowordUnit;

/** Between the co-word core's {@link CowordNetwork} and what the viewer draws. */
public final class CowordNetworks {

	private CowordNetworks() {
	}

	/**
	 * @param network a network of the co-word core
	 * @return the model to draw: terms weighted by frequency, clusters from 0 (the core's id − 1),
	 *         the network as {@link NetworkModel#origin()}
	 */
	public static NetworkModel model(CowordNetwork network) {
		NetworkModel.Builder builder = new NetworkModel.Builder().origin(network);
		for (CowordNetwork.Term term : network.terms()) {
			builder.node(term.label(), Math.max(1, term.frequency()), term.cluster() - 1, term.x(), term.y());
		}
		for (CowordNetwork.Link link : network.links()) {
			builder.link(link.source(), link.target(), link.count(), link.strength());
		}
		for (CowordNetwork.Cluster cluster : network.clusters()) {
			builder.clusterLabel(cluster.id() - 1, cluster.id() + ": " + cluster.label()); //$NON-NLS-1$
		}
		return builder.build();
	}

	/**
	 * @param model a model made by {@link #model}
	 * @param link  one of its links
	 * @return the core's link
	 */
	public static CowordNetwork.Link link(NetworkModel model, int link) {
		CowordNetwork network = (CowordNetwork) model.origin();
		int s = Math.min(model.source(link), model.target(link));
		int t = Math.max(model.source(link), model.target(link));
		return network.links(s).stream().filter(l -> l.source() == s && l.target() == t).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no link " + s + "-" + t));
	}

	/**
	 * @param model a model made by {@link #model}
	 * @param link  one of its links
	 * @return the documents' clauses, sentences or records in which both terms occur
	 */
	public static List<CowordUnit> unitsBehind(NetworkModel model, int link) {
		return ((CowordNetwork) model.origin()).unitsBehind(link(model, link));
	}

	/**
	 * Says what is wrong with a network that cannot be drawn as a map, and what to change.
	 *
	 * @param network a network
	 * @return the message, or {@code null} if the network has at least two terms and a link
	 */
	public static String problem(CowordNetwork network) {
		int min = network.parameters().selection().minFrequency();
		String unit = network.parameters().unit();
		if (network.terms().isEmpty()) {
			return "No term occurs in at least " + min + " " + unit + "(s) of " + network.parameters().source()
					+ ".\nLower the minimum frequency (now " + min + "), add documents or records, or check the source's field and stop words.";
		}
		if (network.terms().size() == 1) {
			return "Only one term (" + network.terms().get(0).label() + ") occurs in at least " + min + " " + unit
					+ "(s): a map needs two.\nLower the minimum frequency (now " + min + ") or raise top N.";
		}
		if (network.links().isEmpty()) {
			return "None of the " + network.terms().size() + " terms occur together in a " + unit
					+ " (with a link strong enough).\nChoose a larger window (document or clause instead of sentence), lower the minimum link strength (now "
					+ network.parameters().options().minStrength() + ") or the minimum frequency.";
		}
		return null;
	}
}
