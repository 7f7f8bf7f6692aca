package org.policylens.study.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.policylens.study.StudyStore;

/** Title, description and folder of a new study. */
final class NewStudyPage extends WizardPage {

	private final Path studiesFolder;
	private Text title;
	private Text description;
	private Text folder;
	private boolean folderEdited;

	NewStudyPage(Path studiesFolder) {
		super("newStudy"); //$NON-NLS-1$
		this.studiesFolder = studiesFolder;
		setTitle("New Study");
		setDescription("A study is one research project in one folder. Everything you do in it is kept in its history.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText("&Title:");
		title = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(title);
		title.setMessage("e.g. Smart-city policy in Beijing, Shanghai, Guangzhou and Shenzhen");

		Label descriptionLabel = new Label(page, SWT.NONE);
		descriptionLabel.setText("&Description:");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(descriptionLabel);
		description = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 80).applyTo(description);
		description.setMessage("Research question, scope, sources (optional)");

		new Label(page, SWT.NONE).setText("&Folder:");
		folder = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse\u2026");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage("Choose the folder of the new study (it may exist, but must not hold a study)");
			String chosen = dialog.open();
			if (chosen != null) {
				folderEdited = true;
				folder.setText(chosen);
			}
		});

		title.addModifyListener(e -> {
			if (!folderEdited) {
				folder.setText(studiesFolder.resolve(safeName(title.getText())).toString());
			}
			validate();
		});
		folder.addModifyListener(e -> {
			if (folder.isFocusControl()) {
				folderEdited = true;
			}
			validate();
		});
		setControl(page);
		setPageComplete(false);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			title.setFocus();
		}
	}

	String getStudyTitle() {
		return title.getText().trim();
	}

	String getStudyDescription() {
		String text = description.getText().trim();
		return text.isEmpty() ? null : text;
	}

	Path getFolder() {
		return Path.of(folder.getText().trim());
	}

	/** For tests: fills in the page as a user would. */
	void fill(String studyTitle, String studyDescription, Path studyFolder) {
		title.setText(studyTitle);
		description.setText(studyDescription == null ? "" : studyDescription); //$NON-NLS-1$
		folderEdited = true;
		folder.setText(studyFolder.toString());
	}

	private void validate() {
		String error = null;
		if (getStudyTitle().isEmpty()) {
			error = "Give the study a title.";
		} else if (folder.getText().isBlank()) {
			error = "Choose a folder for the study.";
		} else {
			try {
				Path path = getFolder();
				if (!path.isAbsolute()) {
					error = "The folder must be a full path.";
				} else if (StudyStore.isStudy(path)) {
					error = "There is a study in this folder already: open it with File \u2192 Open Study.";
				} else if (Files.exists(path) && !Files.isDirectory(path)) {
					error = "This is a file, not a folder.";
				}
			} catch (InvalidPathException e) {
				error = "Not a valid folder name: " + e.getReason();
			}
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	static String safeName(String title) {
		String name = title.trim().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").trim(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return name.isEmpty() ? "Study" : name.length() > 80 ? name.substring(0, 80).trim() : name; //$NON-NLS-1$
	}
}
