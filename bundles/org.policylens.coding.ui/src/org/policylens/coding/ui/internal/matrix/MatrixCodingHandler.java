package org.policylens.coding.ui.internal.matrix;

/** Coding → Matrix Coding…: opens the matrix-coding editor of the open study. */
public final class MatrixCodingHandler extends OpenEditorHandler {

	/** The handler of the Matrix Coding command. */
	public MatrixCodingHandler() {
		super(MatrixCodingInput::new, MatrixCodingEditor.ID);
	}
}
