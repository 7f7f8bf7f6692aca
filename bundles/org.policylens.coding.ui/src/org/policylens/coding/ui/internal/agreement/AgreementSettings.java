package org.policylens.coding.ui.internal.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.agreement.AgreementOptions;
import org.policylens.coding.model.Coder;
import org.policylens.coding.ui.internal.matrix.EditorParts;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;

/**
 * The choices of an agreement run: the codebook, two or more coders, the documents (those any of
 * them coded, or chosen ones that every coder is taken to have read) and the units (every clause,
 * or only the clauses someone coded).
 */
final class AgreementSettings {

	private final Combo codebook;
	private final CheckboxTableViewer coders;
	private final Combo documents;
	private final Button choose;
	private final Combo units;
	private final List<Codebook> codebooks = new ArrayList<>();
	private final TreeSet<Integer> chosen = new TreeSet<>();
	private OpenStudy study;

	AgreementSettings(Composite row) {
		codebook = EditorParts.combo(row, "Code&book:", "The codebook whose codes are compared, one code at a time");
		Composite pair = EditorParts.labelled(row, "Co&ders:");
		coders = CheckboxTableViewer.newCheckList(pair, SWT.BORDER | SWT.V_SCROLL);
		coders.setContentProvider(ArrayContentProvider.getInstance());
		coders.setLabelProvider(new LabelProvider());
		coders.getTable().setToolTipText("Two or more coders; an auto-coder is auto:<id>");
		GridDataFactory.swtDefaults().hint(150, 56).applyTo(coders.getControl());
		documents = EditorParts.combo(row, "Doc&uments:", "The documents any of the coders coded (a coder who coded nothing in one"
				+ " gave no judgements there), or chosen documents that every coder read", "any coder coded", "chosen");
		choose = EditorParts.button(documents.getParent(), "C&hoose\u2026", this::chooseDocuments);
		choose.setEnabled(false);
		((org.eclipse.swt.layout.GridLayout) documents.getParent().getLayout()).numColumns = 3;
		documents.addListener(SWT.Selection, e -> {
			choose.setEnabled(documents.getSelectionIndex() == 1);
			if (documents.getSelectionIndex() == 1 && chosen.isEmpty()) {
				chooseDocuments();
			}
		});
		units = EditorParts.combo(row, "U&nits:", "Every clause of the documents (leaving a clause uncoded is a judgement too), or only"
				+ " the clauses someone coded", "all clauses", "coded clauses");
	}

	/**
	 * Offers the study's codebooks and coders, keeping the choices that are still offered.
	 *
	 * @param open the open study
	 */
	void refresh(OpenStudy open) {
		this.study = open;
		String kept = codebook.getText();
		codebooks.clear();
		codebooks.addAll(Codes.codebooks(open));
		codebook.setItems(codebooks.stream().map(b -> b.getName() + " (" + b.getId() + ")").toArray(String[]::new)); //$NON-NLS-1$ //$NON-NLS-2$
		int index = List.of(codebook.getItems()).indexOf(kept);
		if (index >= 0 || !codebooks.isEmpty()) {
			codebook.select(Math.max(0, index));
		}
		codebook.setEnabled(!codebooks.isEmpty());
		List<String> ids = StudyCodings.of(open).coders().stream().map(Coder::getId).toList();
		Set<Object> checked = Set.of(coders.getCheckedElements());
		coders.setInput(ids);
		if (checked.isEmpty()) {
			coders.setCheckedElements(ids.stream().filter(id -> !id.startsWith("consensus")).limit(2).toArray()); //$NON-NLS-1$
		} else {
			coders.setCheckedElements(ids.stream().filter(checked::contains).toArray());
		}
		codebook.getParent().getParent().layout(true, true);
	}

	private void chooseDocuments() {
		List<Document> all = Corpora.documents(study);
		ListSelectionDialog dialog = ListSelectionDialog.of(all).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider() {
					@Override
					public String getText(Object element) {
						Document d = (Document) element;
						return d.getNumber() + "  " + d.getTitle(); //$NON-NLS-1$
					}
				}).message("The documents every coder read; a clause a coder did not code counts as 'not coded':")
				.preselect(all.stream().filter(d -> chosen.contains(d.getNumber())).toArray()).create(codebook.getShell());
		dialog.setTitle("Documents to Compare");
		if (dialog.open() == Window.OK) {
			chosen.clear();
			for (Object d : dialog.getResult()) {
				chosen.add(((Document) d).getNumber());
			}
		}
		choose.setToolTipText(chosen.isEmpty() ? null : "Policies " + chosen.stream().map(String::valueOf).collect(Collectors.joining(", "))); //$NON-NLS-1$
	}

	/** @return the coders checked, in the study's order */
	List<String> coders() {
		return List.of(coders.getCheckedElements()).stream().map(String::valueOf).toList();
	}

	/** @return why the settings cannot run, or {@code null} when they can */
	String problem() {
		if (codebooks.isEmpty()) {
			return "This study has no codebook yet: add one and let two or more coders code with it.";
		}
		if (coders().size() < 2) {
			return "Check two or more coders" + (coders.getTable().getItemCount() < 2
					? " (the study has " + coders.getTable().getItemCount() + "; each person or auto-coder who codes becomes one)." : ".");
		}
		if (documents.getSelectionIndex() == 1 && chosen.isEmpty()) {
			return "Choose the documents to compare, or compare on the documents any coder coded.";
		}
		return null;
	}

	/** @return the options chosen; only when {@link #problem()} is {@code null} */
	AgreementOptions options() {
		return new AgreementOptions(codebooks.get(codebook.getSelectionIndex()), coders(),
				documents.getSelectionIndex() == 1 ? List.copyOf(chosen) : List.of(), AgreementOptions.Units.values()[units.getSelectionIndex()]);
	}

	/**
	 * Chooses as the options say, e.g. from a test.
	 *
	 * @param options the codebook (one of the study's), coders (the study's), documents and units
	 */
	void set(AgreementOptions options) {
		codebook.select(codebooks.indexOf(options.codebook()));
		coders.setCheckedElements(options.coders().toArray());
		chosen.clear();
		chosen.addAll(options.documents());
		documents.select(chosen.isEmpty() ? 0 : 1);
		choose.setEnabled(!chosen.isEmpty());
		units.select(options.units().ordinal());
	}
}
