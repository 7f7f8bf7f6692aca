package org.policylens.coword;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Everything that made a network, so that it can be cited and made again: recorded with every
 * result and in the ledger.
 *
 * @param source    what was read ({@link CowordSource#describe()})
 * @param unit      the unit of co-occurrence ({@link CowordSource#unitKind()})
 * @param selection the term selection
 * @param measure   the id of the similarity measure
 * @param options   link threshold, clustering and layout parameters, with the seed
 */
public record CowordParameters(String source, String unit, TermSelection selection, String measure,
		CowordOptions options) {

	/** @return the seed of clustering and layout */
	public long seed() {
		return options.seed();
	}

	/** @return name → value, in a stable order, for the ledger and for exports */
	public Map<String, String> toMap() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("source", source); //$NON-NLS-1$
		map.put("unit", unit); //$NON-NLS-1$
		map.put("minFrequency", Integer.toString(selection.minFrequency())); //$NON-NLS-1$
		map.put("top", Integer.toString(selection.topN())); //$NON-NLS-1$
		map.put("thesaurusEntries", Integer.toString(selection.thesaurus().size())); //$NON-NLS-1$
		map.put("excluded", String.join(";", selection.excluded().stream().sorted().toList())); //$NON-NLS-1$ //$NON-NLS-2$
		map.put("measure", measure); //$NON-NLS-1$
		map.put("minStrength", Double.toString(options.minStrength())); //$NON-NLS-1$
		map.put("maxLinks", Integer.toString(options.maxLinks())); //$NON-NLS-1$
		map.put("resolution", Double.toString(options.resolution())); //$NON-NLS-1$
		map.put("seed", Long.toString(options.seed())); //$NON-NLS-1$
		map.put("iterations", Integer.toString(options.iterations())); //$NON-NLS-1$
		map.put("randomStarts", Integer.toString(options.randomStarts())); //$NON-NLS-1$
		return map;
	}

	/** @return one line for people */
	public String describe() {
		return String.format(Locale.ROOT, "%s; unit %s; %s; measure %s, min strength %s; Leiden resolution %s, seed %d", //$NON-NLS-1$
				source, unit, selection.describe(), measure, options.minStrength(), options.resolution(), options.seed());
	}
}
