package org.policylens.coword.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.DocumentEditors;
import org.policylens.coword.CowordUnit;
import org.policylens.coword.ui.CowordNetworks;
import org.policylens.coword.ui.NetworkModel;
import org.policylens.coword.ui.NetworkView;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.Errors;

/**
 * What is selected on the map: a term's neighbours (term, co-occurrences, strength; a row selects
 * that term), or the units behind a link (the clauses, sentences, documents or records where both
 * terms occur; a double-click opens a document at the unit's span).
 */
public final class SelectionPanel {

	/** A row: a neighbour of the selected term, or a unit behind the selected link. */
	public record Row(int node, int link, CowordUnit unit) {
	}

	private final Composite control;
	private final Label heading;
	private final TableViewer table;
	private final NetworkView view;
	private final IWorkbenchPage page;
	private final java.util.function.Supplier<OpenStudy> study;
	private List<Row> rows = List.of();

	SelectionPanel(Composite parent, NetworkView view, IWorkbenchPage page, java.util.function.Supplier<OpenStudy> study) {
		this.view = view;
		this.page = page;
		this.study = study;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(control);
		heading = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
		table = Tables.create(control);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		Tables.<Row>column(table, "Term or unit", 220, this::text, null, null);
		Tables.<Row>column(table, "Co-occurrences", 95, r -> r.link() >= 0 && r.unit() == null ? Integer.toString(view.model().count(r.link())) : "", //$NON-NLS-1$
				null, Comparator.comparingInt(r -> r.link() >= 0 && r.unit() == null ? view.model().count(r.link()) : 0));
		Tables.<Row>column(table, "Strength", 80, r -> r.link() >= 0 && r.unit() == null ? String.format(Locale.ROOT, "%.4f", view.model().strength(r.link())) : "", //$NON-NLS-1$ //$NON-NLS-2$
				null, Comparator.comparingDouble(r -> r.link() >= 0 && r.unit() == null ? view.model().strength(r.link()) : 0));
		table.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Row row) {
				activate(row);
			}
		});
		update();
	}

	Composite control() {
		return control;
	}

	/** @return the rows shown */
	public List<Row> rows() {
		return rows;
	}

	/** @return the heading shown */
	public String heading() {
		return heading.getText();
	}

	private String text(Row row) {
		if (row.unit() != null) {
			return row.unit().label();
		}
		return view.model().label(row.node());
	}

	/** Shows what is selected on the map now. */
	public void update() {
		NetworkModel model = view.model();
		List<Row> next = new ArrayList<>();
		if (view.selectedNode() >= 0) {
			int node = view.selectedNode();
			for (int link : model.linksOf(node)) {
				if (view.isLinkVisible(link)) {
					next.add(new Row(model.other(link, node), link, null));
				}
			}
			next.sort(Comparator.comparingDouble((Row r) -> model.strength(r.link())).reversed().thenComparing(Row::node));
			heading.setText(model.label(node) + ": " + next.size() + " neighbour(s) shown on the map. Double-click one to select it.");
		} else if (view.selectedLink() >= 0 && model.origin() != null) {
			int link = view.selectedLink();
			for (CowordUnit unit : CowordNetworks.unitsBehind(model, link)) {
				next.add(new Row(-1, link, unit));
			}
			heading.setText(model.label(model.source(link)) + " — " + model.label(model.target(link)) + ": " + next.size()
					+ " unit(s) with both terms. Double-click one to open its document there.");
		} else {
			heading.setText("Click a term to see its neighbours, or a link to see the units behind it.");
		}
		rows = next;
		table.setInput(next);
		control.layout();
	}

	/**
	 * Does what a double-click on a row does: selects a neighbour, or opens a unit's document.
	 *
	 * @param row a row
	 */
	public void activate(Row row) {
		if (row.unit() == null) {
			view.selectNode(row.node());
			update();
			return;
		}
		OpenStudy open = study.get();
		Optional<Document> document = open == null ? Optional.empty() : documentOf(open, row.unit());
		if (document.isEmpty()) {
			heading.setText(row.unit().label() + " is a record of " + row.unit().sourceId() + ", not a document of the open study.");
			return;
		}
		try {
			CowordUnit unit = row.unit();
			DocumentEditors.open(page, open, document.get(), unit.hasSpan() ? unit.start() : -1, unit.hasSpan() ? unit.end() - unit.start() : 0);
		} catch (PartInitException e) {
			Errors.show(control.getShell(), "Cannot open the document", e);
		}
	}

	/**
	 * @param study a study
	 * @param unit  a unit of a corpus source
	 * @return its document: the one whose number is the unit's source id, or whose policy number
	 *         (metadata {@code number}) or title is
	 */
	static Optional<Document> documentOf(OpenStudy study, CowordUnit unit) {
		String id = unit.sourceId();
		if (id != null && id.matches("\\d+")) { //$NON-NLS-1$
			Optional<Document> byNumber = Corpora.document(study, Integer.parseInt(id));
			if (byNumber.isPresent()) {
				return byNumber;
			}
		}
		return Corpora.documents(study).stream()
				.filter(d -> id != null && (id.equals(Corpora.value(d, "number")) || id.equals(d.getTitle()))) //$NON-NLS-1$
				.findFirst();
	}
}
