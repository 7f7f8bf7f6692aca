package org.policylens.coword.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CowordNetwork.Cluster;
import org.policylens.coword.CowordNetwork.Link;
import org.policylens.coword.Quadrant;

/**
 * Callon's centrality and density of each cluster and its quadrant (Callon, Courtial & Laville
 * 1991; quadrants named as in Cobo et al. 2011): centrality is the sum of the strengths of the
 * links between the cluster's terms and other clusters' terms, density the mean strength of the
 * links among its own terms (Callon's mean of internal links, not Cobo's sum per term); the
 * quadrants split both at their median over the clusters of two or more terms, so that terms left
 * without links (clusters of their own, centrality and density 0) do not pull the medians down.
 */
public final class StrategicDiagram {

	/** How many of a cluster's most frequent terms name it. */
	public static final int LABEL_TERMS = 3;

	private StrategicDiagram() {
	}

	/**
	 * @param matrix   the co-occurrence (term texts and frequencies)
	 * @param links    the links
	 * @param clusters the cluster of each term, from 0, largest first
	 * @return the clusters, numbered from 1
	 */
	public static List<Cluster> clusters(CooccurrenceMatrix matrix, List<Link> links, int[] clusters) {
		int count = Arrays.stream(clusters).max().orElse(-1) + 1;
		double[] external = new double[count];
		double[] internal = new double[count];
		int[] internalLinks = new int[count];
		for (Link link : links) {
			int a = clusters[link.source()];
			int b = clusters[link.target()];
			if (a == b) {
				internal[a] += link.strength();
				internalLinks[a]++;
			} else {
				external[a] += link.strength();
				external[b] += link.strength();
			}
		}
		double[] density = new double[count];
		for (int c = 0; c < count; c++) {
			density[c] = internalLinks[c] == 0 ? 0 : internal[c] / internalLinks[c];
		}
		int[] sizes = new int[count];
		for (int cluster : clusters) {
			sizes[cluster]++;
		}
		double centralityMedian = median(themes(external, sizes));
		double densityMedian = median(themes(density, sizes));
		List<Cluster> result = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			// matrix order is most frequent first, so the members come out in that order
			List<Integer> members = new ArrayList<>();
			for (int term = 0; term < clusters.length; term++) {
				if (clusters[term] == c) {
					members.add(term);
				}
			}
			String label = members.stream().limit(LABEL_TERMS).map(matrix::term).collect(Collectors.joining(" / ")); //$NON-NLS-1$
			result.add(new Cluster(c + 1, label, members, external[c], density[c],
					Quadrant.of(external[c] >= centralityMedian, density[c] >= densityMedian)));
		}
		return result;
	}

	/** @return the values of the clusters of two or more terms, or all values if there are none */
	private static double[] themes(double[] values, int[] sizes) {
		double[] themes = java.util.stream.IntStream.range(0, values.length).filter(c -> sizes[c] > 1).mapToDouble(c -> values[c])
				.toArray();
		return themes.length == 0 ? values : themes;
	}

	/**
	 * @param values some values
	 * @return their median (the mean of the middle two for an even number), 0 for none
	 */
	public static double median(double[] values) {
		if (values.length == 0) {
			return 0;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
