package org.policylens.bench;

import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
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
import org.policylens.coding.matrix.CodingMatrix;
import org.policylens.coding.matrix.MatrixCoding;
import org.policylens.coding.matrix.MatrixColumns;
import org.policylens.coding.matrix.MatrixOptions;
import org.policylens.coding.matrix.ThesisTable;

/**
 * Matrix coding of 10,000 clauses × 50 codes × 30 cities (see {@link CodingStudy}): everything
 * {@code policylens code matrix} computes from the study's model — codings of the codebook, the
 * column of each, subtotals of the categories, totals, the χ² test with adjusted residuals — and
 * the thesis layout.
 * <p>
 * Target (issue 4): less than 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g" })
public class MatrixCodingBenchmark {

	private CodingStudy coded;

	/** Builds the coded study. */
	@Setup
	public void setUp() throws Exception {
		coded = CodingStudy.create();
	}

	/** @return the matrix, counting coding references */
	@Benchmark
	public CodingMatrix references() {
		return MatrixCoding.compute(coded.study, MatrixOptions.of(coded.codebook, new MatrixColumns.ByAttribute("city"), //$NON-NLS-1$
				MatrixOptions.Count.REFERENCES), new NullProgressMonitor());
	}

	/** @return the matrix counting distinct clauses, in the thesis layout */
	@Benchmark
	public ThesisTable clausesThesisLayout() {
		return ThesisTable.of(MatrixCoding.compute(coded.study, MatrixOptions.of(coded.codebook, new MatrixColumns.ByAttribute("city"), //$NON-NLS-1$
				MatrixOptions.Count.CLAUSES), new NullProgressMonitor()));
	}

	/**
	 * One cold run in a fresh JVM (what a user waits for on the command line, after the study is open).
	 *
	 * @param args none
	 * @throws Exception if the study cannot be made
	 */
	public static void main(String[] args) throws Exception {
		long built = System.nanoTime();
		CodingStudy coded = CodingStudy.create();
		long start = System.nanoTime();
		CodingMatrix matrix = MatrixCoding.compute(coded.study,
				MatrixOptions.of(coded.codebook, new MatrixColumns.ByAttribute("city"), MatrixOptions.Count.REFERENCES), //$NON-NLS-1$
				new NullProgressMonitor());
		long end = System.nanoTime();
		System.out.printf("study: %d clauses, %d codes, %d cities, %d codings (built in %.1f s)%n", //$NON-NLS-1$
				CodingStudy.DOCUMENTS * CodingStudy.CHAPTERS * (1 + CodingStudy.ARTICLES), matrix.rows().size(), matrix.columns().size(),
				coded.codings, (start - built) / 1e9);
		System.out.printf("first matrix (cold JVM): %.1f ms; total %d; chi-square %.2f, df %d%n", (end - start) / 1e6, matrix.count(-1, -1), //$NON-NLS-1$
				matrix.chiSquare().orElseThrow().statistic(), matrix.chiSquare().orElseThrow().degreesOfFreedom());
	}
}
