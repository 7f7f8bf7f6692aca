package org.policylens.coding.matrix;

import java.util.List;

/**
 * The χ² test of independence of a coding matrix (Pearson, commons-math3 {@code ChiSquareTest}).
 *
 * @param statistic       χ²
 * @param degreesOfFreedom (rows − 1)(columns − 1) of the table tested
 * @param p               the p-value
 * @param rows            the matrix rows in the test (rows with no codings left out)
 * @param columns         the matrix columns in the test (columns with no codings left out)
 * @param lowExpected     how many cells of the tested table expect fewer than 5
 * @param notes           caveats for the reader (overlapping cells, small expected counts)
 */
public record ChiSquare(double statistic, int degreesOfFreedom, double p, List<Integer> rows, List<Integer> columns,
		int lowExpected, List<String> notes) {

	/** |adjusted standardized residual| above this is flagged (two-sided 5 %). */
	public static final double CRITICAL = 1.96;
}
