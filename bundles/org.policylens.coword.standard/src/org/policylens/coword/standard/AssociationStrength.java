package org.policylens.coword.standard;

import org.policylens.coword.Measures;

/**
 * Association strength as the probabilistic affinity index {@code c_ij·n / (c_i·c_j)}: observed
 * co-occurrences divided by those expected if the two terms occurred independently ({@code
 * c_i·c_j / n}), so 1 means independence. Van Eck and Waltman (2009, JASIST 60(8)) define the
 * association strength as {@code c_ij / (c_i·c_j)} and show that it is proportional to this
 * ratio; the factor {@code n} makes thresholds readable and changes neither clusters nor layout.
 */
public final class AssociationStrength extends StandardMeasure {

	/** Creates it (the extension registry does). */
	public AssociationStrength() {
		super(Measures.ASSOCIATION, "Association strength"); //$NON-NLS-1$
	}

	@Override
	public double similarity(long cij, long ci, long cj, long n) {
		return (double) cij * n / ((double) ci * cj);
	}
}
