package org.policylens.corpus;

/**
 * Tells Chinese from English text by the share of CJK characters among the letters.
 */
public final class LanguageDetector {

	/** Chinese. */
	public static final String CHINESE = "zh"; //$NON-NLS-1$
	/** English (and other alphabetic languages, which the English tokenizer reads). */
	public static final String ENGLISH = "en"; //$NON-NLS-1$

	private LanguageDetector() {
	}

	/**
	 * @param text a text
	 * @return {@link #CHINESE} if at least a fifth of its letters are CJK ideographs, else {@link #ENGLISH}
	 */
	public static String detect(CharSequence text) {
		int letters = 0;
		int han = 0;
		int n = Math.min(text.length(), 200_000);
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
					han++;
				}
			}
		}
		return letters > 0 && han * 5 >= letters ? CHINESE : ENGLISH;
	}
}
