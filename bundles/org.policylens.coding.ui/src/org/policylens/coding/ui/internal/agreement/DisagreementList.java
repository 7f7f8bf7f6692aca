package org.policylens.coding.ui.internal.agreement;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.coding.agreement.AgreementReport.Disagreement;
import org.policylens.coding.ui.internal.matrix.DocumentTexts;
import org.policylens.coding.ui.internal.matrix.EditorParts;

/**
 * The disagreements of an agreement run: where the coders who judged a clause differ on a code.
 * The selected one's clause is shown beside the list with the coded spans marked; buttons accept
 * or reject the code for the consensus coder (several at once) or open the document at the clause.
 * Disagreements already decided for the consensus coder say so and are greyed.
 */
final class DisagreementList {

	/** What the buttons do. */
	interface Actions {
		/**
		 * @param disagreements the selected disagreements
		 * @param accept        whether the clause is coded with the code for the consensus coder
		 */
		void resolve(List<Disagreement> disagreements, boolean accept);

		/** @param disagreement opens its document at the clause */
		void open(Disagreement disagreement);

		/** @param coder the consensus coder now named, whose decisions the list shows */
		void consensusChanged(String coder);
	}

	private final Composite control;
	private final Label title;
	private final TableViewer viewer;
	private final ClauseDetail detail;
	private final Text consensus;
	private final List<Button> buttons = new ArrayList<>();
	private Resolutions resolutions = Resolutions.none();
	private Code filter;

	/**
	 * @param parent  the parent
	 * @param texts   the document texts
	 * @param actions what the buttons do
	 */
	DisagreementList(Composite parent, DocumentTexts texts, Actions actions) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(control);
		title = new Label(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		SashForm sash = new SashForm(control, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		viewer = EditorParts.table(sash, SWT.MULTI);
		EditorParts.column(viewer, "Document", 200, labels(d -> texts.label(d.document())));
		EditorParts.column(viewer, "Clause", 70, labels(Disagreement::clause));
		EditorParts.column(viewer, "Code", 160, labels(d -> CodeTree.pathOf(d.code())));
		EditorParts.column(viewer, "Coded by", 90, labels(d -> String.join(", ", d.codedBy()))); //$NON-NLS-1$
		EditorParts.column(viewer, "Not coded by", 90, labels(d -> String.join(", ", d.notCodedBy()))); //$NON-NLS-1$
		EditorParts.column(viewer, "Consensus", 90, labels(d -> {
			String decision = resolutions.decision(d);
			return decision == null ? "" : decision; //$NON-NLS-1$
		}));
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return filter == null || ((Disagreement) element).code() == filter;
			}
		});
		detail = new ClauseDetail(sash, texts);
		sash.setWeights(60, 40);
		viewer.addSelectionChangedListener(e -> selected());
		viewer.addOpenListener(e -> selection().stream().findFirst().ifPresent(actions::open));

		Composite bar = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Consensus c&oder:");
		consensus = new Text(bar, SWT.BORDER);
		consensus.setText("consensus"); //$NON-NLS-1$
		consensus.setToolTipText("The coder whose codings record the agreed decisions (one word); not one of the coders compared");
		consensus.addListener(SWT.Modify, e -> actions.consensusChanged(consensus()));
		GridDataFactory.swtDefaults().hint(110, SWT.DEFAULT).applyTo(consensus);
		buttons.add(EditorParts.button(bar, "&Accept for Consensus", () -> actions.resolve(selection(), true)));
		buttons.add(EditorParts.button(bar, "Re&ject for Consensus", () -> actions.resolve(selection(), false)));
		buttons.add(EditorParts.button(bar, "Open in &Document", () -> selection().stream().findFirst().ifPresent(actions::open)));
		buttons.get(0).setToolTipText("Code the selected clauses with their code for the consensus coder");
		buttons.get(1).setToolTipText("Record that the selected clauses do not have their code (removes the consensus coder's coding, if any)");
		show(List.of(), Resolutions.none());
	}

	private ColumnLabelProvider labels(java.util.function.Function<Disagreement, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Disagreement) element);
			}

			@Override
			public Color getForeground(Object element) {
				return resolutions.decision((Disagreement) element) == null ? null
						: Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
			}
		};
	}

	Composite getControl() {
		return control;
	}

	Table getTable() {
		return viewer.getTable();
	}

	/** @return the consensus coder named */
	String consensus() {
		return consensus.getText().strip();
	}

	/** @param coder the consensus coder to name */
	void setConsensus(String coder) {
		consensus.setText(coder);
	}

	/**
	 * @param disagreements the disagreements of a run
	 * @param decided       the decisions recorded so far
	 */
	void show(List<Disagreement> disagreements, Resolutions decided) {
		this.resolutions = decided;
		viewer.setInput(disagreements);
		updateTitle();
		selected();
	}

	/** @param decided the decisions recorded now */
	void setResolutions(Resolutions decided) {
		this.resolutions = decided;
		viewer.refresh();
		updateTitle();
	}

	/** @param code only its disagreements are listed; {@code null} for all */
	void setFilter(Code code) {
		filter = code;
		viewer.refresh();
		updateTitle();
	}

	private void updateTitle() {
		List<Disagreement> shown = shown();
		long open = shown.stream().filter(d -> resolutions.decision(d) == null).count();
		title.setText(shown.size() + " disagreement(s)" + (filter == null ? "" : " on " + filter.getName()) + ", " + open //$NON-NLS-1$
				+ " not yet decided for " + consensus() + (shown.isEmpty() ? "" : ". Select one to read its clause; double-click to open it.")); //$NON-NLS-1$
	}

	/** @return the disagreements listed, in order (after the code filter) */
	List<Disagreement> shown() {
		List<Disagreement> shown = new ArrayList<>();
		for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
			shown.add((Disagreement) viewer.getElementAt(i));
		}
		return shown;
	}

	/** @param disagreements selects them, as clicking does */
	void select(List<Disagreement> disagreements) {
		viewer.setSelection(new StructuredSelection(disagreements), true);
	}

	List<Disagreement> selection() {
		List<Disagreement> selected = new ArrayList<>();
		for (Object element : ((IStructuredSelection) viewer.getSelection())) {
			selected.add((Disagreement) element);
		}
		return selected;
	}

	private void selected() {
		List<Disagreement> selected = selection();
		buttons.forEach(b -> b.setEnabled(!selected.isEmpty()));
		detail.show(selected.isEmpty() ? null : selected.get(0));
	}

	/** @return the text of the detail pane */
	String detailText() {
		return detail.text();
	}

	/** @param enabled whether the buttons may change the study (not while a run reads it) */
	void setEnabled(boolean enabled) {
		buttons.forEach(b -> b.setEnabled(enabled && !selection().isEmpty()));
	}
}
