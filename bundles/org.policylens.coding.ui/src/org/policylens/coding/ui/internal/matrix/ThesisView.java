package org.policylens.coding.ui.internal.matrix;

import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.policylens.coding.matrix.ThesisTable;

/**
 * The thesis layout of a matrix ({@link ThesisTable}): per column a block of the type's count and
 * share (bold, on its first line) and the tool's count and share, shares of the column's total;
 * the total line last.
 */
final class ThesisView {

	private final TableViewer viewer;

	ThesisView(Composite parent) {
		viewer = EditorParts.table(parent, SWT.SINGLE);
	}

	Table getTable() {
		return viewer.getTable();
	}

	void show(ThesisTable table) {
		EditorParts.rebuild(viewer, () -> {
			EditorParts.column(viewer, "Type", 180, new Labels(true, line -> line.type() == null ? ThesisTable.TOTAL
					: line.firstOfType() ? line.type().getName() : "")); //$NON-NLS-1$
			EditorParts.column(viewer, "Tool", 180, new Labels(false, line -> line.tool() == null ? "" : line.tool().getName())); //$NON-NLS-1$
			for (int b = 0; b < table.columns().size(); b++) {
				int block = b;
				String name = table.columns().get(b);
				EditorParts.column(viewer, name + ": type n", 90, new Labels(true, l -> l.firstOfType() ? Long.toString(l.typeCount()[block]) : "")); //$NON-NLS-1$
				EditorParts.column(viewer, "type %", 70, new Labels(true, l -> l.firstOfType() ? share(l.typeShare()[block]) : "")); //$NON-NLS-1$
				EditorParts.column(viewer, "tool n", 60, new Labels(false, l -> l.tool() == null ? "" : Long.toString(l.toolCount()[block]))); //$NON-NLS-1$
				EditorParts.column(viewer, "tool %", 70, new Labels(false, l -> l.tool() == null ? "" : share(l.toolShare()[block]))); //$NON-NLS-1$
			}
		}, table.lines());
	}

	/**
	 * @param share a share 0..1, NaN when the column is empty
	 * @return as the thesis writes it: a percentage with two decimals
	 */
	static String share(double share) {
		return Double.isNaN(share) ? EditorParts.NONE : String.format(Locale.ROOT, "%.2f%%", 100 * share); //$NON-NLS-1$
	}

	/** A column of the thesis table; the type's columns and the total line are bold. */
	private static final class Labels extends ColumnLabelProvider {
		private final boolean type;
		private final Function<ThesisTable.Line, String> text;

		Labels(boolean type, Function<ThesisTable.Line, String> text) {
			this.type = type;
			this.text = text;
		}

		@Override
		public String getText(Object element) {
			return text.apply((ThesisTable.Line) element);
		}

		@Override
		public Font getFont(Object element) {
			return type || ((ThesisTable.Line) element).type() == null ? EditorParts.bold() : null;
		}
	}
}
