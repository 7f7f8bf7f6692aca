package org.policylens.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The straightforward co-occurrence count PolicyLens is measured against (issue 5): a
 * {@code HashMap} from the pair of terms, as one string, to a boxed count, and a map of term
 * frequencies. It exists only in the benchmarks.
 */
final class NaiveCooccurrence {

	final Map<String, Integer> frequencies = new HashMap<>();
	final Map<String, Integer> pairs = new HashMap<>();

	private NaiveCooccurrence() {
	}

	/**
	 * @param units each unit's terms
	 * @return the counts
	 */
	static NaiveCooccurrence of(List<List<String>> units) {
		NaiveCooccurrence counts = new NaiveCooccurrence();
		for (List<String> unit : units) {
			List<String> distinct = new ArrayList<>(new TreeSet<>(unit));
			for (int a = 0; a < distinct.size(); a++) {
				counts.frequencies.merge(distinct.get(a), 1, Integer::sum);
				for (int b = a + 1; b < distinct.size(); b++) {
					counts.pairs.merge(distinct.get(a) + '\u0000' + distinct.get(b), 1, Integer::sum);
				}
			}
		}
		return counts;
	}

	/**
	 * @param a a term
	 * @param b another term
	 * @return the units in which both occur
	 */
	int count(String a, String b) {
		String key = a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
		return pairs.getOrDefault(key, 0);
	}
}
