package org.policylens.coword.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.policylens.coword.CowordNetwork.Link;

/**
 * Centralities of the terms with JGraphT. Paths (betweenness, closeness) count links, not
 * strengths: a strength is a similarity, not a distance. Eigenvector centrality weighs links by
 * their strength.
 *
 * @param degree      links / (terms − 1)
 * @param betweenness the share of shortest paths between other terms through the term, 0..1
 * @param closeness   (r − 1) / the sum of distances to the r − 1 other terms of its component; 0 for an isolated term
 * @param eigenvector the term's entry in the leading eigenvector of the strength matrix (unit length)
 */
public record Centralities(double[] degree, double[] betweenness, double[] closeness, double[] eigenvector) {

	private static final int EIGENVECTOR_ITERATIONS = 10_000;

	/**
	 * @param terms the number of terms
	 * @param links the links
	 * @return the centralities of every term
	 */
	public static Centralities of(int terms, List<Link> links) {
		Graph<Integer, DefaultEdge> paths = new SimpleGraph<>(DefaultEdge.class);
		for (int i = 0; i < terms; i++) {
			paths.addVertex(i);
		}
		for (Link link : links) {
			paths.addEdge(link.source(), link.target());
		}
		double[] degree = new double[terms];
		double[] betweenness = new double[terms];
		double[] closeness = new double[terms];
		double[] eigenvector = eigenvector(terms, links);
		// JGraphT counts each pair of an undirected graph once; normalise by the (n−1)(n−2)/2 pairs of the others
		Map<Integer, Double> between = new BetweennessCentrality<>(paths, false).getScores();
		double pairs = terms > 2 ? (terms - 1) * (terms - 2) / 2.0 : 1;
		for (int i = 0; i < terms; i++) {
			degree[i] = terms > 1 ? (double) paths.degreeOf(i) / (terms - 1) : 0;
			betweenness[i] = between.getOrDefault(i, 0.0) / pairs;
		}
		for (Set<Integer> component : new ConnectivityInspector<>(paths).connectedSets()) {
			if (component.size() > 1) {
				Map<Integer, Double> close = new ClosenessCentrality<>(new AsSubgraph<>(paths, component), false, true)
						.getScores();
				close.forEach((term, value) -> closeness[term] = value);
			}
		}
		return new Centralities(degree, betweenness, closeness, eigenvector);
	}

	/**
	 * Eigenvector centrality by power iteration on A + I (the weighted adjacency matrix plus the
	 * identity: the same eigenvectors, but it converges on bipartite components — stars, paths,
	 * trees — where plain iteration on A, as JGraphT 1.5's EigenvectorCentrality does, oscillates).
	 *
	 * @param terms the number of terms
	 * @param links the links, weighted by strength
	 * @return the principal eigenvector, unit length (0 for every term when there are no links)
	 */
	static double[] eigenvector(int terms, List<Link> links) {
		double[] x = new double[terms];
		if (links.isEmpty()) {
			return x;
		}
		Arrays.fill(x, 1 / Math.sqrt(terms));
		for (int iteration = 0; iteration < EIGENVECTOR_ITERATIONS; iteration++) {
			double[] y = x.clone();
			for (Link link : links) {
				y[link.source()] += link.strength() * x[link.target()];
				y[link.target()] += link.strength() * x[link.source()];
			}
			double norm = Math.sqrt(Arrays.stream(y).map(v -> v * v).sum());
			double change = 0;
			for (int i = 0; i < terms; i++) {
				y[i] /= norm;
				change = Math.max(change, Math.abs(y[i] - x[i]));
			}
			x = y;
			if (change < 1e-12) {
				break;
			}
		}
		return x;
	}

	/**
	 * @param term a term
	 * @return its centralities by key
	 */
	public Map<String, Double> of(int term) {
		return Map.of(org.policylens.coword.CowordNetwork.DEGREE, degree[term],
				org.policylens.coword.CowordNetwork.BETWEENNESS, betweenness[term],
				org.policylens.coword.CowordNetwork.CLOSENESS, closeness[term],
				org.policylens.coword.CowordNetwork.EIGENVECTOR, eigenvector[term]);
	}
}
