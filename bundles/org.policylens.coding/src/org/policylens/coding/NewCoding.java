package org.policylens.coding;

import org.policylens.codebook.model.Code;
import org.policylens.coding.model.CodingOrigin;

/**
 * A coding to add (see {@link StudyCodings#add}).
 *
 * @param code     the code, of one of the study's codebooks, codable
 * @param document the policy number
 * @param start    the offset of the span in the document's text
 * @param end      the offset after it
 * @param clause   the clause label, or {@code null} to take the innermost clause that holds the span
 * @param coder    the coder's id
 * @param memo     a memo, or {@code null}
 * @param origin   manual, auto (an accepted proposal) or imported
 * @param evidence why an auto-coder proposed it, or {@code null}
 */
public record NewCoding(Code code, int document, int start, int end, String clause, String coder, String memo,
		CodingOrigin origin, String evidence) {

	/**
	 * @param code     the code
	 * @param document the policy number
	 * @param start    the span's start
	 * @param end      its end
	 * @param coder    the coder
	 * @param memo     a memo, or {@code null}
	 * @return a manual coding of a span, its clause found from the span
	 */
	public static NewCoding manual(Code code, int document, int start, int end, String coder, String memo) {
		return new NewCoding(code, document, start, end, null, coder, memo, CodingOrigin.MANUAL, null);
	}
}
