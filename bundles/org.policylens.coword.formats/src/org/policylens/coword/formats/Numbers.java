package org.policylens.coword.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as exports write them: plain decimals with a point, whatever the default locale, rounded
 * half up to a fixed number of places, without trailing zeros, never {@code -0} or an exponent.
 */
public final class Numbers {

	private Numbers() {
	}

	/**
	 * @param value    a number; NaN and infinities are written as 0
	 * @param decimals places after the point at most
	 * @return e.g. {@code 0.25}, {@code 3}, {@code -1.5}
	 */
	public static String decimal(double value, int decimals) {
		if (!Double.isFinite(value)) {
			return "0"; //$NON-NLS-1$
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
		if (rounded.signum() == 0) {
			return "0"; //$NON-NLS-1$
		}
		return rounded.toPlainString();
	}

	/**
	 * @param value    a number
	 * @param decimals places after the point, always written
	 * @return e.g. {@code 0.2500}
	 */
	public static String fixed(double value, int decimals) {
		double finite = Double.isFinite(value) ? value : 0;
		BigDecimal rounded = BigDecimal.valueOf(finite).setScale(decimals, RoundingMode.HALF_UP);
		if (rounded.signum() == 0) {
			rounded = rounded.abs();
		}
		return rounded.toPlainString();
	}
}
