package org.policylens.corpus.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.policylens.study.ui.StudyEditorInput;

/**
 * A document of a study, to open in the document editor.
 *
 * @param study  the study folder
 * @param number the policy number
 * @param title  its title, for the tab
 */
public record DocumentEditorInput(Path study, int number, String title) implements StudyEditorInput {

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURL(DocumentEditorInput.class.getResource("/icons/document.png")); //$NON-NLS-1$
	}

	@Override
	public String getName() {
		return number + " " + title; //$NON-NLS-1$
	}

	@Override
	public String getToolTipText() {
		return "Policy " + number + ": " + title;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DocumentEditorInput o && o.study.equals(study) && o.number == number;
	}

	@Override
	public int hashCode() {
		return Objects.hash(study, number);
	}
}
