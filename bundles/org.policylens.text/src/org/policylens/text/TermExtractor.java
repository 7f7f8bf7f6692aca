package org.policylens.text;

import java.util.Map;
import java.util.Set;

import org.policylens.text.tokenize.ITokenizer;

/**
 * The analysis pipeline between text and counts: tokenize with the tokenizer of the text's
 * language, drop parts of speech, merge synonyms, drop short terms and stop words. Terms go to a
 * sink with their offsets; a dropped token is a gap, so that phrases (n-grams) never span a stop
 * word or punctuation.
 * <p>
 * Thread-safe: one extractor serves all threads of a count.
 */
public final class TermExtractor {

	/** Receives terms in text order. */
	public interface Sink {
		/**
		 * @param term  the term (after synonym merging)
		 * @param start its offset in the text
		 * @param end   the offset after it
		 */
		void term(String term, int start, int end);

		/** A token was dropped here (stop word, punctuation, number, too short). */
		default void gap() {
		}
	}

	private final Map<String, ITokenizer> tokenizers;
	private final String fallbackLanguage;
	private final Set<String> stopwords;
	private final Map<String, String> synonyms;
	private final AnalysisSettings settings;
	/** Copy-on-write: read without locks by every thread, replaced when a new tag is seen. */
	private volatile Map<String, Boolean> posDecisions = Map.of();

	/**
	 * @param tokenizers       the tokenizer of each language
	 * @param fallbackLanguage the language used for a text whose language has no tokenizer
	 * @param stopwords        the stop words of all languages
	 * @param synonyms         variant → canonical term
	 * @param settings         the other choices
	 */
	public TermExtractor(Map<String, ITokenizer> tokenizers, String fallbackLanguage, Set<String> stopwords,
			Map<String, String> synonyms, AnalysisSettings settings) {
		this.tokenizers = Map.copyOf(tokenizers);
		this.fallbackLanguage = fallbackLanguage;
		this.stopwords = Set.copyOf(stopwords);
		this.synonyms = Map.copyOf(synonyms);
		this.settings = settings;
	}

	/** @return the settings */
	public AnalysisSettings settings() {
		return settings;
	}

	/**
	 * @param language a language
	 * @return the tokenizer used for it
	 */
	public ITokenizer tokenizer(String language) {
		ITokenizer tokenizer = tokenizers.get(language);
		return tokenizer != null ? tokenizer : tokenizers.get(fallbackLanguage);
	}

	/**
	 * @param text     a text
	 * @param start    where to start
	 * @param end      where to stop
	 * @param language its language (zh, en)
	 * @param sink     receives the terms
	 */
	public void extract(String text, int start, int end, String language, Sink sink) {
		tokenizer(language).tokenize(text, start, end, (word, s, e, pos) -> {
			String term = accept(word, pos);
			if (term == null) {
				sink.gap();
			} else {
				sink.term(term, s, e);
			}
		});
	}

	/**
	 * @param word a token
	 * @param pos  its part of speech, or {@code null}
	 * @return the term it counts as, or {@code null} if it is dropped
	 */
	public String accept(String word, String pos) {
		if (!keeps(pos) || word.isBlank()) {
			return null;
		}
		String term = synonyms.isEmpty() ? word : synonyms.getOrDefault(word, word);
		if (term.length() < settings.minLength() && term.codePointCount(0, term.length()) < settings.minLength()) {
			return null;
		}
		if (settings.useStopwords() && (stopwords.contains(term) || term != word && stopwords.contains(word))) {
			return null;
		}
		if (!hasLetter(term)) {
			return null;
		}
		return term;
	}

	/** The decision for each part of speech, made once: tokens are many, tags few. */
	private boolean keeps(String pos) {
		if (pos == null) {
			return settings.keeps(null);
		}
		Boolean kept = posDecisions.get(pos);
		if (kept == null) {
			kept = settings.keeps(pos);
			synchronized (this) {
				Map<String, Boolean> more = new java.util.HashMap<>(posDecisions);
				more.put(pos, kept);
				posDecisions = more;
			}
		}
		return kept;
	}

	private static boolean hasLetter(String term) {
		for (int i = 0; i < term.length(); i++) {
			if (Character.isLetter(term.charAt(i))) {
				return true;
			}
		}
		return false;
	}
}
