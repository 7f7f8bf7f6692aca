package org.policylens.coding.ui.internal.agreement;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.policylens.codebook.model.Code;
import org.policylens.coding.CodingException;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.agreement.Agreement;
import org.policylens.coding.agreement.AgreementOptions;
import org.policylens.coding.agreement.AgreementReport;
import org.policylens.coding.agreement.AgreementReport.Disagreement;
import org.policylens.coding.ui.internal.CodingUi;
import org.policylens.coding.ui.internal.matrix.AnalysisEditor;
import org.policylens.coding.ui.internal.matrix.AnalysisJobs;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.study.ui.Errors;

/**
 * Inter-coder agreement in the open study: two or more coders compared on the clauses of a
 * codebook's documents, per code and pooled (percentage, Cohen's kappa, Fleiss' kappa,
 * Krippendorff's alpha), and the disagreements, which are decided for a consensus coder — each
 * decision a coding of the consensus coder and an event of the ledger, saved at once. Selecting a
 * code lists only its disagreements. Computing runs as a Job; problems are shown in the editor.
 */
public final class AgreementEditor extends AnalysisEditor {

	/** The editor id. */
	public static final String ID = "org.policylens.coding.ui.agreement"; //$NON-NLS-1$

	private AgreementSettings settings;
	private Button showUnused;
	private Label summary;
	private MeasuresTable measures;
	private DisagreementList disagreements;
	private AgreementReport report;

	/** A new agreement editor. */
	public AgreementEditor() {
		super(AgreementInput.class);
	}

	@Override
	protected void createContents(Composite page, Composite row) {
		settings = new AgreementSettings(row);
		runButton(row, "Compare the coders with these settings");

		SashForm sash = new SashForm(page, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite top = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(top);
		summary = new Label(top, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
		showUnused = new Button(top, SWT.CHECK);
		showUnused.setText("Show codes &nobody used");
		showUnused.addListener(SWT.Selection, e -> {
			if (report != null) {
				measures.show(report, showUnused.getSelection());
			}
		});
		measures = new MeasuresTable(top, this::codeSelected);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(measures.getTable());
		disagreements = new DisagreementList(sash, texts(), new DisagreementList.Actions() {
			@Override
			public void resolve(List<Disagreement> chosen, boolean accept) {
				AgreementEditor.this.resolve(chosen, accept);
			}

			@Override
			public void open(Disagreement disagreement) {
				AgreementEditor.this.open(disagreement);
			}

			@Override
			public void consensusChanged(String coder) {
				disagreements.setResolutions(Resolutions.of(getStudy(), coder));
			}
		});
		sash.setWeights(45, 55);
		messageLine(page);
		settings.refresh(getStudy());
		String problem = settings.problem();
		setMessage(problem == null ? "Choose the codebook and two or more coders, and press Run." : problem);
	}

	/** Compares the coders with the current settings, as a Job; does nothing while a run is going on. */
	@Override
	public void run() {
		if (isRunning()) {
			return;
		}
		String problem = settings.problem();
		if (problem != null) {
			setMessage(problem);
			return;
		}
		AgreementOptions options = settings.options();
		run.setEnabled(false);
		disagreements.setEnabled(false);
		setMessage("Comparing\u2026");
		running = AnalysisJobs.schedule("Agreement of " + String.join(", ", options.coders()), //$NON-NLS-1$
				monitor -> Agreement.compute(getStudy(), options, monitor), run, this::show,
				failure -> setMessage("The agreement was not computed: " + failure), () -> {
					run.setEnabled(true);
					disagreements.setEnabled(true);
				});
	}

	private void show(AgreementReport shown) {
		report = shown;
		measures.show(shown, showUnused.getSelection());
		disagreements.setFilter(null);
		disagreements.show(shown.disagreements(), Resolutions.of(getStudy(), consensus()));
		AgreementOptions options = shown.options();
		summary.setText(String.join(", ", options.coders()) + " on " + options.codebook().getName() + ": " + shown.units() //$NON-NLS-1$
				+ (options.units() == AgreementOptions.Units.ALL_CLAUSES ? " clause(s)" : " coded clause(s)") + " of "
				+ shown.documents().size() + " document(s) " + shown.documents());
		summary.getParent().layout(true, true);
		boolean used = shown.codes().stream().anyMatch(AgreementReport.CodeAgreement::used);
		setMessage(used ? "" : "None of " + options.coders() + " coded anything with " + options.codebook().getName() //$NON-NLS-1$
				+ (options.documents().isEmpty() ? "" : " in " + options.documents()) + "."); //$NON-NLS-1$
	}

	private String consensus() {
		return disagreements.consensus();
	}

	private void codeSelected(Code code) {
		disagreements.setFilter(code);
	}

	/**
	 * Decides disagreements for the consensus coder named in the editor, records and saves them.
	 *
	 * @param chosen the disagreements
	 * @param accept whether their clauses are coded with their codes
	 */
	public void resolve(List<Disagreement> chosen, boolean accept) {
		String consensus = consensus();
		if (consensus.isEmpty() || consensus.chars().anyMatch(Character::isWhitespace)) {
			setMessage("Name the consensus coder with one word, e.g. consensus.");
			return;
		}
		if (report != null && report.options().coders().contains(consensus)) {
			setMessage(consensus + " is one of the coders compared; name another coder for the consensus.");
			return;
		}
		if (chosen.isEmpty() || isRunning()) {
			return;
		}
		StudyCodings codings = StudyCodings.of(getStudy());
		List<String> done = new ArrayList<>();
		try {
			for (Disagreement disagreement : chosen) {
				Agreement.resolve(codings, disagreement, consensus, accept, studies().getActor());
				done.add(disagreement.clause());
			}
		} catch (CodingException e) {
			Errors.show(getSite().getShell(), "Cannot decide the disagreement", e);
		}
		if (done.isEmpty()) {
			return;
		}
		if (!CodingUi.save(studies(), getSite().getShell())) {
			return;
		}
		disagreements.setResolutions(Resolutions.of(getStudy(), consensus));
		setMessage((accept ? "Coded " : "Did not code ") + done.size() + " clause(s) for " + consensus + " (" + String.join(", ", done) //$NON-NLS-1$
				+ "). Run again to compare " + consensus + " with the coders.");
	}

	/**
	 * Opens a disagreement's document at its clause.
	 *
	 * @param disagreement a disagreement of the report shown
	 */
	public void open(Disagreement disagreement) {
		Clause clause = texts().document(disagreement.document()).flatMap(d -> Corpora.clause(d, disagreement.clause())).orElse(null);
		int start = clause != null ? clause.getStart() : disagreement.codings().get(0).getStart();
		int end = clause != null ? clause.getEnd() : disagreement.codings().get(0).getEnd();
		openDocument(disagreement.document(), start, end - start);
	}

	@Override
	protected void studyChanged() {
		settings.refresh(getStudy());
		disagreements.setResolutions(Resolutions.of(getStudy(), consensus()));
		if (report != null && getMessages().isEmpty()) {
			setMessage("The study changed after this comparison: Run again to update the numbers.");
		}
	}

	/**
	 * Chooses the settings, e.g. from a test; Run compares with them.
	 *
	 * @param options the codebook, coders, documents and units
	 */
	public void setOptions(AgreementOptions options) {
		settings.set(options);
	}

	/** @param coder the consensus coder that decisions are recorded for */
	public void setConsensusCoder(String coder) {
		disagreements.setConsensus(coder);
	}

	/** @return the report shown, or {@code null} before the first run */
	public AgreementReport getReport() {
		return report;
	}

	/** @return the table of coefficients: a line per code, then the pooled line */
	public Table getMeasuresTable() {
		return measures.getTable();
	}

	/**
	 * @param item   a line of the coefficients table
	 * @param column a column
	 * @return the cell's tooltip, e.g. why a coefficient is undefined; {@code null} for none
	 */
	public String getMeasureToolTip(int item, int column) {
		return measures.toolTip(item, column);
	}

	/** @return the table of disagreements */
	public Table getDisagreementTable() {
		return disagreements.getTable();
	}

	/** @return the disagreements listed */
	public List<Disagreement> getDisagreements() {
		return disagreements.shown();
	}

	/** @param chosen selects them in the list, as clicking does */
	public void selectDisagreements(List<Disagreement> chosen) {
		disagreements.select(chosen);
	}

	/** @return the disagreements selected */
	public List<Disagreement> getSelectedDisagreements() {
		return disagreements.selection();
	}

	/** @return the text of the clause pane */
	public String getClauseText() {
		return disagreements.detailText();
	}
}
