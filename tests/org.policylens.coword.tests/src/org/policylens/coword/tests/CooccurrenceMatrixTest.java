package org.policylens.coword.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CowordUnit;
import org.policylens.coword.TermSelection;
import org.policylens.coword.internal.PairCounts;

/** The sparse co-occurrence matrix on the hand-made units of {@link TestSources#handMade()}. */
public class CooccurrenceMatrixTest {

	private static CooccurrenceMatrix build(TermSelection selection) throws Exception {
		return CooccurrenceMatrix.build(TestSources.handMade(), selection, new NullProgressMonitor());
	}

	@Test
	void countsUnitsTermsAndPairs() throws Exception {
		CooccurrenceMatrix m = build(TermSelection.ALL);
		assertEquals(10, m.unitCount(), "u8 has no term but is a unit");
		assertEquals(List.of("A", "B", "C", "D"), m.terms(), "most frequent first, ties (B, C: 5) by text");
		assertArrayEquals(new int[] { 6, 5, 5, 4 }, new int[] { m.frequency(0), m.frequency(1), m.frequency(2), m.frequency(3) });
		// c(AB)=4, c(AC)=3, c(AD)=2, c(BC)=3, c(BD)=2, c(CD)=2 (see TestSources.handMade)
		int[][] expected = { { 6, 4, 3, 2 }, { 4, 5, 3, 2 }, { 3, 3, 5, 2 }, { 2, 2, 2, 4 } };
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				assertEquals(expected[i][j], m.count(i, j), i + "," + j);
			}
		}
		assertEquals(6, m.pairCount());
		List<String> pairs = new ArrayList<>();
		m.forEachPair((i, j, count) -> pairs.add(m.term(i) + m.term(j) + count));
		assertEquals(List.of("AB4", "AC3", "AD2", "BC3", "BD2", "CD2"), pairs);
		assertEquals(4 + 3 + 2, m.totalCooccurrence(0));
		assertEquals(3, m.degree(3));
		assertEquals(4, m.vocabularySize());
		assertEquals("A", m.mostFrequentTerm().orElseThrow());
	}

	@Test
	void listsTheUnitsBehindATermAndAPair() throws Exception {
		CooccurrenceMatrix m = build(TermSelection.ALL);
		assertArrayEquals(new int[] { 0, 1, 2, 3, 5, 9 }, m.units(m.indexOf("A")));
		assertArrayEquals(new int[] { 0, 1, 2, 9 }, m.units(m.indexOf("A"), m.indexOf("B")));
		assertArrayEquals(new int[] { 7, 9 }, m.units(m.indexOf("D"), m.indexOf("C")));
		CowordUnit unit = m.unit(7);
		assertEquals(new CowordUnit(7, "u7", "unit 7", -1, -1), unit);
		assertEquals(-1, m.indexOf("E"));
	}

	@Test
	void selectsByFrequencyAndTopNAndMergesWithTheThesaurus() throws Exception {
		assertEquals(List.of("A", "B", "C"), build(TermSelection.of(5, 0)).terms());
		CooccurrenceMatrix top2 = build(TermSelection.of(1, 2));
		assertEquals(List.of("A", "B"), top2.terms());
		assertEquals(4, top2.count(0, 1));
		assertEquals(10, top2.unitCount(), "the selection does not change the number of units");

		// D becomes C: C's units are u0,u3,u4,u7,u9 and D's u2,u6,u7,u9 → C occurs in 7 units; u7 counts once
		CooccurrenceMatrix merged = build(TermSelection.ALL.withThesaurus(Map.of("D", "C")));
		assertEquals(List.of("C", "A", "B"), merged.terms());
		assertEquals(7, merged.frequency(0));
		// A with C or D: u0,u2,u3,u9 → 4
		assertEquals(4, merged.count(merged.indexOf("A"), merged.indexOf("C")));

		CooccurrenceMatrix excluded = build(TermSelection.ALL.withExcluded(Set.of("A")));
		assertEquals(List.of("B", "C", "D"), excluded.terms());
		assertEquals(3, excluded.pairCount());
	}

	@Test
	void aTermCountsOncePerUnit() throws Exception {
		CooccurrenceMatrix m = CooccurrenceMatrix.build(TestSources.units("x x y", "x y y y", "x"), TermSelection.ALL,
				new NullProgressMonitor());
		assertEquals(3, m.frequency(m.indexOf("x")));
		assertEquals(2, m.count(0, 1));
	}

	@Test
	void sortingAndHashingCountTheSamePairs() {
		// 3,000 units of 1 to 15 distinct ids (sorted) from 400 terms, skewed towards small ids
		java.util.Random random = new java.util.Random(5);
		int units = 3000;
		int[] start = new int[units + 1];
		List<Integer> ids = new ArrayList<>();
		long occurrences = 0;
		int[][] expected = new int[400][400];
		for (int u = 0; u < units; u++) {
			java.util.TreeSet<Integer> unit = new java.util.TreeSet<>();
			int k = 1 + random.nextInt(15);
			while (unit.size() < k) {
				unit.add((int) (400 * Math.pow(random.nextDouble(), 3)));
			}
			ids.addAll(unit);
			start[u + 1] = ids.size();
			occurrences += (long) k * (k - 1) / 2;
			for (int a : unit) {
				for (int b : unit.tailSet(a, false)) {
					expected[a][b]++;
				}
			}
		}
		int[] flat = ids.stream().mapToInt(Integer::intValue).toArray();
		PairCounts sorted = PairCounts.bySorting(400, start, flat, units, (int) occurrences, new NullProgressMonitor());
		PairCounts hashed = PairCounts.byHashing(400, start, flat, units, occurrences, new NullProgressMonitor());
		assertArrayEquals(sorted.rowStart(), hashed.rowStart());
		assertArrayEquals(sorted.columns(), hashed.columns());
		assertArrayEquals(sorted.counts(), hashed.counts());
		int pairs = 0;
		for (int i = 0; i < 400; i++) {
			for (int at = sorted.rowStart()[i]; at < sorted.rowStart()[i + 1]; at++) {
				assertEquals(expected[i][sorted.columns()[at]], sorted.counts()[at], i + "," + sorted.columns()[at]);
				pairs++;
			}
			for (int j = 0; j < 400; j++) {
				pairs -= expected[i][j] > 0 ? 1 : 0;
			}
		}
		assertEquals(0, pairs, "every pair that occurs is counted once");
	}

	@Test
	void canBeCanceled() {
		String[] many = new String[20_000];
		java.util.Arrays.fill(many, "a b c");
		NullProgressMonitor canceled = new NullProgressMonitor();
		canceled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> CooccurrenceMatrix.build(TestSources.units(many), TermSelection.ALL, canceled));
	}
}
