package org.policylens.coding.ui.internal.matrix;

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * One selected cell of a table rather than a row: the row is the table's selection, the column
 * follows the mouse and the Left and Right keys. Only the selected cell (and the row's label in
 * the first column) is drawn selected, so the other cells of the row keep their shading.
 */
final class CellCursor {

	private final Table table;
	private final BiConsumer<Integer, Integer> onChange;
	private int column = 1;
	private int firedRow = -1;
	private int firedColumn = -1;

	/**
	 * @param table    the table; its first column labels the rows and is never the cursor's
	 * @param onChange receives the table row and column of the selected cell
	 */
	CellCursor(Table table, BiConsumer<Integer, Integer> onChange) {
		this.table = table;
		this.onChange = onChange;
		table.addListener(SWT.MouseDown, this::mouseDown);
		table.addListener(SWT.Selection, e -> fire());
		table.addListener(SWT.KeyDown, this::keyDown);
		table.addListener(SWT.EraseItem, this::erase);
	}

	private void mouseDown(Event event) {
		TableItem item = table.getItem(new Point(event.x, event.y));
		if (item == null) {
			return;
		}
		for (int c = 1; c < table.getColumnCount(); c++) {
			if (item.getBounds(c).contains(event.x, event.y)) {
				column = c;
				table.redraw();
				break;
			}
		}
		table.getDisplay().asyncExec(() -> {
			if (!table.isDisposed()) {
				fire();
			}
		});
	}

	private void keyDown(Event event) {
		int next = column;
		if (event.keyCode == SWT.ARROW_LEFT) {
			next = Math.max(1, column - 1);
		} else if (event.keyCode == SWT.ARROW_RIGHT) {
			next = Math.min(table.getColumnCount() - 1, column + 1);
		} else {
			return;
		}
		event.doit = false;
		if (next != column) {
			column = next;
			table.showColumn(table.getColumn(column));
			table.redraw();
			fire();
		}
	}

	private void erase(Event event) {
		if ((event.detail & SWT.SELECTED) == 0 || event.index == 0 || event.index == column) {
			return;
		}
		TableItem item = (TableItem) event.item;
		GC gc = event.gc;
		gc.setBackground(item.getBackground(event.index));
		gc.fillRectangle(item.getBounds(event.index));
		event.detail &= ~(SWT.SELECTED | SWT.HOT);
	}

	private void fire() {
		int row = table.getSelectionIndex();
		if (row < 0 || column >= table.getColumnCount() || row == firedRow && column == firedColumn) {
			return;
		}
		firedRow = row;
		firedColumn = column;
		onChange.accept(row, column);
	}

	/**
	 * Selects a cell as a click would.
	 *
	 * @param row    a table row
	 * @param column a table column, 1 or more
	 */
	void select(int row, int column) {
		this.column = Math.max(1, Math.min(column, table.getColumnCount() - 1));
		table.setSelection(row);
		table.showSelection();
		table.redraw();
		fire();
	}

	/** Forgets the selected cell, e.g. when the table gets other columns. */
	void reset() {
		column = 1;
		firedRow = -1;
		firedColumn = -1;
	}
}
