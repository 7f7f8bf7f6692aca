package org.policylens.text.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;
import org.policylens.text.WordLists;
import org.policylens.text.model.WordList;

/**
 * The study's word lists: stop words, the user dictionary, synonyms. Saving an edited list adds
 * its next version (the old one stays, and results cite the version they used).
 */
public final class WordListsDialog extends TitleAreaDialog {

	private final IStudyService studies;
	private org.eclipse.swt.widgets.List names;
	private Label info;
	private Text entries;
	private String shown;

	/**
	 * @param shell   the parent shell
	 * @param studies the study service
	 */
	public WordListsDialog(Shell shell, IStudyService studies) {
		super(shell);
		this.studies = studies;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText("Word Lists");
		setTitle("Word lists of the study");
		setMessage("One entry a line. For synonyms, one set a line, the word to count first: 智慧城市, 新型智慧城市. "
				+ "Saving adds a new version; word counts cite the version they used.");
		Composite page = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(page);
		names = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(false, true).hint(160, 320).span(1, 2).applyTo(names);
		info = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(info);
		entries = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 320).applyTo(entries);
		OpenStudy study = studies.getCurrent();
		if (study != null) {
			WordLists.currentAll(study).keySet().forEach(names::add);
		}
		names.addListener(SWT.Selection, e -> show(names.getItem(names.getSelectionIndex())));
		if (names.getItemCount() > 0) {
			names.select(0);
			show(names.getItem(0));
		}
		return area;
	}

	private void show(String name) {
		if (shown != null && !save()) {
			names.select(names.indexOf(shown));
			return;
		}
		WordList list = WordLists.current(studies.getCurrent(), name);
		shown = name;
		info.setText(WordLists.cite(list) + "\n" + list.getOrigin());
		entries.setText(String.join("\n", list.getEntries())); //$NON-NLS-1$
	}

	/** @return whether the shown list was saved (or unchanged) */
	private boolean save() {
		OpenStudy study = studies.getCurrent();
		if (study == null || shown == null) {
			return true;
		}
		WordList current = WordLists.current(study, shown);
		Set<String> now = new LinkedHashSet<>();
		for (String line : entries.getText().split("\\R")) { //$NON-NLS-1$
			if (!line.isBlank()) {
				now.add(line.strip());
			}
		}
		List<String> added = new ArrayList<>(now);
		added.removeAll(current.getEntries());
		List<String> removed = new ArrayList<>(current.getEntries());
		removed.removeAll(now);
		if (added.isEmpty() && removed.isEmpty()) {
			return true;
		}
		WordLists.edit(study, shown, added, removed, studies.getActor());
		try {
			studies.saveChanges();
			return true;
		} catch (StudyException e) {
			Errors.show(getShell(), "Cannot save the word list", e);
			return false;
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Save and Close", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		if (save()) {
			super.okPressed();
		}
	}
}
