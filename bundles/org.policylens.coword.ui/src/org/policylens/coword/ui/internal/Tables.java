package org.policylens.coword.ui.internal;

import java.util.Comparator;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

/** Tables whose columns sort when their header is clicked (again: the other way). */
final class Tables {

	private Tables() {
	}

	/**
	 * @param parent the parent
	 * @return a table viewer of rows given as a list
	 */
	static TableViewer create(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	/**
	 * Adds a column.
	 *
	 * @param viewer the table
	 * @param title  its header
	 * @param width  its width
	 * @param text   the cell's text
	 * @param image  the cell's image, or {@code null}
	 * @param order  how the column sorts, or {@code null} for by text
	 * @param <T>    the row type
	 */
	@SuppressWarnings("unchecked")
	static <T> void column(TableViewer viewer, String title, int width, Function<T, String> text, Function<T, Image> image,
			Comparator<T> order) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply((T) element);
			}
		});
		Comparator<T> sort = order != null ? order : Comparator.comparing(text);
		column.getColumn().addListener(SWT.Selection, e -> sortBy(viewer, column.getColumn(), (Comparator<Object>) (Comparator<?>) sort));
	}

	private static void sortBy(TableViewer viewer, TableColumn column, Comparator<Object> order) {
		boolean descending = viewer.getTable().getSortColumn() == column && viewer.getTable().getSortDirection() == SWT.UP;
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		Comparator<Object> effective = descending ? order.reversed() : order;
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return effective.compare(a, b);
			}
		});
	}
}
