package org.policylens.coword.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CowordNetwork.Link;
import org.policylens.coword.ISimilarityMeasure;

/** The links of a network: each co-occurring pair's strength under a measure, thresholded. */
public final class Links {

	/** Strongest first, then by source and target (a stable order for ties). */
	private static final Comparator<Link> STRONGEST_FIRST = Comparator.comparingDouble(Link::strength).reversed()
			.thenComparingInt(Link::source).thenComparingInt(Link::target);

	private Links() {
	}

	/**
	 * @param matrix      the co-occurrence
	 * @param measure     the similarity measure
	 * @param minStrength the least strength kept
	 * @param maxLinks    the most links kept (the strongest), 0 for all
	 * @return the links kept, by source then target
	 * @throws IllegalStateException if the measure gives a negative or non-finite value (names the pair)
	 */
	public static List<Link> of(CooccurrenceMatrix matrix, ISimilarityMeasure measure, double minStrength, int maxLinks) {
		List<Link> kept = new ArrayList<>();
		long n = matrix.unitCount();
		matrix.forEachPair((i, j, count) -> {
			double strength = measure.similarity(count, matrix.frequency(i), matrix.frequency(j), n);
			if (!(strength >= 0) || Double.isInfinite(strength)) {
				throw new IllegalStateException("the measure " + measure.id() + " gives " + strength + " for " + matrix.term(i) //$NON-NLS-2$
						+ " and " + matrix.term(j) + " (counts " + count + ", " + matrix.frequency(i) + ", " //$NON-NLS-3$
						+ matrix.frequency(j) + ", " + n + ")"); //$NON-NLS-2$
			}
			if (strength >= minStrength) {
				kept.add(new Link(i, j, count, strength));
			}
		});
		if (maxLinks == 0 || kept.size() <= maxLinks) {
			return kept;
		}
		kept.sort(STRONGEST_FIRST);
		List<Link> strongest = new ArrayList<>(kept.subList(0, maxLinks));
		strongest.sort(Comparator.comparingInt(Link::source).thenComparingInt(Link::target));
		return strongest;
	}

	/**
	 * @param matrix  the co-occurrence
	 * @param measure the similarity measure
	 * @return the strongest link strength of any pair, 0 if no pair co-occurs
	 */
	public static double strongest(CooccurrenceMatrix matrix, ISimilarityMeasure measure) {
		double[] max = { 0 };
		long n = matrix.unitCount();
		matrix.forEachPair((i, j, count) -> max[0] = Math.max(max[0],
				measure.similarity(count, matrix.frequency(i), matrix.frequency(j), n)));
		return max[0];
	}
}
