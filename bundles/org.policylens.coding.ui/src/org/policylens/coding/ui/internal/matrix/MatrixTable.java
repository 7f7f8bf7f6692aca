package org.policylens.coding.ui.internal.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.policylens.codebook.CodeTree;
import org.policylens.coding.matrix.CodingMatrix;
import org.policylens.coding.matrix.MatrixOptions;
import org.policylens.coding.matrix.Percent;
import org.policylens.coding.matrix.ThesisTable;

/**
 * The table of a coding matrix: a row per code, indented by its depth (categories are bold, their
 * counts subtotals), then the total row; a column per attribute value or code, then the total
 * column. A cell shows its count, the chosen percentage and the mark of a flagged residual, on a
 * background shaded by the residual ({@link ResidualShading}). One cell is selected at a time.
 */
final class MatrixTable {

	private static final int TOTAL = -1;

	private final Composite control;
	private final TableViewer viewer;
	private final CellCursor cursor;
	private CodingMatrix matrix;
	private Percent percent = Percent.NONE;

	/**
	 * @param parent the parent
	 * @param onCell receives the matrix row and column (-1: total) of the selected cell
	 */
	MatrixTable(Composite parent, BiConsumer<Integer, Integer> onCell) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(control);
		viewer = EditorParts.table(control, SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		ResidualShading.legend(control);
		cursor = new CellCursor(viewer.getTable(), (row, column) -> {
			if (matrix != null) {
				onCell.accept(rowAt(row), columnAt(column));
			}
		});
	}

	Composite getControl() {
		return control;
	}

	Table getTable() {
		return viewer.getTable();
	}

	/**
	 * @param shown   the matrix
	 * @param percent the percentage beside the counts
	 */
	void show(CodingMatrix shown, Percent percent) {
		this.matrix = shown;
		this.percent = percent;
		List<Integer> rows = new ArrayList<>();
		for (int r = 0; r < shown.rows().size(); r++) {
			rows.add(r);
		}
		rows.add(TOTAL);
		EditorParts.rebuild(viewer, () -> {
			EditorParts.column(viewer, "Code", 240, rowLabels());
			List<String> columns = new ArrayList<>(shown.columns());
			columns.add(ThesisTable.TOTAL);
			for (int c = 0; c < columns.size(); c++) {
				int column = c == shown.columns().size() ? TOTAL : c;
				EditorParts.column(viewer, columns.get(c), 110, new CellLabels(column)).getColumn()
						.setToolTipText(column == TOTAL ? "Distinct items of the row" : columns.get(c));
			}
			cursor.reset();
		}, rows);
	}

	/** @param shown the percentage beside the counts */
	void setPercent(Percent shown) {
		this.percent = shown;
		if (matrix != null) {
			viewer.refresh();
		}
	}

	/**
	 * @param row    a matrix row, or -1 for the total row
	 * @param column a matrix column, or -1 for the total column
	 */
	void select(int row, int column) {
		cursor.select(row == TOTAL ? matrix.rows().size() : row, column == TOTAL ? matrix.columns().size() + 1 : column + 1);
	}

	private int rowAt(int tableRow) {
		return tableRow >= matrix.rows().size() ? TOTAL : tableRow;
	}

	private int columnAt(int tableColumn) {
		return tableColumn > matrix.columns().size() ? TOTAL : tableColumn - 1;
	}

	/**
	 * @param row    a matrix row, or -1
	 * @param column a matrix column, or -1
	 * @return the cell's text: count, percentage, mark
	 */
	String cellText(int row, int column) {
		StringBuilder text = new StringBuilder(Long.toString(matrix.count(row, column)));
		if (percent != Percent.NONE) {
			double share = matrix.percent(percent, row, column);
			text.append("   ").append(Double.isNaN(share) ? EditorParts.NONE : String.format(Locale.ROOT, "%.1f %%", 100 * share)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String mark = row == TOTAL || column == TOTAL ? "" : ResidualShading.mark(matrix.residual(row, column)); //$NON-NLS-1$
		if (!mark.isEmpty()) {
			text.append("  ").append(mark); //$NON-NLS-1$
		}
		return text.toString();
	}

	private double residual(int row, int column) {
		return row == TOTAL || column == TOTAL ? Double.NaN : matrix.residual(row, column);
	}

	private boolean bold(int row) {
		return row == TOTAL || matrix.rows().get(row).subtotal();
	}

	private String unit() {
		return matrix.options().count() == MatrixOptions.Count.CLAUSES ? "clause(s)" : "coding reference(s)";
	}

	/** @return the first column: the code, indented by depth, or "Total" */
	private ColumnLabelProvider rowLabels() {
		return new EditorParts.Labels<>(Integer.class, row -> row == TOTAL ? ThesisTable.TOTAL
				: "    ".repeat(matrix.rows().get(row).depth()) + matrix.rows().get(row).code().getName(), //$NON-NLS-1$
				row -> row == TOTAL ? "Distinct items of each column" : CodeTree.pathOf(matrix.rows().get(row).code()), this::bold);
	}

	/** A column of counts, shaded by the residual. */
	private final class CellLabels extends EditorParts.Labels<Integer> {
		private final int column;

		CellLabels(int column) {
			super(Integer.class, row -> cellText(row, column), row -> cellTip(row, column), MatrixTable.this::bold);
			this.column = column;
		}

		@Override
		public Color getBackground(Object element) {
			RGB rgb = ResidualShading.background(residual(line(element), column));
			return rgb == null ? null : new Color(rgb);
		}
	}

	private String cellTip(int row, int column) {
		String rowName = row == TOTAL ? "All codes" : matrix.rows().get(row).code().getName();
		String columnName = column == TOTAL ? "all columns" : matrix.columns().get(column);
		return rowName + " \u00D7 " + columnName + ": " + matrix.count(row, column) + " " + unit() + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ ResidualShading.describe(residual(row, column)) + "\nSelect the cell to list its codings.";
	}
}
