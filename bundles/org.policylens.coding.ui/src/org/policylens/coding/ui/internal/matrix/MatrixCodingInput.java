package org.policylens.coding.ui.internal.matrix;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.policylens.study.ui.StudyEditorInput;

/**
 * The matrix coding of a study, to open in the matrix-coding editor (one per study).
 *
 * @param study the study folder
 */
public record MatrixCodingInput(Path study) implements StudyEditorInput {

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURL(MatrixCodingInput.class.getResource("/icons/matrix.png")); //$NON-NLS-1$
	}

	@Override
	public String getName() {
		return "Matrix Coding";
	}

	@Override
	public String getToolTipText() {
		return "Matrix coding of " + study.getFileName();
	}
}
