package org.policylens.text.ui;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The word frequency of a study, to open in the word-frequency editor.
 *
 * @param study the study folder
 */
public record WordFrequencyInput(Path study) implements IEditorInput {

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURL(WordFrequencyInput.class.getResource("/icons/frequency.png")); //$NON-NLS-1$
	}

	@Override
	public String getName() {
		return "Word Frequency";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Word frequency of " + study.getFileName();
	}
}
