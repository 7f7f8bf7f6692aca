package org.policylens.coding;

import org.policylens.coding.model.Coding;

/**
 * A clause as the unit of counting and of agreement: the document and the clause label; a
 * coding outside every clause is a unit of its own, {@code @start-end}.
 *
 * @param document the policy number
 * @param clause   the clause label, e.g. 5-2-1, or {@code @start-end}
 */
public record ClauseUnit(int document, String clause) {

	/**
	 * @param coding a coding
	 * @return the unit it codes
	 */
	public static ClauseUnit of(Coding coding) {
		return new ClauseUnit(coding.getDocument(),
				coding.getClause() != null ? coding.getClause() : "@" + coding.getStart() + "-" + coding.getEnd()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public String toString() {
		return document + ":" + clause; //$NON-NLS-1$
	}
}
