package org.policylens.coword.ui.swt.tests;

import java.util.Random;

import org.policylens.coword.ui.NetworkModel;

/** Networks made up for tests and the benchmark: clusters of terms around their own centres. */
public final class SyntheticNetworks {

	private SyntheticNetworks() {
	}

	/**
	 * @param nodes    terms
	 * @param links    links (pairs drawn at random, mostly within a cluster; duplicates skipped)
	 * @param clusters clusters
	 * @param seed     the random seed
	 * @return the network; term i has weight nodes − i, so term 0 is the heaviest
	 */
	public static NetworkModel random(int nodes, int links, int clusters, long seed) {
		Random random = new Random(seed);
		NetworkModel.Builder builder = new NetworkModel.Builder();
		double[][] centres = new double[clusters][2];
		for (int c = 0; c < clusters; c++) {
			double angle = 2 * Math.PI * c / clusters;
			centres[c][0] = Math.cos(angle);
			centres[c][1] = Math.sin(angle);
		}
		int[] clusterOf = new int[nodes];
		for (int i = 0; i < nodes; i++) {
			int c = i % clusters;
			clusterOf[i] = c;
			builder.node("term" + i, nodes - i, c, centres[c][0] + random.nextGaussian() * 0.35, centres[c][1] + random.nextGaussian() * 0.35);
		}
		java.util.Set<Long> seen = new java.util.HashSet<>();
		int made = 0;
		int attempts = 0;
		while (made < links && attempts++ < links * 20) {
			int a = random.nextInt(nodes);
			int b = random.nextDouble() < 0.8 ? sameCluster(random, a, clusters, nodes) : random.nextInt(nodes);
			if (a == b || !seen.add((long) Math.min(a, b) * nodes + Math.max(a, b))) {
				continue;
			}
			builder.link(a, b, 1 + random.nextInt(20), random.nextDouble());
			made++;
		}
		for (int c = 0; c < clusters; c++) {
			builder.clusterLabel(c, "cluster " + (c + 1));
		}
		return builder.build();
	}

	private static int sameCluster(Random random, int a, int clusters, int nodes) {
		int k = random.nextInt(Math.max(1, nodes / clusters));
		int b = a % clusters + k * clusters;
		return b < nodes ? b : a;
	}
}
