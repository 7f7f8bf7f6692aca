package org.policylens.coword.standard;

import org.policylens.coword.Measures;

/** Inclusion index {@code c_ij / min(c_i, c_j)}, between 0 and 1. */
public final class InclusionIndex extends StandardMeasure {

	/** Creates it (the extension registry does). */
	public InclusionIndex() {
		super(Measures.INCLUSION, "Inclusion index"); //$NON-NLS-1$
	}

	@Override
	public double similarity(long cij, long ci, long cj, long n) {
		return (double) cij / Math.min(ci, cj);
	}
}
