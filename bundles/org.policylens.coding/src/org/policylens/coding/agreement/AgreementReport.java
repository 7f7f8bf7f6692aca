package org.policylens.coding.agreement;

import java.util.List;
import java.util.Map;

import org.policylens.codebook.model.Code;
import org.policylens.coding.model.Coding;

/**
 * The agreement of coders on a codebook: per code and pooled, and where they disagree.
 *
 * @param options       what was compared
 * @param documents     the documents the units come from
 * @param units         how many units (clauses)
 * @param codes         per codable code, in tree order
 * @param pooled        all codes any coder used, as one study whose items are (unit, code) pairs
 * @param disagreements every unit and code on which the coders who judged it differ
 */
public record AgreementReport(AgreementOptions options, List<Integer> documents, int units, List<CodeAgreement> codes,
		AgreementMeasures.Values pooled, List<Disagreement> disagreements) {

	/**
	 * The agreement on one code.
	 *
	 * @param code    the code
	 * @param values  the coefficients
	 * @param coded   per coder: how many units they coded with it
	 */
	public record CodeAgreement(Code code, AgreementMeasures.Values values, Map<String, Integer> coded) {

		/** @return whether any coder used the code */
		public boolean used() {
			return coded.values().stream().anyMatch(n -> n > 0);
		}
	}

	/**
	 * A unit and code the coders disagree on.
	 *
	 * @param document   the policy number
	 * @param clause     the clause label (or {@code @start-end} for codings outside every clause)
	 * @param code       the code
	 * @param codedBy    the coders who coded the clause with it
	 * @param notCodedBy the coders who judged the clause but did not
	 * @param codings    the codings of those who did
	 */
	public record Disagreement(int document, String clause, Code code, List<String> codedBy, List<String> notCodedBy,
			List<Coding> codings) {
	}
}
