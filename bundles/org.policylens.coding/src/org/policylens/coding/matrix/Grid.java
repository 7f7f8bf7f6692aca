package org.policylens.coding.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.policylens.codebook.CodeTree;


/**
 * A matrix laid out as rows of cells, the same for CSV, XLSX and the terminal: text, counts,
 * shares (0..1, shown as percentages) and residuals.
 */
final class Grid {

	/** A share of a total, 0..1 (NaN when the total is 0). */
	record Share(double value) {
		@Override
		public String toString() {
			return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", 100 * value); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** An adjusted standardized residual; NaN when the cell is not in the χ² test. */
	record Residual(double value) {
		boolean flagged() {
			return Math.abs(value) > ChiSquare.CRITICAL;
		}

		@Override
		public String toString() {
			return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	final List<List<Object>> rows = new ArrayList<>();

	private Grid() {
	}

	private List<Object> row() {
		List<Object> row = new ArrayList<>();
		rows.add(row);
		return row;
	}

	/** The matrix: one line per code (indented by depth), counts and the chosen percentage per column, then totals. */
	static Grid table(CodingMatrix matrix, Percent percent) {
		Grid grid = new Grid();
		List<Object> header = grid.row();
		header.add("code"); //$NON-NLS-1$
		header.add("level"); //$NON-NLS-1$
		List<String> columns = new ArrayList<>(matrix.columns());
		columns.add(ThesisTable.TOTAL);
		for (String column : columns) {
			header.add(column);
			if (percent != Percent.NONE) {
				header.add(column + " " + percent.name().toLowerCase(Locale.ROOT) + " %"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (int r = 0; r < matrix.rows().size(); r++) {
			CodingMatrix.Row row = matrix.rows().get(r);
			grid.line(matrix, percent, r, "  ".repeat(row.depth()) + row.code().getName(), row.depth()); //$NON-NLS-1$
		}
		grid.line(matrix, percent, -1, ThesisTable.TOTAL, 0);
		return grid;
	}

	private void line(CodingMatrix matrix, Percent percent, int r, String name, int level) {
		List<Object> line = row();
		line.add(name);
		line.add(Integer.valueOf(level));
		for (int c = 0; c <= matrix.columns().size(); c++) {
			int column = c == matrix.columns().size() ? -1 : c;
			line.add(Long.valueOf(matrix.count(r, column)));
			if (percent != Percent.NONE) {
				line.add(new Share(matrix.percent(percent, r, column)));
			}
		}
	}

	/** The adjusted standardized residuals of the cells in the χ² test. */
	static Grid residuals(CodingMatrix matrix) {
		Grid grid = new Grid();
		List<Object> header = grid.row();
		header.add("code"); //$NON-NLS-1$
		header.addAll(matrix.columns());
		for (int r = 0; r < matrix.rows().size(); r++) {
			int row = r;
			if (matrix.chiSquare().map(chi -> !chi.rows().contains(row)).orElse(true)) {
				continue;
			}
			List<Object> line = grid.row();
			line.add(CodeTree.pathOf(matrix.rows().get(r).code()));
			for (int c = 0; c < matrix.columns().size(); c++) {
				line.add(new Residual(matrix.residual(r, c)));
			}
		}
		return grid;
	}

	/** The thesis layout (see {@link ThesisTable}). */
	static Grid thesis(CodingMatrix matrix) {
		ThesisTable table = ThesisTable.of(matrix);
		Grid grid = new Grid();
		List<Object> blocks = grid.row();
		blocks.add(""); //$NON-NLS-1$
		blocks.add(""); //$NON-NLS-1$
		List<Object> header = grid.row();
		header.add("type"); //$NON-NLS-1$
		header.add("tool"); //$NON-NLS-1$
		for (String column : table.columns()) {
			blocks.add(column);
			blocks.add(""); //$NON-NLS-1$
			blocks.add(""); //$NON-NLS-1$
			blocks.add(""); //$NON-NLS-1$
			header.add("type n"); //$NON-NLS-1$
			header.add("type %"); //$NON-NLS-1$
			header.add("tool n"); //$NON-NLS-1$
			header.add("tool %"); //$NON-NLS-1$
		}
		for (ThesisTable.Line line : table.lines()) {
			List<Object> row = grid.row();
			boolean total = line.type() == null;
			row.add(total ? ThesisTable.TOTAL : line.firstOfType() ? line.type().getName() : ""); //$NON-NLS-1$
			row.add(line.tool() == null ? "" : line.tool().getName()); //$NON-NLS-1$
			for (int b = 0; b < table.columns().size(); b++) {
				row.add(line.firstOfType() ? Long.valueOf(line.typeCount()[b]) : ""); //$NON-NLS-1$
				row.add(line.firstOfType() ? new Share(line.typeShare()[b]) : ""); //$NON-NLS-1$
				row.add(line.tool() == null ? "" : Long.valueOf(line.toolCount()[b])); //$NON-NLS-1$
				row.add(line.tool() == null ? "" : new Share(line.toolShare()[b])); //$NON-NLS-1$
			}
		}
		return grid;
	}

	/** @return the grid as tab-separated lines */
	List<String> lines() {
		return rows.stream().map(row -> String.join("\t", row.stream().map(String::valueOf).toList())).toList(); //$NON-NLS-1$
	}
}
