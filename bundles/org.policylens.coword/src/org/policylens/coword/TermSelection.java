package org.policylens.coword;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which terms enter the matrix. A thesaurus first maps variants to their preferred term (so
 * "smart cities" and "smart city" count as one, in a unit once); excluded terms (after the
 * thesaurus) are dropped; then terms that occur in fewer than {@code minFrequency} units are
 * dropped, and of the rest the {@code topN} most frequent kept (ties broken by the term's text, so
 * the selection is stable; 0 keeps all).
 *
 * @param minFrequency the least number of units a term must occur in, at least 1
 * @param topN         how many of the most frequent terms to keep; 0 for all
 * @param thesaurus    variant → preferred term (keys compared after case folding of Latin scripts
 *                     when the source folds case)
 * @param excluded     terms to drop (preferred forms)
 */
public record TermSelection(int minFrequency, int topN, Map<String, String> thesaurus, Set<String> excluded) {

	/** Every term that occurs at all. */
	public static final TermSelection ALL = new TermSelection(1, 0, Map.of(), Set.of());

	/**
	 * @throws IllegalArgumentException if minFrequency is below 1 or topN below 0
	 */
	public TermSelection {
		if (minFrequency < 1) {
			throw new IllegalArgumentException("the minimum frequency must be at least 1, not " + minFrequency);
		}
		if (topN < 0) {
			throw new IllegalArgumentException("top N must be 0 (all) or more, not " + topN);
		}
		thesaurus = Map.copyOf(thesaurus);
		excluded = Set.copyOf(excluded);
	}

	/**
	 * @param minFrequency the least number of units
	 * @param topN         how many to keep, 0 for all
	 * @return a selection without thesaurus and exclusions
	 */
	public static TermSelection of(int minFrequency, int topN) {
		return new TermSelection(minFrequency, topN, Map.of(), Set.of());
	}

	/**
	 * @param map variant → preferred term
	 * @return this selection with that thesaurus
	 */
	public TermSelection withThesaurus(Map<String, String> map) {
		return new TermSelection(minFrequency, topN, map, excluded);
	}

	/**
	 * @param terms terms to drop
	 * @return this selection with those exclusions
	 */
	public TermSelection withExcluded(Set<String> terms) {
		return new TermSelection(minFrequency, topN, thesaurus, terms);
	}

	/**
	 * @param term a term as read
	 * @return its preferred form, or {@code null} if it is excluded
	 */
	public String map(String term) {
		if (thesaurus.isEmpty() && excluded.isEmpty()) {
			return term;
		}
		String preferred = thesaurus.getOrDefault(term, term);
		return excluded.contains(preferred) ? null : preferred;
	}

	/** @return for people and the ledger, e.g. "min frequency 3, top 100, thesaurus 12 entries, 2 excluded" */
	public String describe() {
		return String.format(Locale.ROOT, "min frequency %d, %s%s%s", minFrequency, //$NON-NLS-1$
				topN == 0 ? "all terms" : "top " + topN, //$NON-NLS-2$
				thesaurus.isEmpty() ? "" : ", thesaurus " + thesaurus.size() + " entries", //$NON-NLS-1$
				excluded.isEmpty() ? "" : ", " + excluded.size() + " excluded"); //$NON-NLS-1$
	}
}
