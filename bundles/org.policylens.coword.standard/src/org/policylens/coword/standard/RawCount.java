package org.policylens.coword.standard;

import org.policylens.coword.Measures;

/** The number of units in which both terms occur: {@code c_ij}. */
public final class RawCount extends StandardMeasure {

	/** Creates it (the extension registry does). */
	public RawCount() {
		super(Measures.COUNT, "Raw count"); //$NON-NLS-1$
	}

	@Override
	public double similarity(long cij, long ci, long cj, long n) {
		return cij;
	}
}
