package org.policylens.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CowordUnit;
import org.policylens.coword.TermSelection;

/**
 * Bibliographic records for the co-occurrence benchmarks of issue 5: 100,000 records of 8 to 12
 * keywords (10 on average) drawn from a vocabulary of 20,000 terms with Zipf's law (exponent 1:
 * the k-th most frequent keyword is drawn with probability proportional to 1/k), from a fixed seed.
 * The records (units and keyword lists) are made once; both implementations read the same objects.
 */
final class SyntheticRecords {

	static final int RECORDS = 100_000;
	static final int VOCABULARY = 20_000;
	static final long SEED = 20261128L;

	final List<CowordUnit> units = new ArrayList<>(RECORDS);
	final List<List<String>> keywords = new ArrayList<>(RECORDS);

	private SyntheticRecords(int records, int vocabulary, long seed) {
		String[] terms = new String[vocabulary];
		double[] cumulative = new double[vocabulary];
		double sum = 0;
		for (int k = 0; k < vocabulary; k++) {
			terms[k] = "keyword " + (k + 1); //$NON-NLS-1$
			sum += 1.0 / (k + 1);
			cumulative[k] = sum;
		}
		Random random = new Random(seed);
		for (int r = 0; r < records; r++) {
			int n = 8 + random.nextInt(5);
			List<String> record = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				int at = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
				record.add(terms[Math.min(vocabulary - 1, at < 0 ? -at - 1 : at)]);
			}
			units.add(CowordUnit.record(r, "REC:" + r, "record " + r)); //$NON-NLS-1$ //$NON-NLS-2$
			keywords.add(record);
		}
	}

	/** @return the 100,000 records of the benchmarks */
	static SyntheticRecords standard() {
		return new SyntheticRecords(RECORDS, VOCABULARY, SEED);
	}

	/** @return PolicyLens' matrix of all keywords of the records */
	CooccurrenceMatrix sparse() {
		CooccurrenceMatrix.Builder builder = new CooccurrenceMatrix.Builder(TermSelection.ALL);
		for (int r = 0; r < units.size(); r++) {
			builder.unit(units.get(r), keywords.get(r));
		}
		return builder.build(new NullProgressMonitor());
	}

	/** @return the naive map of pairs of the same records */
	NaiveCooccurrence naive() {
		return NaiveCooccurrence.of(keywords);
	}
}
