package org.policylens.text.ui;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.policylens.study.ui.StudyEditorInput;

/**
 * The word frequency of a study, to open in the word-frequency editor.
 *
 * @param study       the study folder
 * @param countAtOnce whether the editor counts with its default settings as soon as it opens
 */
public record WordFrequencyInput(Path study, boolean countAtOnce) implements StudyEditorInput {

	/** @param study the study folder; the editor waits for the user to press Count */
	public WordFrequencyInput(Path study) {
		this(study, false);
	}

	/** One editor per study, however it was opened. */
	@Override
	public boolean equals(Object other) {
		return other instanceof WordFrequencyInput input && input.study.equals(study);
	}

	@Override
	public int hashCode() {
		return study.hashCode();
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
	public String getToolTipText() {
		return "Word frequency of " + study.getFileName();
	}
}
