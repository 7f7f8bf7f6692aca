package org.policylens.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policylens.study.OpenStudy;
import org.policylens.text.model.TextFactory;
import org.policylens.text.model.TextSettings;
import org.policylens.text.model.WordList;
import org.policylens.text.model.WordListKind;

/**
 * The word lists of a study: stop words per language, the user dictionary (words the Chinese
 * tokenizer keeps whole) and synonym sets. A study starts with the shipped stop-word lists; every
 * edit adds a new version (never changes an old one) and is recorded in the ledger, so that a
 * result can always say which lists produced it.
 */
public final class WordLists {

	/** Chinese stop words. */
	public static final String STOPWORDS_ZH = "stopwords-zh"; //$NON-NLS-1$
	/** English stop words. */
	public static final String STOPWORDS_EN = "stopwords-en"; //$NON-NLS-1$
	/** Words the Chinese tokenizer keeps whole (e.g. 智慧城市, 数据专区). */
	public static final String DICTIONARY_ZH = "dictionary-zh"; //$NON-NLS-1$
	/** Synonym sets: one set a line, canonical word first. */
	public static final String SYNONYMS = "synonyms"; //$NON-NLS-1$

	private WordLists() {
	}

	/**
	 * @param study an open study
	 * @return its text settings, created (with the shipped lists) on first use
	 */
	public static TextSettings of(OpenStudy study) {
		TextSettings settings = study.findPart(TextSettings.class);
		if (settings != null) {
			return settings;
		}
		settings = study.getPart(TextSettings.class, TextFactory.eINSTANCE::createTextSettings);
		Date now = Date.from(Clock.systemUTC().instant());
		settings.getWordLists().add(shipped(STOPWORDS_ZH, "zh", "stopwords-zh.txt", //$NON-NLS-1$ //$NON-NLS-2$
				"shipped: npm stopwords-zh 0.4.0 (stopwords-iso), MIT licence", now)); //$NON-NLS-1$
		settings.getWordLists().add(shipped(STOPWORDS_EN, "en", "stopwords-en.txt", //$NON-NLS-1$ //$NON-NLS-2$
				"shipped: npm stopwords-en 0.3.0 (stopwords-iso), MIT licence", now)); //$NON-NLS-1$
		WordList dictionary = shipped(DICTIONARY_ZH, "zh", "dictionary-zh.txt", //$NON-NLS-1$ //$NON-NLS-2$
				"shipped: PolicyLens smart-city and digital-government terms", now); //$NON-NLS-1$
		dictionary.setKind(WordListKind.DICTIONARY);
		settings.getWordLists().add(dictionary);
		settings.getWordLists().add(list(SYNONYMS, WordListKind.SYNONYMS, null, 1, "empty", now, "PolicyLens", List.of())); //$NON-NLS-1$ //$NON-NLS-2$
		return settings;
	}

	/**
	 * @param study an open study
	 * @param name  a list name
	 * @return the newest version of the list
	 */
	public static WordList current(OpenStudy study, String name) {
		return of(study).getWordLists().stream().filter(l -> l.getName().equals(name))
				.max(Comparator.comparingInt(WordList::getVersion))
				.orElseThrow(() -> new IllegalArgumentException("the study has no word list '" + name + "'"));
	}

	/**
	 * @param study an open study
	 * @return the newest version of every list, by name
	 */
	public static Map<String, WordList> currentAll(OpenStudy study) {
		Map<String, WordList> current = new LinkedHashMap<>();
		for (WordList list : of(study).getWordLists()) {
			WordList known = current.get(list.getName());
			if (known == null || known.getVersion() < list.getVersion()) {
				current.put(list.getName(), list);
			}
		}
		return current;
	}

	/**
	 * Adds the next version of a list with words added and removed, and records it.
	 *
	 * @param study  an open study
	 * @param name   the list
	 * @param add    entries to add (for synonyms: whole lines)
	 * @param remove entries to remove
	 * @param actor  who edits
	 * @return the new version, or the current one if nothing changed
	 */
	public static WordList edit(OpenStudy study, String name, Collection<String> add, Collection<String> remove,
			String actor) {
		WordList current = current(study, name);
		Set<String> entries = new LinkedHashSet<>(current.getEntries());
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		for (String word : add) {
			String w = word.strip();
			if (!w.isEmpty() && entries.add(w)) {
				added.add(w);
			}
		}
		for (String word : remove) {
			if (entries.remove(word.strip())) {
				removed.add(word.strip());
			}
		}
		if (added.isEmpty() && removed.isEmpty()) {
			return current;
		}
		WordList next = list(name, current.getKind(), current.getLanguage(), current.getVersion() + 1,
				"edited: +" + added.size() + " -" + removed.size(), Date.from(Clock.systemUTC().instant()), actor, //$NON-NLS-1$ //$NON-NLS-2$
				new ArrayList<>(entries));
		of(study).getWordLists().add(next);
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("list", name); //$NON-NLS-1$
		parameters.put("version", Integer.toString(next.getVersion())); //$NON-NLS-1$
		parameters.put("added", String.join(", ", added)); //$NON-NLS-1$ //$NON-NLS-2$
		parameters.put("removed", String.join(", ", removed)); //$NON-NLS-1$ //$NON-NLS-2$
		parameters.put("sha256", fingerprint(next)); //$NON-NLS-1$
		study.record(actor, "text.wordlist.edited", "Edited the word list " + name + " (version " + next.getVersion() + ")", //$NON-NLS-1$
				parameters);
		return next;
	}

	/**
	 * @param list a word list
	 * @return the first 12 hex digits of the SHA-256 of its entries (one a line): cited with results
	 */
	public static String fingerprint(WordList list) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			for (String entry : list.getEntries()) {
				digest.update(entry.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * @param list a word list
	 * @return how it is cited: name, version, size and fingerprint
	 */
	public static String cite(WordList list) {
		return list.getName() + " v" + list.getVersion() + " (" + list.getEntries().size() + " entries, " + fingerprint(list) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static WordList shipped(String name, String language, String file, String origin, Date now) {
		List<String> entries = new ArrayList<>();
		try (InputStream in = WordLists.class.getResourceAsStream("/resources/wordlists/" + file)) { //$NON-NLS-1$
			if (in == null) {
				throw new IllegalStateException("the shipped word list " + file + " is missing from org.policylens.text");
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) { //$NON-NLS-1$
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) { //$NON-NLS-1$
					entries.add(word);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return list(name, WordListKind.STOPWORDS, language, 1, origin, now, "PolicyLens", entries); //$NON-NLS-1$
	}

	private static WordList list(String name, WordListKind kind, String language, int version, String origin, Date created,
			String by, List<String> entries) {
		WordList list = TextFactory.eINSTANCE.createWordList();
		list.setName(name);
		list.setKind(kind);
		list.setLanguage(language);
		list.setVersion(version);
		list.setOrigin(origin);
		list.setCreated(created);
		list.setCreatedBy(by);
		list.getEntries().addAll(entries);
		return list;
	}
}
