package org.policylens.coword.internal;

import java.util.List;
import java.util.Random;

import org.policylens.coword.CowordNetwork.Link;
import org.policylens.coword.CowordOptions;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.GradientDescentVOSLayoutAlgorithm;
import nl.cwts.networkanalysis.Layout;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.networkanalysis.VOSLayoutAlgorithm;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Clusters (Leiden, modularity with a resolution) and lays out (VOS, gradient descent) a weighted
 * network with CWTS' networkanalysis, the engine of VOSviewer. Clustering and layout each start
 * from {@code new Random(seed)}, so the same links, options and seed give the same result.
 */
public final class MapMaker {

	/** VOSviewer's edge weight increment when the network has several components (keeps them near). */
	private static final double EDGE_WEIGHT_INCREMENT_UNCONNECTED = 0.01;

	/**
	 * The clusters and coordinates of the terms.
	 *
	 * @param clusters the cluster of each term, from 0, the largest cluster first
	 * @param x        the x coordinate of each term
	 * @param y        the y coordinate of each term
	 */
	public record Map(int[] clusters, double[] x, double[] y) {
	}

	private MapMaker() {
	}

	/**
	 * @param terms   the number of terms
	 * @param links   the links, with strengths as weights
	 * @param options resolution, iterations, random starts, seed
	 * @return clusters and coordinates
	 */
	public static Map make(int terms, List<Link> links, CowordOptions options) {
		int[] from = new int[links.size()];
		int[] to = new int[links.size()];
		double[] weights = new double[links.size()];
		for (int e = 0; e < links.size(); e++) {
			from[e] = links.get(e).source();
			to[e] = links.get(e).target();
			weights[e] = links.get(e).strength();
		}
		LargeIntArray[] edges = { new LargeIntArray(from), new LargeIntArray(to) };
		// node weights = total edge weight: modularity's null model
		Network network = new Network(terms, true, edges, new LargeDoubleArray(weights), false, true);
		Clustering clustering = cluster(network, options);
		double[][] xy = layOut(network.createNetworkWithoutNodeWeights(), options);
		return new Map(clustering.getClusters(), xy[0], xy[1]);
	}

	private static Clustering cluster(Network network, CowordOptions options) {
		double resolution = options.resolution()
				/ (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
		LeidenAlgorithm leiden = new LeidenAlgorithm(resolution, options.iterations(), LeidenAlgorithm.DEFAULT_RANDOMNESS,
				new Random(options.seed()));
		Clustering best = new Clustering(network.getNNodes());
		leiden.improveClustering(network, best);
		double bestQuality = leiden.calcQuality(network, best);
		for (int start = 1; start < options.randomStarts(); start++) {
			Clustering clustering = new Clustering(network.getNNodes());
			leiden.improveClustering(network, clustering);
			double quality = leiden.calcQuality(network, clustering);
			if (quality > bestQuality) {
				best = clustering;
				bestQuality = quality;
			}
		}
		best.orderClustersByNNodes();
		return best;
	}

	private static double[][] layOut(Network network, CowordOptions options) {
		int n = network.getNNodes();
		if (n == 1) {
			return new double[][] { { 0 }, { 0 } };
		}
		double increment = network.identifyComponents().getNClusters() > 1 ? EDGE_WEIGHT_INCREMENT_UNCONNECTED : 0;
		Random random = new Random(options.seed());
		GradientDescentVOSLayoutAlgorithm vos = new GradientDescentVOSLayoutAlgorithm(VOSLayoutAlgorithm.DEFAULT_ATTRACTION,
				VOSLayoutAlgorithm.DEFAULT_REPULSION, increment, random);
		Layout best = new Layout(n, random);
		vos.improveLayout(network, best);
		double bestQuality = vos.calcQuality(network, best);
		for (int start = 1; start < options.randomStarts(); start++) {
			Layout layout = new Layout(n, random);
			vos.improveLayout(network, layout);
			double quality = vos.calcQuality(network, layout);
			if (quality < bestQuality) {
				best = layout;
				bestQuality = quality;
			}
		}
		best.standardize(true);
		return best.getCoordinates();
	}
}
