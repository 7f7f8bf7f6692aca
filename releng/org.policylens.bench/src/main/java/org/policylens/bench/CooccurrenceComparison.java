package org.policylens.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.policylens.coword.CooccurrenceMatrix;

/**
 * Time, allocated bytes and retained heap of PolicyLens' co-occurrence matrix and of the naive map
 * of pairs on the same 100,000 records ({@link SyntheticRecords}), in one JVM: the two run in turns
 * (5 warm-up and N measured rounds), and the medians are reported. Allocation is the calling
 * thread's allocated bytes (HotSpot's {@code ThreadMXBean}); the retained heap is the used heap after
 * full collections with the result held, minus the used heap without it. It also checks that both
 * count the same.
 * <p>
 * Usage: {@code java -Xmx4g -cp benchmarks.jar org.policylens.bench.CooccurrenceComparison [ROUNDS]}
 */
public final class CooccurrenceComparison {

	private CooccurrenceComparison() {
	}

	/** One measurement. */
	private record Run(double millis, double cpuMillis, long allocated) {
	}

	/**
	 * @param args the number of measured rounds (10 by default)
	 */
	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		SyntheticRecords records = SyntheticRecords.standard();
		long occurrences = records.keywords.stream().mapToLong(List::size).sum();
		System.out.printf(Locale.ROOT, "# %,d records, %,d keyword occurrences, vocabulary %,d (Zipf), seed %d%n", records.units.size(),
				occurrences, SyntheticRecords.VOCABULARY, SyntheticRecords.SEED);
		check(records);
		List<Run> sparse = new ArrayList<>();
		List<Run> naive = new ArrayList<>();
		for (int round = -5; round < rounds; round++) {
			Run s = measure(records::sparse);
			Run n = measure(records::naive);
			if (round >= 0) {
				sparse.add(s);
				naive.add(n);
			}
		}
		long sparseHeap = retained(records::sparse);
		long naiveHeap = retained(records::naive);
		double sparseMs = median(sparse.stream().map(Run::millis).toList());
		double naiveMs = median(naive.stream().map(Run::millis).toList());
		double sparseCpu = median(sparse.stream().map(Run::cpuMillis).toList());
		double naiveCpu = median(naive.stream().map(Run::cpuMillis).toList());
		double sparseAlloc = median(sparse.stream().map(r -> (double) r.allocated()).toList());
		double naiveAlloc = median(naive.stream().map(r -> (double) r.allocated()).toList());
		System.out.printf(Locale.ROOT, "%-24s %10s %12s %14s %13s%n", "", "median ms", "thread CPU ms", "allocated MB", "retained MB"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		System.out.printf(Locale.ROOT, "%-24s %10.1f %12.1f %14.1f %13.1f%n", "sparse matrix", sparseMs, sparseCpu, sparseAlloc / 1e6, //$NON-NLS-1$ //$NON-NLS-2$
				sparseHeap / 1e6);
		System.out.printf(Locale.ROOT, "%-24s %10.1f %12.1f %14.1f %13.1f%n", "naive map of pairs", naiveMs, naiveCpu, naiveAlloc / 1e6, //$NON-NLS-1$ //$NON-NLS-2$
				naiveHeap / 1e6);
		System.out.printf(Locale.ROOT, "naive / sparse: time %.1f× (thread CPU %.1f×), allocated %.1f×, retained %.1f×%n", //$NON-NLS-1$
				naiveMs / sparseMs, naiveCpu / sparseCpu, naiveAlloc / sparseAlloc, (double) naiveHeap / sparseHeap);
	}

	private static void check(SyntheticRecords records) {
		CooccurrenceMatrix matrix = records.sparse();
		NaiveCooccurrence naive = records.naive();
		if (matrix.pairCount() != naive.pairs.size() || matrix.termCount() != naive.frequencies.size()) {
			throw new IllegalStateException("the two count differently: " + matrix.pairCount() + " / " + naive.pairs.size());
		}
		long[] mismatches = { 0 };
		matrix.forEachPair((i, j, count) -> {
			if (naive.count(matrix.term(i), matrix.term(j)) != count) {
				mismatches[0]++;
			}
		});
		if (mismatches[0] > 0) {
			throw new IllegalStateException(mismatches[0] + " pair counts differ");
		}
		System.out.printf(Locale.ROOT, "# %,d terms, %,d distinct pairs; both implementations agree on every count%n",
				matrix.termCount(), matrix.pairCount());
	}

	private static Run measure(Supplier<Object> work) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long thread = Thread.currentThread().getId();
		long allocatedBefore = threads.getThreadAllocatedBytes(thread);
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		Object result = work.get();
		long end = System.nanoTime();
		long cpuEnd = threads.getCurrentThreadCpuTime();
		long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
		if (result == null) {
			throw new IllegalStateException();
		}
		return new Run((end - start) / 1e6, (cpuEnd - cpuStart) / 1e6, allocated);
	}

	private static long retained(Supplier<Object> work) {
		long before = usedAfterGc();
		Object result = work.get();
		long after = usedAfterGc();
		if (result.hashCode() == 42) { // keeps the result reachable until here
			System.out.print("");
		}
		return after - before;
	}

	private static long usedAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 4; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}
}
