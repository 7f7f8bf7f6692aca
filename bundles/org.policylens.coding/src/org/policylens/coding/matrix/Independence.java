package org.policylens.coding.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * The χ² test of independence of one level of a coding matrix's rows by its columns, and the
 * adjusted standardized residual of every cell: (O − E) / √(E (1 − rᵢ/N) (1 − cⱼ/N)) (Haberman,
 * S. J. (1973), The analysis of residuals in cross-classified tables, Biometrics 29(1), 205–220),
 * approximately standard normal under independence, so beyond ±1.96 a cell holds significantly
 * more or fewer codings than independence predicts.
 */
final class Independence {

	record Result(ChiSquare chiSquare, double[][] residuals, List<String> messages) {
	}

	private Independence() {
	}

	static Result test(CodingMatrix matrix) {
		int rowCount = matrix.rows().size();
		int columnCount = matrix.columns().size();
		double[][] residuals = new double[rowCount][columnCount];
		for (double[] row : residuals) {
			Arrays.fill(row, Double.NaN);
		}
		boolean leaves = matrix.options().chiSquare() == MatrixOptions.ChiSquareRows.LEAVES;
		List<Integer> rows = new ArrayList<>();
		for (int r = 0; r < rowCount; r++) {
			CodingMatrix.Row row = matrix.rows().get(r);
			if ((leaves ? !row.subtotal() : row.depth() == 0) && matrix.count(r, -1) > 0) {
				rows.add(r);
			}
		}
		List<Integer> columns = new ArrayList<>();
		for (int c = 0; c < columnCount; c++) {
			int column = c;
			if (rows.stream().anyMatch(r -> matrix.count(r, column) > 0)) {
				columns.add(c);
			}
		}
		if (rows.size() < 2 || columns.size() < 2) {
			String level = leaves ? "codes without sub-codes" : "top-level codes";
			return new Result(null, residuals, matrix.isEmpty() ? List.of()
					: List.of("no χ² test: it needs two rows (" + level + ") and two columns with codings; there are " + rows.size()
							+ " and " + columns.size()));
		}
		long[][] table = new long[rows.size()][columns.size()];
		long[] rowSums = new long[rows.size()];
		long[] columnSums = new long[columns.size()];
		long n = 0;
		BitSet union = new BitSet();
		for (int i = 0; i < rows.size(); i++) {
			for (int j = 0; j < columns.size(); j++) {
				table[i][j] = matrix.count(rows.get(i), columns.get(j));
				rowSums[i] += table[i][j];
				columnSums[j] += table[i][j];
				n += table[i][j];
				union.or(matrix.items(rows.get(i), columns.get(j)));
			}
		}
		int low = 0;
		for (int i = 0; i < rows.size(); i++) {
			for (int j = 0; j < columns.size(); j++) {
				double expected = (double) rowSums[i] * columnSums[j] / n;
				if (expected < 5) {
					low++;
				}
				double variance = expected * (1 - (double) rowSums[i] / n) * (1 - (double) columnSums[j] / n);
				residuals[rows.get(i)][columns.get(j)] = variance > 0 ? (table[i][j] - expected) / Math.sqrt(variance) : Double.NaN;
			}
		}
		ChiSquareTest test = new ChiSquareTest();
		List<String> notes = new ArrayList<>();
		if (matrix.measure(union) < n) {
			notes.add("cells overlap (" + n + " counted, " + matrix.measure(union)
					+ " distinct): a coding or clause counts in more than one cell, so χ² only describes the table");
		}
		int cells = rows.size() * columns.size();
		if (low > 0) {
			notes.add(String.format(Locale.ROOT, "%d of %d cells (%.0f%%) expect fewer than 5; the χ² approximation is rough", low,
					cells, 100.0 * low / cells));
		}
		ChiSquare chi = new ChiSquare(test.chiSquare(table), (rows.size() - 1) * (columns.size() - 1), test.chiSquareTest(table),
				rows, columns, low, notes);
		return new Result(chi, residuals, List.of());
	}
}
