package org.policylens.codebook.internal;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.policylens.codebook.model.Codebook;

/**
 * Marks a codebook that was edited since the study was last saved through
 * {@link org.policylens.codebook.Codebooks#save}: its version goes up by one with that save. An
 * adapter (kept in memory, never saved) so that every {@code Codebooks} of the same open study,
 * and an editor's commands, see the same mark.
 */
public final class PendingVersion extends AdapterImpl {

	private PendingVersion() {
	}

	/** @param codebook a codebook that was just changed */
	public static void mark(Codebook codebook) {
		if (!isMarked(codebook)) {
			codebook.eAdapters().add(new PendingVersion());
		}
	}

	/**
	 * @param codebook a codebook
	 * @return whether it was changed since the last save
	 */
	public static boolean isMarked(Codebook codebook) {
		return EcoreUtil.getExistingAdapter(codebook, PendingVersion.class) != null;
	}

	/** @param codebook a codebook that was saved */
	public static void clear(Codebook codebook) {
		Adapter adapter = EcoreUtil.getExistingAdapter(codebook, PendingVersion.class);
		if (adapter != null) {
			codebook.eAdapters().remove(adapter);
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == PendingVersion.class;
	}
}
