package org.policylens.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.policylens.coword.CooccurrenceMatrix;

/**
 * The co-occurrence matrix of 100,000 records × ~10 keywords from a Zipf-distributed vocabulary of
 * 20,000 terms ({@link SyntheticRecords}): PolicyLens' sparse matrix against a naive map of pairs,
 * in the same run. Run with {@code -prof gc} for the bytes allocated per operation
 * ({@code gc.alloc.rate.norm}); {@link CooccurrenceComparison} measures the retained heap.
 * <p>
 * Target (issue 5): the matrix in less than 2 s, at least 5 times faster than the naive map and with
 * at most a fifth of its memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = { "-Xmx4g" })
public class CooccurrenceBenchmark {

	private SyntheticRecords records;

	/** Makes the records. */
	@Setup
	public void setUp() {
		records = SyntheticRecords.standard();
	}

	/** @return PolicyLens' matrix: interned terms, sorted ids per record, a primitive pair table, sorted rows */
	@Benchmark
	public CooccurrenceMatrix sparseMatrix() {
		return records.sparse();
	}

	/** @return the naive {@code HashMap<String pair, Integer>} */
	@Benchmark
	public Object naiveMapOfPairs() {
		return records.naive();
	}
}
