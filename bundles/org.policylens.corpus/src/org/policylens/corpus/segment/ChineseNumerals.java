package org.policylens.corpus.segment;

/**
 * Reads the numbers of Chinese clause numbering: 一 … 九十九, 一百零五, 〇, and Arabic digits (also
 * full-width).
 */
public final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九"; //$NON-NLS-1$

	private ChineseNumerals() {
	}

	/**
	 * @param numeral e.g. 十二, 二十, 一百零五, 12, １２
	 * @return its value, or -1 if it is not a number
	 */
	public static int parse(String numeral) {
		if (numeral == null || numeral.isEmpty()) {
			return -1;
		}
		String s = numeral.replace('〇', '零').replace('两', '二');
		if (s.chars().allMatch(c -> Character.isDigit(c))) {
			int value = 0;
			for (char c : s.toCharArray()) {
				value = value * 10 + Character.digit(c, 10);
			}
			return value;
		}
		int total = 0;
		int current = 0;
		for (char c : s.toCharArray()) {
			int digit = DIGITS.indexOf(c);
			if (digit >= 0) {
				current = digit;
			} else if (c == '十') {
				total += (current == 0 ? 1 : current) * 10;
				current = 0;
			} else if (c == '百') {
				total += (current == 0 ? 1 : current) * 100;
				current = 0;
			} else if (c == '千') {
				total += (current == 0 ? 1 : current) * 1000;
				current = 0;
			} else {
				return -1;
			}
		}
		return total + current;
	}
}
