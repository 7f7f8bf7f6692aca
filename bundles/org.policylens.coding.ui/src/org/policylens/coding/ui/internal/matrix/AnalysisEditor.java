package org.policylens.coding.ui.internal.matrix;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.policylens.coding.ui.internal.CodingUi;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.StudyEditorInput;
import org.policylens.study.ui.StudyEditorPart;

/**
 * An editor that analyses the open study (matrix coding, agreement): it belongs to the study of its
 * input, closes when another study is opened, and hears when the study changes so that it can
 * offer the new codebooks and coders and say that its results are out of date.
 */
public abstract class AnalysisEditor extends StudyEditorPart implements IStudyListener {

	private IStudyService studies;
	private OpenStudy study;
	private DocumentTexts texts;
	/** The job of the last run, for tests; {@code null} before the first. */
	protected Job running;
	/** The Run button, made by {@link #runButton}. */
	protected Button run;
	private Label messages;

	private final Class<? extends StudyEditorInput> inputType;

	/** @param inputType the type of input this editor opens */
	protected AnalysisEditor(Class<? extends StudyEditorInput> inputType) {
		this.inputType = inputType;
	}

	@Override
	public final void createPartControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(page);
		createContents(page, EditorParts.settingsRow(page));
	}

	/**
	 * Makes the editor's controls.
	 *
	 * @param page the editor's page, a one-column grid
	 * @param row  the settings row at its top
	 */
	protected abstract void createContents(Composite page, Composite row);

	/** The study changed (codings added, a codebook edited, a disagreement resolved): refresh the choices. */
	protected abstract void studyChanged();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!inputType.isInstance(input)) {
			throw new PartInitException("not a " + inputType.getSimpleName() + ": " + input);
		}
		setSite(site);
		setInput(input);
		studies = site.getService(IStudyService.class);
		study = studies.getCurrent();
		if (study == null || !study.getDirectory().equals(((StudyEditorInput) input).study())) {
			throw new PartInitException("the study " + ((StudyEditorInput) input).study() + " is not open");
		}
		texts = new DocumentTexts(study);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		studies.addStudyListener(this);
	}

	/** @return the study service */
	protected IStudyService studies() {
		return studies;
	}

	/** @return the study this editor analyses */
	public OpenStudy getStudy() {
		return study;
	}

	/** @return the document texts, read on demand */
	protected DocumentTexts texts() {
		return texts;
	}

	/** @return whether a run is scheduled or running */
	protected boolean isRunning() {
		return running != null && running.getState() != Job.NONE;
	}

	/** @return the job of the last run, {@code null} before the first (for tests, to wait for it) */
	public Job getRunning() {
		return running;
	}

	/**
	 * Makes the Run button, which calls {@link #run()}.
	 *
	 * @param row     the settings row
	 * @param tooltip what a run does
	 */
	protected void runButton(Composite row, String tooltip) {
		run = EditorParts.button(row, "&Run", this::run);
		run.setToolTipText(tooltip);
	}

	/** @param page where the message line goes, under everything else */
	protected void messageLine(Composite page) {
		messages = EditorParts.wrappingLabel(page);
	}

	/** Computes with the current settings, as a Job; does nothing while a run is going on. */
	public abstract void run();

	/** @param message what the message line says now (lines separated by newlines); empty for nothing */
	protected void setMessage(String message) {
		if (messages != null && !messages.isDisposed()) {
			messages.setText(message);
			messages.getParent().layout(true, true);
		}
	}

	/** @return the message line's text */
	public String getMessages() {
		return messages.getText();
	}

	/** @return whether Run can be pressed */
	public boolean canRun() {
		return run.isEnabled();
	}

	/**
	 * Opens a policy of the study at a span; says so in the message line when the corpus no longer has it.
	 *
	 * @param number the policy number
	 * @param offset the span's start
	 * @param length the span's length
	 */
	protected void openDocument(int number, int offset, int length) {
		if (!CodingUi.open(getSite().getPage(), study, number, offset, length)) {
			setMessage("Policy " + number + " is no longer in the corpus.");
		}
	}

	@Override
	public void setFocus() {
		run.setFocus();
	}

	@Override
	public void studyOpened(OpenStudy opened) {
		if (opened == study) {
			return;
		}
		IWorkbenchPage page = getSite().getPage();
		Display.getDefault().asyncExec(() -> page.closeEditor(this, false));
	}

	@Override
	public void studyChanged(OpenStudy changed) {
		if (changed == study) {
			texts.clear();
			Display.getDefault().asyncExec(() -> {
				if (getSite().getShell() != null && !getSite().getShell().isDisposed()) {
					studyChanged();
				}
			});
		}
	}

	@Override
	public void dispose() {
		if (studies != null) {
			studies.removeStudyListener(this);
		}
		super.dispose();
	}
}
