package org.policylens.coding.ui.internal.matrix;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
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

	/** @return the type of input this editor opens */
	protected abstract Class<? extends StudyEditorInput> inputType();

	/** The study changed (codings added, a codebook edited, a disagreement resolved): refresh the choices. */
	protected abstract void studyChanged();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!inputType().isInstance(input)) {
			throw new PartInitException("not a " + inputType().getSimpleName() + ": " + input);
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

	@Override
	public void studyOpened(OpenStudy opened) {
		if (opened != study) {
			Display.getDefault().asyncExec(() -> getSite().getPage().closeEditor(this, false));
		}
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
