package org.policylens.coword.standard;

import org.policylens.coword.Measures;

/** Salton's cosine {@code c_ij / √(c_i·c_j)}, between 0 and 1. */
public final class SaltonCosine extends StandardMeasure {

	/** Creates it (the extension registry does). */
	public SaltonCosine() {
		super(Measures.COSINE, "Salton's cosine"); //$NON-NLS-1$
	}

	@Override
	public double similarity(long cij, long ci, long cj, long n) {
		return cij / Math.sqrt((double) ci * cj);
	}
}
