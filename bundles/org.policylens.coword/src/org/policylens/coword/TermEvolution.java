package org.policylens.coword;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How terms and clusters change across periods (e.g. 2018-2019 and 2020-2022): each network is
 * made from the same kind of source restricted to one period, with the same selection and measure.
 *
 * @param periods the period labels, in order
 * @param terms   every term of any period, with its frequency and cluster in each
 * @param flows   for each pair of consecutive periods, the pairs of clusters that share terms
 */
public record TermEvolution(List<String> periods, List<TermTrack> terms, List<ClusterFlow> flows) {

	/** A term's presence from the first to the last period. */
	public enum Status {
		/** Present in the first and the last period. */
		STABLE,
		/** Absent in the first period, present in the last. */
		NEW,
		/** Present in the first period, absent in the last. */
		GONE,
		/** Absent in the first and the last period, present in between. */
		TRANSIENT
	}

	/**
	 * A term across periods.
	 *
	 * @param term        its text
	 * @param frequencies its frequency in each period (0 when it was not selected there)
	 * @param clusters    its cluster id in each period (0 when it was not in that network)
	 * @param status      its presence from first to last period
	 */
	public record TermTrack(String term, List<Integer> frequencies, List<Integer> clusters, Status status) {
	}

	/**
	 * Two clusters of consecutive periods that share terms.
	 *
	 * @param fromPeriod  the earlier period's index
	 * @param fromCluster a cluster id there
	 * @param toCluster   a cluster id in the next period
	 * @param shared      the number of terms in both
	 * @param jaccard     shared / |union of the two term sets|
	 * @param inclusion   shared / min(|from|, |to|)
	 */
	public record ClusterFlow(int fromPeriod, int fromCluster, int toCluster, int shared, double jaccard,
			double inclusion) {
	}

	/**
	 * @param labels   the period labels
	 * @param networks one network per period, in the same order (at least two)
	 * @return the evolution: terms stable first, then new, gone and transient, each most frequent
	 *         first; flows by period, then by cluster
	 * @throws IllegalArgumentException if there are fewer than two periods or labels and networks differ in number
	 */
	public static TermEvolution compare(List<String> labels, List<CowordNetwork> networks) {
		if (networks.size() < 2 || labels.size() != networks.size()) {
			throw new IllegalArgumentException("term evolution needs two or more periods, each with a label (got "
					+ labels.size() + " labels and " + networks.size() + " networks)");
		}
		int periods = networks.size();
		Map<String, Integer[][]> byTerm = new TreeMap<>();
		for (int p = 0; p < periods; p++) {
			for (CowordNetwork.Term term : networks.get(p).terms()) {
				Integer[][] track = byTerm.computeIfAbsent(term.label(), t -> new Integer[][] { zeros(periods), zeros(periods) });
				track[0][p] = term.frequency();
				track[1][p] = term.cluster();
			}
		}
		List<TermTrack> tracks = new ArrayList<>();
		byTerm.forEach((term, track) -> tracks.add(new TermTrack(term, List.of(track[0]), List.of(track[1]),
				status(track[0][0] > 0, track[0][periods - 1] > 0))));
		tracks.sort(Comparator.comparing(TermTrack::status).thenComparing(
				Comparator.comparingInt((TermTrack t) -> t.frequencies().stream().mapToInt(Integer::intValue).sum()).reversed())
				.thenComparing(TermTrack::term));
		List<ClusterFlow> flows = new ArrayList<>();
		for (int p = 0; p + 1 < periods; p++) {
			flows.addAll(flows(p, networks.get(p), networks.get(p + 1)));
		}
		return new TermEvolution(List.copyOf(labels), tracks, flows);
	}

	private static List<ClusterFlow> flows(int period, CowordNetwork from, CowordNetwork to) {
		List<ClusterFlow> flows = new ArrayList<>();
		for (CowordNetwork.Cluster a : from.clusters()) {
			Set<String> aTerms = labels(from, a);
			for (CowordNetwork.Cluster b : to.clusters()) {
				Set<String> bTerms = labels(to, b);
				int shared = (int) aTerms.stream().filter(bTerms::contains).count();
				if (shared > 0) {
					int union = aTerms.size() + bTerms.size() - shared;
					flows.add(new ClusterFlow(period, a.id(), b.id(), shared, (double) shared / union,
							(double) shared / Math.min(aTerms.size(), bTerms.size())));
				}
			}
		}
		return flows;
	}

	private static Set<String> labels(CowordNetwork network, CowordNetwork.Cluster cluster) {
		Set<String> labels = new HashSet<>();
		cluster.terms().forEach(i -> labels.add(network.terms().get(i).label()));
		return labels;
	}

	private static Status status(boolean first, boolean last) {
		if (first) {
			return last ? Status.STABLE : Status.GONE;
		}
		return last ? Status.NEW : Status.TRANSIENT;
	}

	private static Integer[] zeros(int n) {
		Integer[] zeros = new Integer[n];
		java.util.Arrays.fill(zeros, 0);
		return zeros;
	}
}
