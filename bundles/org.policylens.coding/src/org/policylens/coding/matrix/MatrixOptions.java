package org.policylens.coding.matrix;

import org.policylens.codebook.model.Codebook;

/**
 * What a coding matrix counts.
 *
 * @param rows       the codebook whose codes are the rows (tree order, categories with subtotals)
 * @param columns    the columns
 * @param count      what a cell counts
 * @param coder      only the codings of this coder, or {@code null} for every coder
 * @param chiSquare  which rows the χ² test uses
 */
public record MatrixOptions(Codebook rows, MatrixColumns columns, Count count, String coder, ChiSquareRows chiSquare) {

	/** What a cell counts. */
	public enum Count {
		/** Coding references: every coding counts (NVivo's "coding references"). */
		REFERENCES,
		/** Distinct clauses coded: a clause coded twice with a code (or its sub-codes) counts once. */
		CLAUSES
	}

	/**
	 * The rows of the χ² test of independence. A table of subtotals and their parts counts codings
	 * twice, so the test takes one level of the code tree.
	 */
	public enum ChiSquareRows {
		/** The codes without codes below them (e.g. the policy tools). */
		LEAVES,
		/** The codes at the top of the codebook with everything below them (e.g. supply, environment, demand). */
		TOP
	}

	/**
	 * @param rows    the codebook of the rows
	 * @param columns the columns
	 * @param count   what a cell counts
	 * @return options for every coder, the χ² test over the leaf codes
	 */
	public static MatrixOptions of(Codebook rows, MatrixColumns columns, Count count) {
		return new MatrixOptions(rows, columns, count, null, ChiSquareRows.LEAVES);
	}
}
