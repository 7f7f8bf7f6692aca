package org.policylens.coding.agreement;

import java.util.List;

import org.policylens.codebook.model.Codebook;

/**
 * Which coders to compare, on what.
 *
 * @param codebook  the codebook whose codable codes are compared, one code at a time
 * @param coders    two or more coder ids (an auto-coder is {@code auto:<id>})
 * @param documents the policy numbers coded by all of them; empty for the documents any of them
 *                  coded, where a coder's judgements are missing in the documents they did not code at all
 * @param units     which clauses are the units
 */
public record AgreementOptions(Codebook codebook, List<String> coders, List<Integer> documents, Units units) {

	/**
	 * The units of agreement: clauses, as in the thesis (NVivo compares characters instead).
	 */
	public enum Units {
		/**
		 * Every clause of the documents (the default): a coder who read a clause and gave it no
		 * code made a judgement too, so agreement on leaving a clause uncoded counts.
		 */
		ALL_CLAUSES,
		/** Only the clauses at least one of the coders coded with a code of the codebook. */
		CODED_CLAUSES
	}

	/**
	 * @param codebook  the codebook
	 * @param coders    the coders
	 * @param documents the documents, or empty
	 * @param units     the units
	 */
	public AgreementOptions {
		coders = List.copyOf(coders);
		documents = List.copyOf(documents);
		if (coders.size() < 2 || coders.stream().distinct().count() != coders.size()) {
			throw new IllegalArgumentException("agreement needs two or more different coders, not " + coders);
		}
	}
}
