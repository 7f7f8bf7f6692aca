package org.policylens.coword;

import java.util.List;

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
		/** Absent in the first period, present in the last. */
		NEW,
		/** Present in the first period, absent in the last. */
		GONE,
		/** Present in the first and the last period. */
		STABLE,
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
	 * @return the evolution
	 * @throws IllegalArgumentException if there are fewer than two periods or labels and networks differ in number
	 */
	public static TermEvolution compare(List<String> labels, List<CowordNetwork> networks) {
		throw new UnsupportedOperationException("not implemented yet");
	}
}
