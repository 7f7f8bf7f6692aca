package org.policylens.coword.standard;

import org.policylens.coword.Measures;

/**
 * Equivalence index {@code c_ij² / (c_i·c_j)} (Callon, Courtial and Laville 1991), between 0 and
 * 1.
 */
public final class EquivalenceIndex extends StandardMeasure {

	/** Creates it (the extension registry does). */
	public EquivalenceIndex() {
		super(Measures.EQUIVALENCE, "Equivalence index"); //$NON-NLS-1$
	}

	@Override
	public double similarity(long cij, long ci, long cj, long n) {
		return (double) cij * cij / ((double) ci * cj);
	}
}
