package org.policylens.coding.ui.internal.agreement;

import org.policylens.coding.ui.internal.matrix.OpenEditorHandler;

/** Coding → Inter-coder Agreement…: opens the agreement editor of the open study. */
public final class AgreementHandler extends OpenEditorHandler {

	/** The handler of the Inter-coder Agreement command. */
	public AgreementHandler() {
		super(AgreementInput::new, AgreementEditor.ID);
	}
}
