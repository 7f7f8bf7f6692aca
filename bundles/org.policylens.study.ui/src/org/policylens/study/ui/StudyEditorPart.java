package org.policylens.study.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor of a study's data. Changes are saved to the study when they are made (and recorded in
 * its ledger), so the editor itself is never dirty and has nothing to save.
 */
public abstract class StudyEditorPart extends EditorPart {

	@Override
	public void doSave(IProgressMonitor monitor) {
		// every change is saved when it is made
	}

	@Override
	public void doSaveAs() {
		// not supported: the study is saved as a whole
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
