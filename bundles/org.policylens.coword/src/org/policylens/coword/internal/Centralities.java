package org.policylens.coword.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.policylens.coword.CowordNetwork.Link;

/**
 * Centralities of the terms with JGraphT. Paths (betweenness, closeness) count links, not
 * strengths: a strength is a similarity, not a distance. Eigenvector centrality weighs links by
 * their strength.
 *
 * @param degree      links / (terms − 1)
 * @param betweenness the share of shortest paths between other terms through the term, 0..1
 * @param closeness   (r − 1) / the sum of distances to the r − 1 other terms of its component; 0 for an isolated term
 * @param eigenvector the term's entry in the leading eigenvector of the strength matrix (normalised by JGraphT)
 */
public record Centralities(double[] degree, double[] betweenness, double[] closeness, double[] eigenvector) {

	/**
	 * @param terms the number of terms
	 * @param links the links
	 * @return the centralities of every term
	 */
	public static Centralities of(int terms, List<Link> links) {
		Graph<Integer, DefaultEdge> paths = new SimpleGraph<>(DefaultEdge.class);
		Graph<Integer, DefaultWeightedEdge> weighted = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		for (int i = 0; i < terms; i++) {
			paths.addVertex(i);
			weighted.addVertex(i);
		}
		for (Link link : links) {
			paths.addEdge(link.source(), link.target());
			DefaultWeightedEdge edge = weighted.addEdge(link.source(), link.target());
			weighted.setEdgeWeight(edge, link.strength());
		}
		double[] degree = new double[terms];
		double[] betweenness = new double[terms];
		double[] closeness = new double[terms];
		double[] eigenvector = new double[terms];
		// JGraphT counts each pair of an undirected graph once; normalise by the (n−1)(n−2)/2 pairs of the others
		Map<Integer, Double> between = new BetweennessCentrality<>(paths, false).getScores();
		double pairs = terms > 2 ? (terms - 1) * (terms - 2) / 2.0 : 1;
		Map<Integer, Double> eigen = links.isEmpty() ? Map.of() : new EigenvectorCentrality<>(weighted).getScores();
		for (int i = 0; i < terms; i++) {
			degree[i] = terms > 1 ? (double) paths.degreeOf(i) / (terms - 1) : 0;
			betweenness[i] = between.getOrDefault(i, 0.0) / pairs;
			eigenvector[i] = eigen.getOrDefault(i, 0.0);
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
