package org.policylens.coding.ui.internal.agreement;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.policylens.study.ui.StudyEditorInput;

/**
 * The inter-coder agreement of a study, to open in the agreement editor (one per study).
 *
 * @param study the study folder
 */
public record AgreementInput(Path study) implements StudyEditorInput {

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURL(AgreementInput.class.getResource("/icons/agreement.png")); //$NON-NLS-1$
	}

	@Override
	public String getName() {
		return "Inter-coder Agreement";
	}

	@Override
	public String getToolTipText() {
		return "Inter-coder agreement in " + study.getFileName();
	}
}
