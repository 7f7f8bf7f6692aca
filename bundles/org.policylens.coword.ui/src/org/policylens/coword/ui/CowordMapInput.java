package org.policylens.coword.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.policylens.coword.CowordNetwork;
import org.policylens.study.ui.StudyEditorInput;

/**
 * A built co-word network, to open in the co-word map editor; or why there is none (no term
 * above the minimum frequency, a single term, no links), which the editor says in place of the
 * map. Each build is a map of its own: two inputs are equal only when they are the same object.
 *
 * @param study   the study folder (documents behind links open from it)
 * @param title   the editor's title, e.g. "Co-word map: clause, association"
 * @param network the network, or {@code null} when there is none
 * @param problem why there is no network and what to change, or {@code null}
 */
public record CowordMapInput(Path study, String title, CowordNetwork network, String problem) implements StudyEditorInput {

	/**
	 * @param study   the study folder
	 * @param title   the title
	 * @param network the network
	 */
	public CowordMapInput(Path study, String title, CowordNetwork network) {
		this(study, title, Objects.requireNonNull(network), null);
	}

	@Override
	public boolean equals(Object other) {
		return other == this;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromURL(CowordMapInput.class.getResource("/icons/coword.png")); //$NON-NLS-1$
	}

	@Override
	public String getName() {
		return title;
	}

	@Override
	public String getToolTipText() {
		return network != null ? network.parameters().describe() : problem;
	}
}
