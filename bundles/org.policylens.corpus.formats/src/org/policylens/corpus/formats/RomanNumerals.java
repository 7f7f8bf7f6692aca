package org.policylens.corpus.formats;

import java.util.Locale;

/**
 * Reads Roman numerals (I, iv, XIV, XL, MMXXVI) in their standard subtractive form, in upper or
 * lower case.
 */
public final class RomanNumerals {

	private static final String LETTERS = "IVXLCDM"; //$NON-NLS-1$
	private static final int[] VALUES = { 1, 5, 10, 50, 100, 500, 1000 };
	private static final String[][] DIGITS = {
			{ "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			{ "", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			{ "", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			{ "", "M", "MM", "MMM" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private RomanNumerals() {
	}

	/**
	 * @param numeral e.g. {@code XIV} or {@code xiv}
	 * @return its value (1 to 3999), or -1 if it is not a Roman numeral in standard form (so
	 *         {@code IIII}, {@code VX} and {@code IC} are not)
	 */
	public static int parse(String numeral) {
		if (numeral == null || numeral.isEmpty() || numeral.length() > 15) {
			return -1;
		}
		String upper = numeral.toUpperCase(Locale.ROOT);
		int value = 0;
		for (int i = 0; i < upper.length(); i++) {
			int index = LETTERS.indexOf(upper.charAt(i));
			if (index < 0) {
				return -1;
			}
			int current = VALUES[index];
			int next = i + 1 < upper.length() && LETTERS.indexOf(upper.charAt(i + 1)) >= 0
					? VALUES[LETTERS.indexOf(upper.charAt(i + 1))] : 0;
			value += current < next ? -current : current;
		}
		return value > 0 && value < 4000 && format(value).equals(upper) ? value : -1;
	}

	/**
	 * @param value 1 to 3999
	 * @return the numeral in upper case
	 */
	public static String format(int value) {
		if (value < 1 || value > 3999) {
			throw new IllegalArgumentException("no Roman numeral for " + value); //$NON-NLS-1$
		}
		return DIGITS[3][value / 1000] + DIGITS[2][value / 100 % 10] + DIGITS[1][value / 10 % 10] + DIGITS[0][value % 10];
	}
}
