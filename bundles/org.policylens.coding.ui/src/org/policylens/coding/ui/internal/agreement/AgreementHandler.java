package org.policylens.coding.ui.internal.agreement;

import java.nio.file.Path;

import org.eclipse.ui.IEditorInput;
import org.policylens.coding.ui.internal.matrix.OpenEditorHandler;

/** Coding → Inter-coder Agreement…: opens the agreement editor of the open study. */
public final class AgreementHandler extends OpenEditorHandler {

	@Override
	protected IEditorInput input(Path study) {
		return new AgreementInput(study);
	}

	@Override
	protected String editorId() {
		return AgreementEditor.ID;
	}
}
