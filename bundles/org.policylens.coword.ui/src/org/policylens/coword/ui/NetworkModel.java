package org.policylens.coword.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a renderer draws: the terms of a co-word network with their positions, weights and
 * clusters, and the links with their counts and strengths, as plain arrays so that a frame of
 * thousands of nodes and tens of thousands of links is drawn without boxing. Links are kept in
 * ascending order of strength, so that the strongest are drawn last (on top) and a renderer that
 * must skip links skips the weakest.
 * <p>
 * A model is made from a {@code CowordNetwork} by {@link CowordNetworks#model}, or built by hand
 * (tests, benchmarks) with {@link Builder}. It never changes once built.
 */
public final class NetworkModel {

	private final String[] labels;
	private final double[] weights;
	private final int[] clusters;
	private final double[] xs;
	private final double[] ys;
	private final int[] sources;
	private final int[] targets;
	private final int[] counts;
	private final double[] strengths;
	private final String[] clusterLabels;
	private final int[][] linksOf;
	private final double maxWeight;
	private final double maxStrength;
	private final Object origin;

	private NetworkModel(Builder b) {
		int n = b.labels.size();
		labels = b.labels.toArray(String[]::new);
		weights = b.weights.stream().mapToDouble(Double::doubleValue).toArray();
		clusters = b.clusters.stream().mapToInt(Integer::intValue).toArray();
		xs = b.xs.stream().mapToDouble(Double::doubleValue).toArray();
		ys = b.ys.stream().mapToDouble(Double::doubleValue).toArray();
		Integer[] order = new Integer[b.strengths.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		// ascending strength, ties by index so the order is the same on every run
		Arrays.sort(order, (l, m) -> {
			int c = Double.compare(b.strengths.get(l), b.strengths.get(m));
			return c != 0 ? c : Integer.compare(l, m);
		});
		sources = new int[order.length];
		targets = new int[order.length];
		counts = new int[order.length];
		strengths = new double[order.length];
		int[] degree = new int[n];
		for (int k = 0; k < order.length; k++) {
			int l = order[k];
			sources[k] = b.sources.get(l);
			targets[k] = b.targets.get(l);
			counts[k] = b.counts.get(l);
			strengths[k] = b.strengths.get(l);
			degree[sources[k]]++;
			degree[targets[k]]++;
		}
		linksOf = new int[n][];
		for (int i = 0; i < n; i++) {
			linksOf[i] = new int[degree[i]];
		}
		int[] fill = new int[n];
		for (int k = 0; k < sources.length; k++) {
			linksOf[sources[k]][fill[sources[k]]++] = k;
			linksOf[targets[k]][fill[targets[k]]++] = k;
		}
		int clusterCount = Math.max(b.clusterLabels.size(), Arrays.stream(clusters).max().orElse(-1) + 1);
		clusterLabels = new String[clusterCount];
		for (int c = 0; c < clusterCount; c++) {
			clusterLabels[c] = c < b.clusterLabels.size() && b.clusterLabels.get(c) != null ? b.clusterLabels.get(c)
					: "Cluster " + (c + 1);
		}
		maxWeight = Arrays.stream(weights).max().orElse(1);
		maxStrength = Arrays.stream(strengths).max().orElse(1);
		origin = b.origin;
	}

	/** @return the number of terms */
	public int nodeCount() {
		return labels.length;
	}

	/** @param node a term's index @return its label */
	public String label(int node) {
		return labels[node];
	}

	/** @param node a term's index @return its weight (frequency, or the number of units it occurs in) */
	public double weight(int node) {
		return weights[node];
	}

	/** @param node a term's index @return its cluster, from 0 */
	public int cluster(int node) {
		return clusters[node];
	}

	/** @param node a term's index @return its layout x coordinate */
	public double x(int node) {
		return xs[node];
	}

	/** @param node a term's index @return its layout y coordinate */
	public double y(int node) {
		return ys[node];
	}

	/** @return the number of links */
	public int linkCount() {
		return sources.length;
	}

	/** @param link a link's index (links are in ascending order of strength) @return one end */
	public int source(int link) {
		return sources[link];
	}

	/** @param link a link's index @return the other end */
	public int target(int link) {
		return targets[link];
	}

	/** @param link a link's index @return in how many units the two terms occur together */
	public int count(int link) {
		return counts[link];
	}

	/** @param link a link's index @return its strength under the network's similarity measure */
	public double strength(int link) {
		return strengths[link];
	}

	/** @param node a term's index @return the indexes of its links (do not change the array) */
	public int[] linksOf(int node) {
		return linksOf[node];
	}

	/** @param node a term's index @return its degree: how many terms it is linked to */
	public int degree(int node) {
		return linksOf[node].length;
	}

	/** @param link a link @param node one of its ends @return the other end */
	public int other(int link, int node) {
		return sources[link] == node ? targets[link] : sources[link];
	}

	/** @return the number of clusters */
	public int clusterCount() {
		return clusterLabels.length;
	}

	/** @param cluster a cluster @return its label */
	public String clusterLabel(int cluster) {
		return clusterLabels[cluster];
	}

	/** @return the largest weight of a term (1 if there are none) */
	public double maxWeight() {
		return maxWeight;
	}

	/** @return the largest strength of a link (1 if there are none) */
	public double maxStrength() {
		return maxStrength;
	}

	/** @return the network this model was made from, or {@code null} when built by hand */
	public Object origin() {
		return origin;
	}

	/** @return the layout's bounds: min x, min y, max x, max y (all 0 without terms) */
	public double[] bounds() {
		if (xs.length == 0) {
			return new double[4];
		}
		double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (int i = 0; i < xs.length; i++) {
			b[0] = Math.min(b[0], xs[i]);
			b[1] = Math.min(b[1], ys[i]);
			b[2] = Math.max(b[2], xs[i]);
			b[3] = Math.max(b[3], ys[i]);
		}
		return b;
	}

	/** @param label a term @return its index, or -1 */
	public int indexOf(String label) {
		for (int i = 0; i < labels.length; i++) {
			if (labels[i].equals(label)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @param a a term
	 * @param b another term
	 * @return the index of the link between them, or -1
	 */
	public int linkBetween(int a, int b) {
		for (int link : linksOf[a]) {
			if (other(link, a) == b) {
				return link;
			}
		}
		return -1;
	}

	/** Builds a model term by term and link by link. */
	public static final class Builder {
		private final List<String> labels = new ArrayList<>();
		private final List<Double> weights = new ArrayList<>();
		private final List<Integer> clusters = new ArrayList<>();
		private final List<Double> xs = new ArrayList<>();
		private final List<Double> ys = new ArrayList<>();
		private final List<Integer> sources = new ArrayList<>();
		private final List<Integer> targets = new ArrayList<>();
		private final List<Integer> counts = new ArrayList<>();
		private final List<Double> strengths = new ArrayList<>();
		private final List<String> clusterLabels = new ArrayList<>();
		private Object origin;

		/**
		 * @param label   the term
		 * @param weight  its frequency (&gt; 0)
		 * @param cluster its cluster, from 0
		 * @param x       layout x
		 * @param y       layout y
		 * @return this
		 */
		public Builder node(String label, double weight, int cluster, double x, double y) {
			labels.add(Objects.requireNonNull(label));
			weights.add(weight);
			clusters.add(Math.max(0, cluster));
			xs.add(x);
			ys.add(y);
			return this;
		}

		/**
		 * @param source   a term's index
		 * @param target   another term's index
		 * @param count    the units they share
		 * @param strength the link's strength
		 * @return this
		 */
		public Builder link(int source, int target, int count, double strength) {
			if (source < 0 || target < 0 || source >= labels.size() || target >= labels.size() || source == target) {
				throw new IllegalArgumentException("no such pair of terms: " + source + ", " + target);
			}
			sources.add(source);
			targets.add(target);
			counts.add(count);
			strengths.add(strength);
			return this;
		}

		/** @param cluster a cluster @param label its label @return this */
		public Builder clusterLabel(int cluster, String label) {
			while (clusterLabels.size() <= cluster) {
				clusterLabels.add(null);
			}
			clusterLabels.set(cluster, label);
			return this;
		}

		/** @param network what the model is made from @return this */
		public Builder origin(Object network) {
			origin = network;
			return this;
		}

		/** @return the model */
		public NetworkModel build() {
			return new NetworkModel(this);
		}
	}
}
