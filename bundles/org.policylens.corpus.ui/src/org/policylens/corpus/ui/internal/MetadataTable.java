package org.policylens.corpus.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.MetadataEdits;
import org.policylens.corpus.model.AttributeValue;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;

/**
 * The metadata of a document, editable: title and every case attribute of the study, with where
 * each value came from (extracted, corpus table, CSV, user). A correction is saved at once and
 * recorded in the history.
 */
final class MetadataTable {

	/** One row: an attribute (or the title) and its label. */
	record Row(String name, String label) {
	}

	private final TableViewer viewer;
	private final IStudyService studies;
	private final Document document;

	MetadataTable(Composite parent, IStudyService studies, Document document) {
		this.studies = studies;
		this.document = document;
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Attribute", 160, r -> r.label());
		TableViewerColumn value = column("Value (click to correct)", 360, r -> nullToEmpty(value(r.name())));
		value.setEditingSupport(new ValueEditing());
		column("From", 90, r -> origin(r.name()));
		refresh();
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
		return column;
	}

	void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		OpenStudy study = studies.getCurrent();
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("title", "Title")); //$NON-NLS-1$
		Set<String> names = new LinkedHashSet<>();
		if (study != null) {
			for (AttributeDefinition attribute : study.getStudy().getAttributes()) {
				names.add(attribute.getName());
				rows.add(new Row(attribute.getName(), attribute.getLabel() == null ? attribute.getName() : attribute.getLabel()));
			}
		}
		for (AttributeValue value : document.getValues()) {
			if (names.add(value.getName())) {
				rows.add(new Row(value.getName(), value.getName()));
			}
		}
		viewer.setInput(rows);
	}

	private String value(String name) {
		return name.equals("title") ? document.getTitle() : Corpora.value(document, name); //$NON-NLS-1$
	}

	private String origin(String name) {
		return document.getValues().stream().filter(v -> v.getName().equals(name)).findFirst()
				.map(v -> v.getOrigin().getLiteral()).orElse(""); //$NON-NLS-1$
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	private final class ValueEditing extends EditingSupport {
		ValueEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return studies.getCurrent() != null;
		}

		@Override
		protected Object getValue(Object element) {
			return nullToEmpty(value(((Row) element).name()));
		}

		@Override
		protected void setValue(Object element, Object value) {
			correct(((Row) element).name(), String.valueOf(value));
		}
	}

	/**
	 * Corrects one value (or the title), saves the study and records the change, as editing the
	 * value cell does.
	 */
	void correct(String name, String value) {
		OpenStudy study = studies.getCurrent();
		if (study != null && MetadataEdits.apply(study, document, Map.of(name, value), studies.getActor())) {
			try {
				studies.saveChanges();
			} catch (StudyException e) {
				Errors.show(viewer.getControl().getShell(), "Cannot save the correction", e);
			}
		}
		viewer.refresh();
	}

	/** @return the rows shown: label, value and origin of each */
	List<String[]> rows() {
		List<String[]> shown = new ArrayList<>();
		for (Object element : (List<?>) viewer.getInput()) {
			Row row = (Row) element;
			shown.add(new String[] { row.label(), nullToEmpty(value(row.name())), origin(row.name()) });
		}
		return shown;
	}
}
