package org.policylens.coding.ui.internal.matrix;

import java.nio.file.Path;

import org.eclipse.ui.IEditorInput;

/** Coding → Matrix Coding…: opens the matrix-coding editor of the open study. */
public final class MatrixCodingHandler extends OpenEditorHandler {

	@Override
	protected IEditorInput input(Path study) {
		return new MatrixCodingInput(study);
	}

	@Override
	protected String editorId() {
		return MatrixCodingEditor.ID;
	}
}
