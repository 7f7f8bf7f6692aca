package org.policylens.coword;

/**
 * One unit of co-occurrence: a bibliographic record, a document, a clause, a sentence or a window
 * of tokens. Two terms co-occur when they occur in the same unit; a unit counts once however often
 * a term occurs in it. Units let a viewer show the records or clauses behind a link.
 *
 * @param index    its position among the units of one read, from 0
 * @param sourceId the record or document it comes from: a record's accession number (WoS {@code UT},
 *                 Scopus {@code EID}) or its file and record number, a document's policy number
 * @param label    what people read, e.g. "京经信发〔2022〕87号 §3" or "WOS:000123456700001"
 * @param start    where the unit starts in its document's text ({@code documents/NNNN.txt}), or -1
 *                 for a whole record
 * @param end      the offset after it, or -1 for a whole record
 */
public record CowordUnit(int index, String sourceId, String label, int start, int end) {

	/**
	 * @param index    its position
	 * @param sourceId the record it is
	 * @param label    what people read
	 * @return a unit that is a whole record (no span)
	 */
	public static CowordUnit record(int index, String sourceId, String label) {
		return new CowordUnit(index, sourceId, label, -1, -1);
	}

	/** @return whether the unit is a span of a document's text rather than a whole record */
	public boolean hasSpan() {
		return start >= 0 && end >= start;
	}
}
