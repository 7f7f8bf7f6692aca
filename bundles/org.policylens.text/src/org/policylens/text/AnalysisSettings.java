package org.policylens.text;

import java.util.Set;

/**
 * The choices of a word count or co-word analysis that are not word lists.
 *
 * @param minLength    the fewest characters a term has (2 by default: single Chinese characters
 *                     are too ambiguous to count)
 * @param keepPos      parts of speech to keep, by prefix (e.g. {@code n} keeps n, ns, nz, ...);
 *                     empty keeps all but {@code dropPos}
 * @param dropPos      parts of speech to drop, by prefix (punctuation w, numerals m, quantifiers q,
 *                     strings x by default)
 * @param ngram        1 for words; 2 or 3 counts phrases of adjacent terms
 * @param useStopwords whether the stop-word lists apply
 */
public record AnalysisSettings(int minLength, Set<String> keepPos, Set<String> dropPos, int ngram, boolean useStopwords) {

	/** The defaults: terms of two or more characters, no punctuation or numbers, stop words removed. */
	public static final AnalysisSettings DEFAULT = new AnalysisSettings(2, Set.of(), Set.of("w", "m", "q", "x"), 1, true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * @param pos a part-of-speech tag, or {@code null}
	 * @return whether a token with it is kept
	 */
	public boolean keeps(String pos) {
		if (pos == null || pos.isEmpty()) {
			return keepPos.isEmpty();
		}
		for (String drop : dropPos) {
			if (pos.startsWith(drop)) {
				return false;
			}
		}
		if (keepPos.isEmpty()) {
			return true;
		}
		for (String keep : keepPos) {
			if (pos.startsWith(keep)) {
				return true;
			}
		}
		return false;
	}

	/** @return a short description for provenance lines */
	public String describe() {
		return "min length " + minLength + (keepPos.isEmpty() ? "" : ", parts of speech " + String.join("+", keepPos.stream().sorted().toList())) //$NON-NLS-2$ //$NON-NLS-3$
				+ (dropPos.isEmpty() ? "" : ", without " + String.join("+", dropPos.stream().sorted().toList())) //$NON-NLS-2$ //$NON-NLS-3$
				+ (ngram > 1 ? ", " + ngram + "-grams" : "") + (useStopwords ? "" : ", no stop words"); //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
