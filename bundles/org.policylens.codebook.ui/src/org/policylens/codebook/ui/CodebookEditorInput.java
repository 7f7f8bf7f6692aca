package org.policylens.codebook.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.policylens.study.ui.StudyEditorInput;

/**
 * A codebook of a study, to open in the codebook editor.
 *
 * @param study    the study folder
 * @param codebook the codebook's id
 * @param name     its name, for the tab
 */
public record CodebookEditorInput(Path study, String codebook, String name) implements StudyEditorInput {

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURL(CodebookEditorInput.class.getResource("/icons/codebook.png")); //$NON-NLS-1$
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public String getToolTipText() {
		return "Codebook " + codebook + ": " + name;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CodebookEditorInput o && o.study.equals(study) && o.codebook.equals(codebook);
	}

	@Override
	public int hashCode() {
		return Objects.hash(study, codebook);
	}
}
