package org.policylens.coding.ui.internal.matrix;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.PlatformUI;
import org.policylens.study.ui.IStudyService;

/**
 * The small pieces the matrix-coding and agreement editors are built of: a settings row whose
 * labelled controls wrap together, tables with tooltips, columns from a function, bold text.
 */
public final class EditorParts {

	/** What an undefined coefficient or an empty share shows. */
	public static final String NONE = "\u2014"; //$NON-NLS-1$

	private EditorParts() {
	}

	/** @return whether a study is open in the workbench (the analysis commands need one) */
	public static boolean studyOpen() {
		return PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getService(IStudyService.class).getCurrent() != null;
	}

	/**
	 * @param page the editor's page (a one-column grid)
	 * @return a row of settings that wraps when the editor is narrow
	 */
	public static Composite settingsRow(Composite page) {
		Composite settings = new Composite(page, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.center = true;
		rows.spacing = 12;
		settings.setLayout(rows);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(settings);
		return settings;
	}

	/**
	 * @param parent a settings row
	 * @param label  the label, with a mnemonic
	 * @return the composite for the control, kept together with its label when the row wraps
	 */
	public static Composite labelled(Composite parent, String label) {
		Composite pair = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pair);
		new Label(pair, SWT.NONE).setText(label);
		return pair;
	}

	/**
	 * @param parent  a settings row
	 * @param label   the label
	 * @param tooltip what the choice means
	 * @param items   the choices
	 * @return a read-only combo with the first choice selected
	 */
	public static Combo combo(Composite parent, String label, String tooltip, String... items) {
		Combo combo = new Combo(labelled(parent, label), SWT.READ_ONLY);
		combo.setItems(items);
		combo.setToolTipText(tooltip);
		if (items.length > 0) {
			combo.select(0);
		}
		return combo;
	}

	/**
	 * @param parent a composite
	 * @param text   the button's text
	 * @param action what it does
	 * @return a push button
	 */
	public static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/**
	 * @param parent a composite
	 * @param style  extra style bits (e.g. {@link SWT#MULTI})
	 * @return a table viewer of a list input, with header, lines and tooltips
	 */
	public static TableViewer table(Composite parent, int style) {
		TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | style);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}

	/**
	 * @param viewer   a table viewer
	 * @param title    the column header
	 * @param width    its width in pixels
	 * @param provider the cell texts (and colours, fonts, tooltips)
	 * @return the column
	 */
	public static TableViewerColumn column(TableViewer viewer, String title, int width, ColumnLabelProvider provider) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(false);
		column.setLabelProvider(provider);
		return column;
	}

	/**
	 * Gives a table new columns and lines, e.g. for a new result, without flicker.
	 *
	 * @param viewer  the table viewer
	 * @param columns makes the new columns (the old ones are gone)
	 * @param input   the new lines
	 */
	public static void rebuild(TableViewer viewer, Runnable columns, List<?> input) {
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			viewer.setInput(List.of());
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			columns.run();
			viewer.setInput(input);
		} finally {
			table.setRedraw(true);
		}
	}

	/**
	 * @param type the type of the rows
	 * @param text a row's text in the column
	 * @return a label provider of text only
	 */
	public static <T> ColumnLabelProvider text(Class<T> type, Function<T, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return type.isInstance(element) ? text.apply(type.cast(element)) : ""; //$NON-NLS-1$
			}
		};
	}

	/**
	 * A column of a table whose lines are of one type: the text and tooltip from functions, bold on
	 * the lines a predicate picks (totals, the pooled line).
	 *
	 * @param <T> the type of the lines
	 */
	public static class Labels<T> extends ColumnLabelProvider {
		private final Class<T> type;
		private final Function<T, String> text;
		private final Function<T, String> tooltip;
		private final Predicate<T> bold;

		/**
		 * @param type    the type of the lines
		 * @param text    a line's text in the column
		 * @param tooltip a line's tooltip in the column, or {@code null} for none
		 * @param bold    whether a line is bold
		 */
		public Labels(Class<T> type, Function<T, String> text, Function<T, String> tooltip, Predicate<T> bold) {
			this.type = type;
			this.text = text;
			this.tooltip = tooltip;
			this.bold = bold;
		}

		/**
		 * @param element an element of the table
		 * @return it as a line
		 */
		protected T line(Object element) {
			return type.cast(element);
		}

		@Override
		public String getText(Object element) {
			return text.apply(line(element));
		}

		@Override
		public String getToolTipText(Object element) {
			return tooltip.apply(line(element));
		}

		@Override
		public Font getFont(Object element) {
			return bold.test(line(element)) ? bold() : null;
		}
	}

	/** @return the bold variant of the dialog font (shared, not to be disposed) */
	public static Font bold() {
		return JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
	}

	/**
	 * @param parent a composite with a one-column grid
	 * @return a wrapping label that spans the width
	 */
	public static Label wrappingLabel(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(label);
		return label;
	}

	/**
	 * @param text   a text
	 * @param start  a span's start
	 * @param end    its end
	 * @param length at most this many characters
	 * @return the span on one line (white space collapsed), cut with an ellipsis when longer
	 */
	public static String excerpt(String text, int start, int end, int length) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		int from = Math.max(0, Math.min(start, text.length()));
		int to = Math.max(from, Math.min(end, text.length()));
		String line = text.substring(from, to).replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return line.length() > length ? line.substring(0, length) + "\u2026" : line; //$NON-NLS-1$
	}
}
