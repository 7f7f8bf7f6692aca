package org.policylens.coword.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CowordException;
import org.policylens.coword.CowordException.Reason;
import org.policylens.coword.CowordNetwork.Cluster;
import org.policylens.coword.CowordNetwork.Link;
import org.policylens.coword.CowordParameters;
import org.policylens.coword.ISimilarityMeasure;
import org.policylens.coword.TermSelection;

/**
 * The checks that turn degenerate input into a message that says what was found and what to
 * change, and the notes a network carries for people.
 */
public final class CowordChecks {

	private CowordChecks() {
	}

	/**
	 * @param matrix     the co-occurrence
	 * @param parameters what made it
	 * @throws CowordException if there are no units, no terms, or one term
	 */
	public static void checkTerms(CooccurrenceMatrix matrix, CowordParameters parameters) throws CowordException {
		TermSelection selection = parameters.selection();
		if (matrix.unitCount() == 0) {
			throw new CowordException(Reason.NO_UNITS, "nothing to analyse: " + parameters.source()
					+ " has no " + parameters.unit() + " (check the file, the fields or the corpus)");
		}
		if (matrix.vocabularySize() == 0) {
			throw new CowordException(Reason.NO_TERMS, "none of the " + matrix.unitCount() + " " + parameters.unit()
					+ "(s) has a term (check the keyword fields, or the stop words and parts of speech of the text analysis)");
		}
		if (matrix.termCount() == 0) {
			throw new CowordException(Reason.NO_TERMS, String.format(Locale.ROOT,
					"no term occurs in %d or more of the %d %s(s): the most frequent, %s, occurs in %d; lower the minimum frequency (--min-freq %d)",
					selection.minFrequency(), matrix.unitCount(), parameters.unit(), matrix.mostFrequentTerm().orElseThrow(),
					matrix.mostFrequentCount(), Math.max(1, matrix.mostFrequentCount())));
		}
		if (matrix.termCount() == 1) {
			String more = selection.topN() == 1 ? "raise top N (--top) above 1" : "lower the minimum frequency (--min-freq)"; //$NON-NLS-1$
			throw new CowordException(Reason.SINGLE_TERM, String.format(Locale.ROOT,
					"only one term, %s, is selected (in %d of %d %s(s), minimum frequency %d): nothing can co-occur with it; %s",
					matrix.term(0), matrix.frequency(0), matrix.unitCount(), parameters.unit(), selection.minFrequency(), more));
		}
		if (matrix.pairCount() == 0) {
			throw new CowordException(Reason.NO_LINKS, String.format(Locale.ROOT,
					"the %d selected terms never occur together in one %s: use a larger unit (a clause or document window), more records, or a lower minimum frequency",
					matrix.termCount(), parameters.unit()));
		}
	}

	/**
	 * @param matrix     the co-occurrence
	 * @param measure    the measure
	 * @param parameters what made it
	 * @param links      the links kept
	 * @throws CowordException if no link is kept
	 */
	public static void checkLinks(CooccurrenceMatrix matrix, ISimilarityMeasure measure, CowordParameters parameters,
			List<Link> links) throws CowordException {
		if (links.isEmpty()) {
			throw new CowordException(Reason.NO_LINKS, String.format(Locale.ROOT,
					"no link reaches the minimum strength %s under %s (the strongest of the %d co-occurring pairs is %.6g): lower the minimum link strength (--min-strength)",
					parameters.options().minStrength(), measure.name(), matrix.pairCount(), Links.strongest(matrix, measure)));
		}
	}

	/**
	 * @param matrix   the co-occurrence
	 * @param degree   each term's number of links
	 * @param clusters the clusters
	 * @return notes for people about the network
	 */
	public static List<String> notes(CooccurrenceMatrix matrix, int[] degree, List<Cluster> clusters) {
		List<String> notes = new ArrayList<>();
		List<String> isolated = new ArrayList<>();
		for (int i = 0; i < degree.length; i++) {
			if (degree[i] == 0) {
				isolated.add(matrix.term(i));
			}
		}
		if (!isolated.isEmpty()) {
			notes.add(isolated.size() + " term(s) have no link at this minimum strength and form clusters of their own: "
					+ String.join(", ", isolated.subList(0, Math.min(10, isolated.size()))) //$NON-NLS-1$
					+ (isolated.size() > 10 ? ", ..." : "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (clusters.size() == 1) {
			notes.add("all terms fall in one cluster: raise the resolution (--resolution) to split it");
		}
		return notes;
	}
}
