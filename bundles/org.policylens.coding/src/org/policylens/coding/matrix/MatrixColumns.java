package org.policylens.coding.matrix;

import org.policylens.codebook.model.Codebook;

/** What the columns of a coding matrix are. */
public sealed interface MatrixColumns {

	/**
	 * The values of a case attribute of the documents (city, year, level, ...): the attribute's
	 * categories in their order, then other values sorted, then documents without a value.
	 *
	 * @param attribute the attribute name
	 */
	record ByAttribute(String attribute) implements MatrixColumns {
	}

	/**
	 * The codes of another codebook that have no codes below them (e.g. the application domains of
	 * smart-city policy): a row code's coding counts in a column when its clause is coded with the
	 * column's code too (tool × domain).
	 *
	 * @param codebook the other codebook
	 */
	record ByCodebook(Codebook codebook) implements MatrixColumns {
	}

	/** @return how the columns are named in headers and provenance */
	default String describe() {
		if (this instanceof ByAttribute a) {
			return a.attribute();
		}
		return "codebook " + ((ByCodebook) this).codebook().getId(); //$NON-NLS-1$
	}
}
