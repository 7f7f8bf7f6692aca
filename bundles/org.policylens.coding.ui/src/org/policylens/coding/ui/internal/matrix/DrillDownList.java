package org.policylens.coding.ui.internal.matrix;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.policylens.codebook.CodeTree;
import org.policylens.coding.model.Coding;

/**
 * The codings of a selected matrix cell: document, clause, the coded text, code, coder and memo;
 * a double-click (or Enter) opens the document at the coded span.
 */
final class DrillDownList {

	private static final int EXCERPT = 120;

	private final Composite control;
	private final Label title;
	private final TableViewer viewer;

	/**
	 * @param parent the parent
	 * @param texts  the document texts, for titles and excerpts
	 * @param open   opens a coding in its document
	 */
	DrillDownList(Composite parent, DocumentTexts texts, Consumer<Coding> open) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(control);
		title = new Label(control, SWT.NONE);
		title.setText("Select a cell of the matrix to list its codings.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		viewer = EditorParts.table(control, SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		EditorParts.column(viewer, "Document", 220, EditorParts.text(Coding.class, c -> texts.label(c.getDocument())));
		EditorParts.column(viewer, "Clause", 70, EditorParts.text(Coding.class, c -> c.getClause() == null ? "" : c.getClause())); //$NON-NLS-1$
		EditorParts.column(viewer, "Coded text", 380, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return texts.excerpt((Coding) element, EXCERPT);
			}

			@Override
			public String getToolTipText(Object element) {
				return texts.excerpt((Coding) element, 2000) + "\n\nDouble-click to open the document at this span.";
			}
		});
		EditorParts.column(viewer, "Code", 150, EditorParts.text(Coding.class, c -> c.getCode() == null ? "?" : CodeTree.pathOf(c.getCode()))); //$NON-NLS-1$
		EditorParts.column(viewer, "Coder", 80, EditorParts.text(Coding.class, Coding::getCoder));
		EditorParts.column(viewer, "Memo", 200, EditorParts.text(Coding.class, c -> c.getMemo() == null ? "" : c.getMemo())); //$NON-NLS-1$
		viewer.addOpenListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Coding coding) {
				open.accept(coding);
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
	 * @param heading what the codings are, e.g. "Talent × 北京: 3 coding reference(s)"
	 * @param codings the codings
	 */
	void show(String heading, List<Coding> codings) {
		title.setText(heading);
		viewer.setInput(codings);
	}

	/** Empties the list until a cell is selected. */
	void clear() {
		show("Select a cell of the matrix to list its codings.", List.of());
	}

	/** @return the codings listed */
	@SuppressWarnings("unchecked")
	List<Coding> codings() {
		return viewer.getInput() instanceof List<?> list ? (List<Coding>) list : List.of();
	}
}
