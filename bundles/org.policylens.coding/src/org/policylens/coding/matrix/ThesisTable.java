package org.policylens.coding.matrix;

import java.util.ArrayList;
import java.util.List;

import org.policylens.codebook.model.Code;

/**
 * The layout of policy-tool tables in Chinese policy studies (and Tables 16–22 of the thesis this
 * project started from): for each column (city) a block with each tool type's count and share,
 * then each of its tools with count and share; shares are of the column's total. A type is a code
 * at the top of the codebook, its tools the codes directly below it (with their sub-codes).
 *
 * @param columns the column blocks: the matrix's columns, then "Total"
 * @param lines   one line per tool (a type without tools has one line of its own), then the total line
 */
public record ThesisTable(List<String> columns, List<Line> lines) {

	/** The name of the last column block and of the last line. */
	public static final String TOTAL = "Total";

	/**
	 * A line of the table.
	 *
	 * @param type       the type, or {@code null} on the total line
	 * @param tool       the tool, or {@code null} when the type has no tools or on the total line
	 * @param firstOfType whether the type's count and share are shown on this line
	 * @param typeCount  per column block: the type's count
	 * @param typeShare  per column block: its share of the column (0..1; NaN when the column is empty)
	 * @param toolCount  per column block: the tool's count (0 when there is no tool)
	 * @param toolShare  per column block: its share of the column
	 */
	public record Line(Code type, Code tool, boolean firstOfType, long[] typeCount, double[] typeShare, long[] toolCount,
			double[] toolShare) {
	}

	/**
	 * @param matrix a coding matrix
	 * @return its thesis layout
	 */
	public static ThesisTable of(CodingMatrix matrix) {
		List<String> columns = new ArrayList<>(matrix.columns());
		columns.add(TOTAL);
		int blocks = columns.size();
		List<Line> lines = new ArrayList<>();
		List<CodingMatrix.Row> rows = matrix.rows();
		for (int r = 0; r < rows.size(); r++) {
			if (rows.get(r).depth() != 0) {
				continue;
			}
			long[] typeCount = new long[blocks];
			double[] typeShare = new double[blocks];
			fill(matrix, r, typeCount, typeShare);
			boolean first = true;
			for (int t = r + 1; t < rows.size() && rows.get(t).depth() > 0; t++) {
				if (rows.get(t).depth() != 1) {
					continue;
				}
				long[] toolCount = new long[blocks];
				double[] toolShare = new double[blocks];
				fill(matrix, t, toolCount, toolShare);
				lines.add(new Line(rows.get(r).code(), rows.get(t).code(), first, typeCount, typeShare, toolCount, toolShare));
				first = false;
			}
			if (first) {
				lines.add(new Line(rows.get(r).code(), null, true, typeCount, typeShare, new long[blocks], new double[blocks]));
			}
		}
		long[] totalCount = new long[blocks];
		double[] totalShare = new double[blocks];
		fill(matrix, -1, totalCount, totalShare);
		lines.add(new Line(null, null, true, totalCount, totalShare, new long[blocks], new double[blocks]));
		return new ThesisTable(List.copyOf(columns), List.copyOf(lines));
	}

	private static void fill(CodingMatrix matrix, int row, long[] counts, double[] shares) {
		for (int b = 0; b < counts.length; b++) {
			int column = b == counts.length - 1 ? -1 : b;
			counts[b] = matrix.count(row, column);
			shares[b] = matrix.percent(Percent.COLUMN, row, column);
		}
	}
}
