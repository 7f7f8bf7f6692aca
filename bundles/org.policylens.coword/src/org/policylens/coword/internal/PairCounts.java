package org.policylens.coword.internal;

import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Counts the pairs of terms that occur together in units, given each unit's sorted distinct term
 * ids, into the upper triangle of a sparse matrix: for each term {@code i} the terms {@code j > i}
 * it co-occurs with, ascending, and their counts (compressed sparse rows).
 * <p>
 * Two ways, same result: up to {@link #SORT_LIMIT} pair occurrences, every pair is written to the
 * row of its smaller term in one flat {@code int} array, each row is sorted and runs are counted
 * (sequential memory access, 4 bytes a pair occurrence); beyond, pairs are counted in a primitive
 * open-addressing table ({@link LongIntCounter}, 12 bytes a slot, bounded by the distinct pairs).
 *
 * @param rowStart where each term's row starts in {@code columns}; {@code rowStart[terms]} is the number of pairs
 * @param columns  the larger term of each pair, ascending within a row
 * @param counts   the units in which each pair occurs
 */
public record PairCounts(int[] rowStart, int[] columns, int[] counts) {

	/** The most pair occurrences counted by sorting (64 M: a 256 MB array). */
	public static final long SORT_LIMIT = 1L << 26;

	/**
	 * @param terms       the number of terms
	 * @param unitStart   where each unit's ids start in {@code ids}; {@code unitStart[units]} is the end
	 * @param ids         the units' term ids, each unit's sorted and distinct
	 * @param units       the number of units
	 * @param occurrences Σ k(k−1)/2 over the units of k terms
	 * @param monitor     checked for cancellation
	 * @return the counts
	 */
	public static PairCounts count(int terms, int[] unitStart, int[] ids, int units, long occurrences, IProgressMonitor monitor) {
		return occurrences <= SORT_LIMIT ? bySorting(terms, unitStart, ids, units, (int) occurrences, monitor)
				: byHashing(terms, unitStart, ids, units, occurrences, monitor);
	}

	/**
	 * Sorts pairs into rows.
	 *
	 * @param terms       the number of terms
	 * @param unitStart   where each unit's ids start
	 * @param ids         the units' sorted distinct term ids
	 * @param units       the number of units
	 * @param occurrences Σ k(k−1)/2, at most {@link #SORT_LIMIT}
	 * @param monitor     checked for cancellation
	 * @return the counts
	 */
	public static PairCounts bySorting(int terms, int[] unitStart, int[] ids, int units, int occurrences, IProgressMonitor monitor) {
		int[] fill = new int[terms + 1];
		for (int u = 0; u < units; u++) {
			int end = unitStart[u + 1];
			for (int a = unitStart[u]; a < end; a++) {
				fill[ids[a] + 1] += end - a - 1;
			}
		}
		for (int i = 0; i < terms; i++) {
			fill[i + 1] += fill[i];
		}
		int[] segment = Arrays.copyOf(fill, terms + 1);
		int[] partners = new int[occurrences];
		for (int u = 0; u < units; u++) {
			checkCanceled(u, monitor);
			int end = unitStart[u + 1];
			for (int a = unitStart[u]; a < end; a++) {
				int row = ids[a];
				for (int b = a + 1; b < end; b++) {
					partners[fill[row]++] = ids[b];
				}
			}
		}
		int[] rowStart = new int[terms + 1];
		for (int i = 0; i < terms; i++) {
			Arrays.sort(partners, segment[i], segment[i + 1]);
			int distinct = 0;
			for (int at = segment[i]; at < segment[i + 1]; at++) {
				if (at == segment[i] || partners[at] != partners[at - 1]) {
					distinct++;
				}
			}
			rowStart[i + 1] = rowStart[i] + distinct;
		}
		int[] columns = new int[rowStart[terms]];
		int[] counts = new int[rowStart[terms]];
		int w = -1;
		for (int i = 0; i < terms; i++) {
			for (int at = segment[i]; at < segment[i + 1]; at++) {
				if (at == segment[i] || partners[at] != partners[at - 1]) {
					columns[++w] = partners[at];
				}
				counts[w]++;
			}
		}
		return new PairCounts(rowStart, columns, counts);
	}

	/**
	 * Counts pairs in a hash table.
	 *
	 * @param terms       the number of terms
	 * @param unitStart   where each unit's ids start
	 * @param ids         the units' sorted distinct term ids
	 * @param units       the number of units
	 * @param occurrences Σ k(k−1)/2 (sizes the table)
	 * @param monitor     checked for cancellation
	 * @return the counts
	 */
	public static PairCounts byHashing(int terms, int[] unitStart, int[] ids, int units, long occurrences, IProgressMonitor monitor) {
		long possible = (long) terms * (terms - 1) / 2;
		LongIntCounter pairs = new LongIntCounter((int) Math.min(Math.min(possible, occurrences / 2 + 16), 1 << 28));
		for (int u = 0; u < units; u++) {
			checkCanceled(u, monitor);
			int end = unitStart[u + 1];
			for (int a = unitStart[u]; a < end; a++) {
				long base = (long) ids[a] * terms;
				for (int b = a + 1; b < end; b++) {
					pairs.increment(base + ids[b]);
				}
			}
		}
		int[] rowStart = new int[terms + 1];
		pairs.forEach((key, count) -> rowStart[(int) (key / terms) + 1]++);
		for (int i = 0; i < terms; i++) {
			rowStart[i + 1] += rowStart[i];
		}
		// column in the high half, count in the low half: sorting a row sorts it by column
		long[] cells = new long[rowStart[terms]];
		int[] fill = Arrays.copyOf(rowStart, terms);
		pairs.forEach((key, count) -> cells[fill[(int) (key / terms)]++] = (key % terms) << 32 | count);
		int[] columns = new int[cells.length];
		int[] counts = new int[cells.length];
		for (int i = 0; i < terms; i++) {
			Arrays.sort(cells, rowStart[i], rowStart[i + 1]);
		}
		for (int at = 0; at < cells.length; at++) {
			columns[at] = (int) (cells[at] >>> 32);
			counts[at] = (int) cells[at];
		}
		return new PairCounts(rowStart, columns, counts);
	}

	private static void checkCanceled(int unit, IProgressMonitor monitor) {
		if ((unit & 0x3fff) == 0 && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
