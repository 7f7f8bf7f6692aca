package org.policylens.coword;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.coword.internal.PairCounts;

/**
 * The co-occurrence of the selected terms in the units of a source: a sparse symmetric matrix of
 * unit counts, with each term's frequency (the units that contain it) and postings (which units),
 * so that the units behind any pair can be listed. Immutable and thread-safe.
 * <p>
 * Terms are numbered 0..{@link #termCount()}-1, most frequent first (ties by text). Built in
 * O(Σ k²) for units of k distinct terms: terms are interned to ints, each unit's ids sorted, and
 * each pair written to the row of its smaller term in one flat int array, each row sorted and its
 * runs counted ({@link PairCounts}); the upper triangle is kept as compressed sparse rows, so
 * {@link #count(int, int)} is a binary search.
 */
public final class CooccurrenceMatrix {

	/** Receives the non-zero pairs. */
	@FunctionalInterface
	public interface PairVisitor {
		/**
		 * @param i     a term, smaller than j
		 * @param j     another term
		 * @param count the units in which both occur, at least 1
		 */
		void pair(int i, int j, int count);
	}

	private final String[] terms;
	private final int[] frequencies;
	private final Map<String, Integer> index;
	/** The upper triangle: for each term its partners with a larger number, ascending, and the counts. */
	private final PairCounts pairs;
	private final int[] degrees;
	private final long[] totals;
	private final int[] postingStart;
	private final int[] postings;
	private final List<CowordUnit> units;
	private final int vocabulary;
	private final String topTerm;
	private final int topFrequency;

	private CooccurrenceMatrix(String[] terms, int[] frequencies, PairCounts pairs, int[] postingStart, int[] postings, List<CowordUnit> units, int vocabulary, String topTerm,
			int topFrequency) {
		this.terms = terms;
		this.frequencies = frequencies;
		this.pairs = pairs;
		this.degrees = new int[terms.length];
		this.totals = new long[terms.length];
		forEachPair((i, j, count) -> {
			degrees[i]++;
			degrees[j]++;
			totals[i] += count;
			totals[j] += count;
		});
		this.postingStart = postingStart;
		this.postings = postings;
		this.units = units;
		this.vocabulary = vocabulary;
		this.topTerm = topTerm;
		this.topFrequency = topFrequency;
		this.index = new HashMap<>(terms.length * 2);
		for (int i = 0; i < terms.length; i++) {
			index.put(terms[i], i);
		}
	}

	/**
	 * Reads a source and builds its matrix.
	 *
	 * @param source    the units and their terms
	 * @param selection which terms enter the matrix
	 * @param monitor   progress, cancelable
	 * @return the matrix (possibly without terms: see {@link CowordAnalysis} for the checks)
	 * @throws CowordException if the source cannot be read
	 */
	public static CooccurrenceMatrix build(CowordSource source, TermSelection selection, IProgressMonitor monitor)
			throws CowordException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		Builder builder = new Builder(selection);
		source.read(builder, progress.split(8));
		return builder.build(progress.split(2));
	}

	/** @return the number of selected terms */
	public int termCount() {
		return terms.length;
	}

	/**
	 * @param i a term
	 * @return its text
	 */
	public String term(int i) {
		return terms[i];
	}

	/** @return the terms' texts, in order */
	public List<String> terms() {
		return Collections.unmodifiableList(Arrays.asList(terms));
	}

	/**
	 * @param term a term's text
	 * @return its number, or -1 if it was not selected
	 */
	public int indexOf(String term) {
		Integer i = index.get(term);
		return i == null ? -1 : i;
	}

	/**
	 * @param i a term
	 * @return the units in which it occurs
	 */
	public int frequency(int i) {
		return frequencies[i];
	}

	/**
	 * @param i a term
	 * @param j a term
	 * @return the units in which both occur; for {@code i == j} the term's frequency
	 */
	public int count(int i, int j) {
		if (i == j) {
			return frequencies[i];
		}
		int row = Math.min(i, j);
		int at = Arrays.binarySearch(pairs.columns(), pairs.rowStart()[row], pairs.rowStart()[row + 1], Math.max(i, j));
		return at >= 0 ? pairs.counts()[at] : 0;
	}

	/**
	 * @param i a term
	 * @return the units in which it occurs with any other selected term, summed over the others
	 *         (the term's total co-occurrence, VOSviewer's "total link strength" of raw counts)
	 */
	public long totalCooccurrence(int i) {
		return totals[i];
	}

	/**
	 * @param i a term
	 * @return the number of other terms it co-occurs with
	 */
	public int degree(int i) {
		return degrees[i];
	}

	/** @return the number of non-zero pairs (i &lt; j) */
	public int pairCount() {
		return pairs.columns().length;
	}

	/** @param visitor receives each non-zero pair once, i &lt; j, by i then j */
	public void forEachPair(PairVisitor visitor) {
		int[] rowStart = pairs.rowStart();
		int[] columns = pairs.columns();
		int[] counts = pairs.counts();
		for (int i = 0; i < terms.length; i++) {
			for (int at = rowStart[i]; at < rowStart[i + 1]; at++) {
				visitor.pair(i, columns[at], counts[at]);
			}
		}
	}

	/** @return the number of units read, with or without selected terms */
	public int unitCount() {
		return units.size();
	}

	/** @return the number of distinct terms read, before the selection (after the thesaurus) */
	public int vocabularySize() {
		return vocabulary;
	}

	/**
	 * @return the most frequent term read, selected or not (ties by text), if any term was read:
	 *         what a message about a too high minimum frequency names
	 */
	public java.util.Optional<String> mostFrequentTerm() {
		return java.util.Optional.ofNullable(topTerm);
	}

	/** @return the frequency of {@link #mostFrequentTerm()}, 0 if no term was read */
	public int mostFrequentCount() {
		return topFrequency;
	}

	/**
	 * @param index a unit's index
	 * @return the unit
	 */
	public CowordUnit unit(int index) {
		return units.get(index);
	}

	/**
	 * @param i a term
	 * @return the indexes of the units in which it occurs, ascending
	 */
	public int[] units(int i) {
		return Arrays.copyOfRange(postings, postingStart[i], postingStart[i + 1]);
	}

	/**
	 * @param i a term
	 * @param j another term
	 * @return the indexes of the units in which both occur, ascending (intersection of the postings)
	 */
	public int[] units(int i, int j) {
		int a = postingStart[i];
		int aEnd = postingStart[i + 1];
		int b = postingStart[j];
		int bEnd = postingStart[j + 1];
		int[] both = new int[Math.min(aEnd - a, bEnd - b)];
		int n = 0;
		while (a < aEnd && b < bEnd) {
			int x = postings[a];
			int y = postings[b];
			if (x == y) {
				both[n++] = x;
				a++;
				b++;
			} else if (x < y) {
				a++;
			} else {
				b++;
			}
		}
		return Arrays.copyOf(both, n);
	}

	/**
	 * Collects units and their terms (it is the {@link UnitSink} a source reads into), then builds
	 * the matrix of the selected terms. Not thread-safe.
	 */
	public static final class Builder implements UnitSink {
		private final TermSelection selection;
		private final Map<String, Integer> ids = new HashMap<>();
		private final List<String> labels = new ArrayList<>();
		private final List<CowordUnit> units = new ArrayList<>();
		private int[] frequency = new int[1024];
		private int[] unitStart = new int[1025];
		private int[] termIds = new int[8192];
		private int[] scratch = new int[64];

		/** @param selection which terms enter the matrix; its thesaurus and exclusions apply as units arrive */
		public Builder(TermSelection selection) {
			this.selection = selection;
		}

		@Override
		public void unit(CowordUnit unit, Collection<String> unitTerms) {
			int u = units.size();
			units.add(unit.index() == u ? unit : new CowordUnit(u, unit.sourceId(), unit.label(), unit.start(), unit.end()));
			if (scratch.length < unitTerms.size()) {
				scratch = new int[unitTerms.size() * 2];
			}
			int k = 0;
			for (String raw : unitTerms) {
				String term = selection.map(raw);
				if (term != null) {
					scratch[k++] = intern(term);
				}
			}
			k = sortDistinct(scratch, k);
			if (unitStart.length < u + 2) {
				unitStart = Arrays.copyOf(unitStart, unitStart.length * 2);
			}
			int start = unitStart[u];
			if (termIds.length < start + k) {
				termIds = Arrays.copyOf(termIds, Math.max(termIds.length * 2, start + k));
			}
			for (int t = 0; t < k; t++) {
				termIds[start + t] = scratch[t];
				frequency[scratch[t]]++;
			}
			unitStart[u + 1] = start + k;
		}

		/** @return the units read so far */
		public int unitCount() {
			return units.size();
		}

		/**
		 * @param monitor progress, cancelable
		 * @return the matrix of the selected terms in the units read so far
		 */
		public CooccurrenceMatrix build(IProgressMonitor monitor) {
			SubMonitor progress = SubMonitor.convert(monitor, "Counting co-occurrences", 3);
			int top = -1;
			for (int id = 0; id < labels.size(); id++) {
				if (top < 0 || frequency[id] > frequency[top]
						|| frequency[id] == frequency[top] && labels.get(id).compareTo(labels.get(top)) < 0) {
					top = id;
				}
			}
			int[] selected = select();
			int terms = selected.length;
			int[] newId = new int[labels.size()];
			Arrays.fill(newId, -1);
			String[] selectedLabels = new String[terms];
			int[] selectedFrequency = new int[terms];
			for (int i = 0; i < terms; i++) {
				newId[selected[i]] = i;
				selectedLabels[i] = labels.get(selected[i]);
				selectedFrequency[i] = frequency[selected[i]];
			}
			int[] postingStart = new int[terms + 1];
			for (int i = 0; i < terms; i++) {
				postingStart[i + 1] = postingStart[i] + selectedFrequency[i];
			}
			int[] postings = new int[postingStart[terms]];
			int[] fill = Arrays.copyOf(postingStart, terms);
			int unitCount = units.size();
			// each unit's selected terms, renumbered, sorted and distinct
			int[] selectedStart = new int[unitCount + 1];
			int[] selectedIds = new int[unitStart[unitCount]];
			long occurrences = 0;
			int n = 0;
			for (int u = 0; u < unitCount; u++) {
				int from = n;
				for (int at = unitStart[u]; at < unitStart[u + 1]; at++) {
					int id = newId[termIds[at]];
					if (id >= 0) {
						selectedIds[n++] = id;
					}
				}
				Arrays.sort(selectedIds, from, n);
				for (int a = from; a < n; a++) {
					postings[fill[selectedIds[a]]++] = u;
				}
				occurrences += (long) (n - from) * (n - from - 1) / 2;
				selectedStart[u + 1] = n;
			}
			progress.worked(1);
			PairCounts pairs = PairCounts.count(terms, selectedStart, selectedIds, unitCount, occurrences, progress.split(2));
			return new CooccurrenceMatrix(selectedLabels, selectedFrequency, pairs, postingStart, postings, List.copyOf(units),
					labels.size(), top < 0 ? null : labels.get(top), top < 0 ? 0 : frequency[top]);
		}

		/** The selected term ids: frequent enough, most frequent first, ties by text, at most top N. */
		private int[] select() {
			List<Integer> candidates = new ArrayList<>();
			for (int id = 0; id < labels.size(); id++) {
				if (frequency[id] >= selection.minFrequency()) {
					candidates.add(id);
				}
			}
			candidates.sort((a, b) -> frequency[a] != frequency[b] ? Integer.compare(frequency[b], frequency[a])
					: labels.get(a).compareTo(labels.get(b)));
			int keep = selection.topN() == 0 ? candidates.size() : Math.min(selection.topN(), candidates.size());
			return candidates.subList(0, keep).stream().mapToInt(Integer::intValue).toArray();
		}

		private int intern(String term) {
			Integer id = ids.get(term);
			if (id == null) {
				id = labels.size();
				ids.put(term, id);
				labels.add(term);
				if (frequency.length == id) {
					frequency = Arrays.copyOf(frequency, id * 2);
				}
			}
			return id;
		}

		private static int sortDistinct(int[] values, int length) {
			Arrays.sort(values, 0, length);
			int n = 0;
			for (int i = 0; i < length; i++) {
				if (n == 0 || values[n - 1] != values[i]) {
					values[n++] = values[i];
				}
			}
			return n;
		}
	}
}
