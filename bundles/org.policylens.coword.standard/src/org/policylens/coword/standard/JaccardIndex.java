package org.policylens.coword.standard;

import org.policylens.coword.Measures;

/** Jaccard index {@code c_ij / (c_i + c_j − c_ij)}, between 0 and 1. */
public final class JaccardIndex extends StandardMeasure {

	/** Creates it (the extension registry does). */
	public JaccardIndex() {
		super(Measures.JACCARD, "Jaccard index"); //$NON-NLS-1$
	}

	@Override
	public double similarity(long cij, long ci, long cj, long n) {
		return (double) cij / (ci + cj - cij);
	}
}
