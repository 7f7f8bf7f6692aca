package org.policylens.coword;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A co-word network: the selected terms with their cluster, position and centralities, the links
 * between them with their count and strength under the measure, the clusters with their place in
 * the strategic diagram, and the parameters (with the seed) that made it. Immutable.
 * <p>
 * Term {@code i} of the network is term {@code i} of its {@link #matrix()}, so the units behind a
 * link are {@code matrix().units(source, target)}.
 *
 * @param terms      the terms, most frequent first (the matrix' order)
 * @param links      the links kept (strength at least the minimum), by source then target, source &lt; target
 * @param clusters   the clusters, largest first, numbered from 1
 * @param parameters what made it
 * @param matrix     the co-occurrence it was made from
 * @param messages   notes for people (e.g. "12 terms have no link and form clusters of their own")
 */
public record CowordNetwork(List<Term> terms, List<Link> links, List<Cluster> clusters, CowordParameters parameters,
		CooccurrenceMatrix matrix, List<String> messages) {

	/** Key of the degree centrality: the number of links, divided by (terms − 1). */
	public static final String DEGREE = "degree"; //$NON-NLS-1$
	/** Key of the betweenness centrality (unweighted shortest paths, normalised to 0..1). */
	public static final String BETWEENNESS = "betweenness"; //$NON-NLS-1$
	/** Key of the closeness centrality (unweighted, within the term's component). */
	public static final String CLOSENESS = "closeness"; //$NON-NLS-1$
	/** Key of the eigenvector centrality (link strengths as weights). */
	public static final String EIGENVECTOR = "eigenvector"; //$NON-NLS-1$
	/** The centrality keys, in the order exports write them. */
	public static final List<String> CENTRALITIES = List.of(DEGREE, BETWEENNESS, CLOSENESS, EIGENVECTOR);

	/**
	 * A term of the network.
	 *
	 * @param index        its number, as in the matrix
	 * @param label        its text
	 * @param frequency    the units in which it occurs
	 * @param cluster      the id of its cluster (from 1)
	 * @param x            its x coordinate in the VOS layout
	 * @param y            its y coordinate
	 * @param weight       its total link strength (sum of the strengths of its links)
	 * @param degree       its number of links
	 * @param centralities centrality key ({@link #CENTRALITIES}) → value
	 */
	public record Term(int index, String label, int frequency, int cluster, double x, double y, double weight,
			int degree, Map<String, Double> centralities) {
	}

	/**
	 * A link between two terms.
	 *
	 * @param source   the smaller term index
	 * @param target   the larger term index
	 * @param count    the units in which both occur
	 * @param strength its strength under the measure
	 */
	public record Link(int source, int target, int count, double strength) {
	}

	/**
	 * A cluster of terms, with its place in the strategic diagram.
	 *
	 * @param id         its number, from 1, largest cluster first
	 * @param label      its most frequent terms, joined by " / "
	 * @param terms      its term indexes, most frequent first
	 * @param centrality Callon centrality: the sum of the strengths of the links from its terms to
	 *                   terms of other clusters
	 * @param density    Callon density: the mean strength of the links among its own terms (0 for
	 *                   a cluster without internal links)
	 * @param quadrant   where it lies in the strategic diagram
	 */
	public record Cluster(int id, String label, List<Integer> terms, double centrality, double density,
			Quadrant quadrant) {

		/** @return its number of terms */
		public int size() {
			return terms.size();
		}
	}

	/** Copies the lists. */
	public CowordNetwork {
		terms = List.copyOf(terms);
		links = List.copyOf(links);
		clusters = List.copyOf(clusters);
		messages = List.copyOf(messages);
	}

	/**
	 * @param label a term's text
	 * @return the term, if it is in the network
	 */
	public Optional<Term> term(String label) {
		int i = matrix.indexOf(label);
		return i < 0 ? Optional.empty() : Optional.of(terms.get(i));
	}

	/**
	 * @param id a cluster id
	 * @return the cluster
	 * @throws IllegalArgumentException if there is none with that id
	 */
	public Cluster cluster(int id) {
		return clusters.stream().filter(c -> c.id() == id).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no cluster " + id));
	}

	/**
	 * @param term a term index
	 * @return its links (either end), strongest first
	 */
	public List<Link> links(int term) {
		List<Link> result = new ArrayList<>();
		for (Link link : links) {
			if (link.source() == term || link.target() == term) {
				result.add(link);
			}
		}
		result.sort((a, b) -> Double.compare(b.strength(), a.strength()));
		return result;
	}

	/**
	 * @param link a link of this network
	 * @return the units in which both of its terms occur: the records, documents or clauses behind it
	 */
	public List<CowordUnit> unitsBehind(Link link) {
		return Arrays.stream(matrix.units(link.source(), link.target())).mapToObj(matrix::unit).toList();
	}

	/** @return the seed that made the clusters and the layout */
	public long seed() {
		return parameters.seed();
	}
}
