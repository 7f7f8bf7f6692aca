package org.policylens.coword.tests;

import org.policylens.coword.ISimilarityMeasure;

/** A measure contributed by this test bundle (plugin.xml): Dice's coefficient 2·c_ij / (c_i + c_j). */
public class DiceMeasure implements ISimilarityMeasure {

	@Override
	public String id() {
		return "dice";
	}

	@Override
	public String name() {
		return "Dice coefficient (test)";
	}

	@Override
	public double similarity(long cij, long ci, long cj, long n) {
		return 2.0 * cij / (ci + cj);
	}
}
