package org.policylens.coword;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A thesaurus file in VOSviewer's layout: one term a line, a tab (or comma) and the term that
 * replaces it; an empty replacement drops the term. An optional first line {@code label<TAB>replace by}
 * is a header; lines starting with {@code #} are comments. Latin-script terms are case-folded like
 * keywords ({@link KeywordFieldSource#fold}).
 *
 * @param replacements variant → preferred term
 * @param excluded     terms to drop
 */
public record Thesaurus(Map<String, String> replacements, Set<String> excluded) {

	/** Copies. */
	public Thesaurus {
		replacements = Map.copyOf(replacements);
		excluded = Set.copyOf(excluded);
	}

	/**
	 * @param file a thesaurus file (UTF-8)
	 * @return its entries
	 * @throws CowordException if it cannot be read or a line is not {@code term<TAB>replacement} (names the line)
	 */
	public static Thesaurus read(Path file) throws CowordException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CowordException(CowordException.Reason.BAD_INPUT, file + ": the thesaurus cannot be read as UTF-8 text (" + e.getMessage() + ")", e);
		}
		Map<String, String> replacements = new LinkedHashMap<>();
		Set<String> excluded = new HashSet<>();
		for (int l = 0; l < lines.size(); l++) {
			String line = l == 0 ? lines.get(l).replace("\uFEFF", "") : lines.get(l); //$NON-NLS-1$ //$NON-NLS-2$
			if (line.isBlank() || line.startsWith("#") //$NON-NLS-1$
					|| l == 0 && line.toLowerCase(Locale.ROOT).startsWith("label")) { //$NON-NLS-1$
				continue;
			}
			String[] parts = line.split(line.indexOf('\t') >= 0 ? "\t" : ",", -1); //$NON-NLS-1$ //$NON-NLS-2$
			if (parts.length != 2 || parts[0].isBlank()) {
				throw new CowordException(CowordException.Reason.BAD_INPUT, String.format(Locale.ROOT,
						"%s: line %d: a thesaurus line is 'term<TAB>replacement' (empty replacement: drop the term), not '%s'",
						file, l + 1, line));
			}
			String term = KeywordFieldSource.fold(parts[0].strip());
			String replacement = parts[1].strip();
			if (replacement.isEmpty()) {
				excluded.add(term);
			} else {
				replacements.put(term, KeywordFieldSource.fold(replacement));
			}
		}
		return new Thesaurus(replacements, excluded);
	}

	/**
	 * @param selection a selection
	 * @return it with these replacements and exclusions added
	 */
	public TermSelection applyTo(TermSelection selection) {
		Map<String, String> map = new LinkedHashMap<>(selection.thesaurus());
		map.putAll(replacements);
		Set<String> drop = new HashSet<>(selection.excluded());
		drop.addAll(excluded);
		return selection.withThesaurus(map).withExcluded(drop);
	}
}
