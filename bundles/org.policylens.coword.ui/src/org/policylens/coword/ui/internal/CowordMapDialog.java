package org.policylens.coword.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.policylens.coword.KeywordFieldSource;
import org.policylens.coword.Measures;
import org.policylens.coword.Window;
import org.policylens.coword.ui.CowordRequest;

/**
 * Analysis → Co-word Map…: what to map (the study's corpus in a window, or a bibliographic export
 * and its keyword field), which terms (minimum frequency, top N), the similarity measure, Leiden's
 * resolution and the seed (fixed by default and shown, so that a map can be made again).
 */
public final class CowordMapDialog extends TitleAreaDialog {

	private static final String[][] FIELDS = { { "Author keywords (DE, 关键词)", KeywordFieldSource.AUTHOR }, //$NON-NLS-2$
			{ "Keywords Plus / index keywords (ID)", KeywordFieldSource.INDEX }, //$NON-NLS-2$
			{ "Both", KeywordFieldSource.AUTHOR + "," + KeywordFieldSource.INDEX } }; //$NON-NLS-1$

	private final List<Measures.Info> measures;
	private final boolean studyOpen;
	private Button corpus;
	private Combo window;
	private Spinner windowSize;
	private Button records;
	private Text file;
	private Combo field;
	private Spinner minFrequency;
	private Spinner topN;
	private Combo measure;
	private Spinner resolution;
	private Text seed;
	private CowordRequest request = CowordRequest.DEFAULT;

	/**
	 * @param shell     the parent shell
	 * @param measures  the installed similarity measures
	 * @param studyOpen whether a study is open (its corpus can be mapped)
	 */
	public CowordMapDialog(Shell shell, List<Measures.Info> measures, boolean studyOpen) {
		super(shell);
		this.measures = measures;
		this.studyOpen = studyOpen;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Co-word Map");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Co-word map");
		setMessage("Terms that occur together in the same unit are linked; clusters and layout follow VOSviewer (Leiden, VOS).");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		corpus = new Button(form, SWT.RADIO);
		corpus.setText("The study's &corpus, terms co-occurring in a");
		corpus.setEnabled(studyOpen);
		window = new Combo(form, SWT.READ_ONLY);
		for (Window w : Window.values()) {
			window.add(w.id());
		}
		window.select(Window.CLAUSE.ordinal());
		windowSize = new Spinner(form, SWT.BORDER);
		windowSize.setValues(10, 2, 100, 0, 1, 5);
		windowSize.setToolTipText("Terms per window when the window is 'tokens'");

		records = new Button(form, SWT.RADIO);
		records.setText("A &bibliographic export (WoS, Scopus, RIS, CSSCI):");
		file = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText("B&rowse…");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(form, SWT.NONE).setText("Keyword field:");
		field = new Combo(form, SWT.READ_ONLY);
		for (String[] f : FIELDS) {
			field.add(f[0]);
		}
		field.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(field);

		minFrequency = spinnerRow(form, "Minimum &frequency (units):", request.minFrequency(), 1, 100000);
		topN = spinnerRow(form, "&Top N terms (0 = all):", request.topN(), 0, 100000);
		new Label(form, SWT.NONE).setText("Similarity &measure:");
		measure = new Combo(form, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(measure);
		for (Measures.Info info : measures) {
			measure.add(info.name() + " (" + info.id() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int association = indexOf(Measures.ASSOCIATION);
		measure.select(Math.max(0, association));
		new Label(form, SWT.NONE).setText("Clustering &resolution:");
		resolution = new Spinner(form, SWT.BORDER);
		resolution.setValues(100, 1, 10000, 2, 10, 50);
		new Label(form, SWT.NONE).setText("higher: more, smaller clusters");
		new Label(form, SWT.NONE).setText("Random &seed:");
		seed = new Text(form, SWT.BORDER);
		seed.setText(Long.toString(request.seed()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(seed);
		new Label(form, SWT.NONE).setText("the same seed gives the same map");

		corpus.setSelection(studyOpen);
		records.setSelection(!studyOpen);
		corpus.addListener(SWT.Selection, e -> validate());
		records.addListener(SWT.Selection, e -> validate());
		file.addListener(SWT.Modify, e -> validate());
		seed.addListener(SWT.Modify, e -> validate());
		window.addListener(SWT.Selection, e -> validate());
		return area;
	}

	private int indexOf(String id) {
		for (int i = 0; i < measures.size(); i++) {
			if (measures.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	private static Spinner spinnerRow(Composite form, String label, int value, int min, int max) {
		new Label(form, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(form, SWT.BORDER);
		spinner.setValues(value, min, max, 0, 1, 10);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(spinner);
		return spinner;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.txt;*.csv;*.ris", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
			records.setSelection(true);
			corpus.setSelection(false);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("&Build");
		validate();
	}

	private String problem() {
		if (records.getSelection()) {
			String path = file.getText().strip();
			if (path.isEmpty()) {
				return "Choose the export file to read.";
			}
			if (!Files.isRegularFile(Path.of(path))) {
				return "There is no file " + path + ".";
			}
		}
		if (measures.isEmpty()) {
			return "No similarity measure is installed (org.policylens.coword.measures).";
		}
		try {
			Long.parseLong(seed.getText().strip());
		} catch (NumberFormatException e) {
			return "The seed must be a whole number, e.g. 42.";
		}
		return null;
	}

	private void validate() {
		windowSize.setEnabled(corpus.getSelection() && window.getSelectionIndex() == Window.TOKENS.ordinal());
		String problem = problem();
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		request = read();
		super.okPressed();
	}

	/** @return what the form says now */
	CowordRequest read() {
		Path source = records.getSelection() ? Path.of(file.getText().strip()) : null;
		return new CowordRequest(source, List.of(FIELDS[Math.max(0, field.getSelectionIndex())][1].split(",")), //$NON-NLS-1$
				Window.values()[window.getSelectionIndex()], windowSize.getSelection(), minFrequency.getSelection(), topN.getSelection(),
				measures.isEmpty() ? Measures.ASSOCIATION : measures.get(measure.getSelectionIndex()).id(), resolution.getSelection() / 100.0,
				Long.parseLong(seed.getText().strip()));
	}

	/** @return whether the form is valid, so that Build is enabled */
	public boolean canBuild() {
		return problem() == null;
	}

	/** Presses Build, as the user does. */
	public void pressBuild() {
		buttonPressed(IDialogConstants.OK_ID);
	}

	/** @return what the user asked for (after OK) */
	public CowordRequest getRequest() {
		return request;
	}
}
