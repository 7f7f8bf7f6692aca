package org.policylens.coword.internal;

import java.util.Arrays;

/**
 * Counts for non-negative {@code long} keys in one open-addressing table (linear probing, no
 * boxing): the pair counts of a co-occurrence matrix, key {@code i * terms + j}.
 */
public final class LongIntCounter {

	private static final long EMPTY = -1L;
	private static final int MAX_CAPACITY = 1 << 30;

	private long[] keys;
	private int[] counts;
	private int mask;
	private int size;

	/** @param expected how many keys are expected (the table grows beyond) */
	public LongIntCounter(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(MAX_CAPACITY / 2, expected * 2L)) - 1) << 1;
		allocate(capacity);
	}

	/**
	 * Adds one to the count of a key.
	 *
	 * @param key a key, not negative
	 */
	public void increment(long key) {
		int slot = slot(key);
		while (true) {
			long k = keys[slot];
			if (k == key) {
				counts[slot]++;
				return;
			}
			if (k == EMPTY) {
				keys[slot] = key;
				counts[slot] = 1;
				if (++size > (mask + 1) * 3L / 4) {
					grow();
				}
				return;
			}
			slot = (slot + 1) & mask;
		}
	}

	/**
	 * @param key a key
	 * @return its count, 0 if it was never incremented
	 */
	public int get(long key) {
		int slot = slot(key);
		while (true) {
			long k = keys[slot];
			if (k == key) {
				return counts[slot];
			}
			if (k == EMPTY) {
				return 0;
			}
			slot = (slot + 1) & mask;
		}
	}

	/** @return the number of keys */
	public int size() {
		return size;
	}

	/** Receives the entries. */
	@FunctionalInterface
	public interface EntryVisitor {
		/**
		 * @param key   a key
		 * @param count its count
		 */
		void visit(long key, int count);
	}

	/** @param visitor receives every entry, in no particular order */
	public void forEach(EntryVisitor visitor) {
		for (int slot = 0; slot < keys.length; slot++) {
			if (keys[slot] != EMPTY) {
				visitor.visit(keys[slot], counts[slot]);
			}
		}
	}

	private int slot(long key) {
		// murmur3 finaliser: keys of one row are consecutive
		long h = key;
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		return (int) h & mask;
	}

	private void allocate(int capacity) {
		keys = new long[capacity];
		Arrays.fill(keys, EMPTY);
		counts = new int[capacity];
		mask = capacity - 1;
	}

	private void grow() {
		if (keys.length >= MAX_CAPACITY) {
			throw new IllegalStateException("more than " + MAX_CAPACITY / 4 * 3 + " distinct pairs");
		}
		long[] oldKeys = keys;
		int[] oldCounts = counts;
		allocate(keys.length * 2);
		for (int i = 0; i < oldKeys.length; i++) {
			long key = oldKeys[i];
			if (key != EMPTY) {
				int slot = slot(key);
				while (keys[slot] != EMPTY) {
					slot = (slot + 1) & mask;
				}
				keys[slot] = key;
				counts[slot] = oldCounts[i];
			}
		}
	}
}
