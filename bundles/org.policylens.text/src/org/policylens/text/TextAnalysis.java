package org.policylens.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.policylens.study.OpenStudy;
import org.policylens.text.model.WordList;
import org.policylens.text.model.WordListKind;
import org.policylens.text.tokenize.ITokenizer;

/**
 * Builds the analysis pipeline of a study from its word lists and the installed tokenizers, and
 * says how to cite it.
 *
 * @param extractor  the pipeline
 * @param provenance what produced the results: tokenizers with engine versions, word lists with
 *                   versions and fingerprints, settings
 */
public record TextAnalysis(TermExtractor extractor, String provenance) {

	/** The languages PolicyLens tokenizes. */
	public static final List<String> LANGUAGES = List.of("zh", "en"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * @param study    an open study
	 * @param plugins  the installed tokenizers
	 * @param settings the choices
	 * @return the pipeline
	 * @throws IllegalStateException if no tokenizer is installed for a language
	 */
	public static TextAnalysis of(OpenStudy study, TextPlugins plugins, AnalysisSettings settings) {
		return of(study, language -> plugins.factory(language, null), settings);
	}

	/**
	 * The pipeline of a study with tokenizers chosen by the caller (outside OSGi: benchmarks, tools).
	 *
	 * @param study     an open study
	 * @param factories the tokenizer factory of each language
	 * @param settings  the choices
	 * @return the pipeline
	 * @throws IllegalStateException if there is no tokenizer for a language
	 */
	public static TextAnalysis of(OpenStudy study, Function<String, Optional<TextPlugins.NamedFactory>> factories,
			AnalysisSettings settings) {
		return of(study, factories, settings, List.of());
	}

	/**
	 * The pipeline of a study whose tokenizers also keep some words of the caller whole, e.g. the
	 * keywords of a codebook for dictionary auto-coding (人才, 政府采购): they are added to the
	 * study's user dictionary for this pipeline only, and cited.
	 *
	 * @param study      an open study
	 * @param factories  the tokenizer factory of each language
	 * @param settings   the choices
	 * @param extraWords words to keep whole besides the study's user dictionary
	 * @return the pipeline
	 * @throws IllegalStateException if there is no tokenizer for a language
	 */
	public static TextAnalysis of(OpenStudy study, Function<String, Optional<TextPlugins.NamedFactory>> factories,
			AnalysisSettings settings, Collection<String> extraWords) {
		Map<String, WordList> lists = WordLists.currentAll(study);
		List<String> userWords = entries(lists, WordListKind.DICTIONARY);
		userWords.addAll(extraWords);
		// the words of synonym sets are kept whole, or 新型智慧城市 would be split before it can be merged
		Map<String, String> synonymMap = synonyms(entries(lists, WordListKind.SYNONYMS));
		synonymMap.forEach((variant, canonical) -> {
			userWords.add(variant);
			userWords.add(canonical);
		});
		Map<String, ITokenizer> tokenizers = new LinkedHashMap<>();
		List<String> engines = new ArrayList<>();
		for (String language : LANGUAGES) {
			TextPlugins.NamedFactory factory = factories.apply(language).orElseThrow(
					() -> new IllegalStateException("no tokenizer is installed for " + language + " (see 'policylens plugins')"));
			tokenizers.put(language, factory.factory().create(userWords));
			engines.add(language + "=" + factory.id() + " (" + factory.factory().engine() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Set<String> stopwords = new HashSet<>(entries(lists, WordListKind.STOPWORDS));
		List<String> cited = lists.values().stream()
				.filter(l -> settings.useStopwords() || l.getKind() != WordListKind.STOPWORDS).map(WordLists::cite).toList();
		String provenance = "tokenizers: " + String.join(", ", engines) + "; word lists: " + String.join(", ", cited) //$NON-NLS-2$
				+ (extraWords.isEmpty() ? "" : "; " + extraWords.size() + " extra words kept whole") //$NON-NLS-1$
				+ "; " + settings.describe(); //$NON-NLS-1$
		return new TextAnalysis(new TermExtractor(tokenizers, "en", stopwords, synonymMap, settings), provenance); //$NON-NLS-1$
	}

	private static List<String> entries(Map<String, WordList> lists, WordListKind kind) {
		List<String> entries = new ArrayList<>();
		lists.values().stream().filter(l -> l.getKind() == kind).forEach(l -> entries.addAll(l.getEntries()));
		return entries;
	}

	/**
	 * @param lines synonym sets, one a line, canonical first, separated by commas (also 、，=)
	 * @return variant → canonical
	 */
	public static Map<String, String> synonyms(List<String> lines) {
		Map<String, String> map = new HashMap<>();
		for (String line : lines) {
			String[] words = line.split("\\s*(,|，|、|=>|=)\\s*"); //$NON-NLS-1$
			if (words.length < 2) {
				continue;
			}
			String canonical = words[0].strip();
			for (int i = 1; i < words.length; i++) {
				if (!words[i].isBlank()) {
					map.put(words[i].strip(), canonical);
				}
			}
		}
		return map;
	}
}
