package org.policylens.coword.standard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policylens.coword.ISimilarityMeasure;
import org.policylens.coword.Measures;
import org.policylens.coword.standard.AssociationStrength;
import org.policylens.coword.standard.EquivalenceIndex;
import org.policylens.coword.standard.InclusionIndex;
import org.policylens.coword.standard.JaccardIndex;
import org.policylens.coword.standard.RawCount;
import org.policylens.coword.standard.SaltonCosine;

/**
 * The six standard measures against values computed by hand, on a hand-made matrix of n = 10
 * units with c(A)=6, c(B)=5, c(C)=5, c(D)=4 and c(AB)=4, c(AC)=3, c(CD)=2 (the units of the
 * co-word tests: A B C | A B | A B D | A C | B C | A | D | C D | - | A B C D).
 */
public class StandardMeasuresTest {

	private static final double EPS = 1e-12;
	private static final long N = 10;

	@Test
	void rawCount() {
		ISimilarityMeasure m = new RawCount();
		assertEquals(4, m.similarity(4, 6, 5, N), EPS); // c(AB)
		assertEquals(2, m.similarity(2, 5, 4, N), EPS); // c(CD)
	}

	@Test
	void associationStrength() {
		ISimilarityMeasure m = new AssociationStrength();
		assertEquals(4.0 * 10 / 30, m.similarity(4, 6, 5, N), EPS); // 4·10 / (6·5) = 1.3333: A and B attract
		assertEquals(1.0, m.similarity(3, 6, 5, N), EPS); // A, C: 3·10 / (6·5) = 1: independent
		assertEquals(1.0, m.similarity(2, 5, 4, N), EPS); // C, D: 2·10 / (5·4) = 1
		assertEquals(20.0 / 24, m.similarity(2, 6, 4, N), EPS); // A, D: 2·10 / (6·4) = 0.8333: repel
	}

	@Test
	void equivalenceIndex() {
		ISimilarityMeasure m = new EquivalenceIndex();
		assertEquals(16.0 / 30, m.similarity(4, 6, 5, N), EPS); // 4² / (6·5) = 0.5333
		assertEquals(0.2, m.similarity(2, 5, 4, N), EPS); // 2² / (5·4)
		assertEquals(1.0, m.similarity(5, 5, 5, N), EPS); // always together
	}

	@Test
	void inclusionIndex() {
		ISimilarityMeasure m = new InclusionIndex();
		assertEquals(0.8, m.similarity(4, 6, 5, N), EPS); // 4 / min(6, 5)
		assertEquals(0.5, m.similarity(2, 5, 4, N), EPS); // 2 / min(5, 4)
		assertEquals(0.5, m.similarity(2, 4, 6, N), EPS, "symmetric"); // 2 / min(4, 6)
	}

	@Test
	void saltonCosine() {
		ISimilarityMeasure m = new SaltonCosine();
		assertEquals(4 / Math.sqrt(30), m.similarity(4, 6, 5, N), EPS); // 4 / √30 = 0.7303
		assertEquals(0.7302967433402214, m.similarity(4, 6, 5, N), 1e-15);
		assertEquals(2 / Math.sqrt(20), m.similarity(2, 5, 4, N), EPS); // 2 / √20 = 0.4472
	}

	@Test
	void jaccardIndex() {
		ISimilarityMeasure m = new JaccardIndex();
		assertEquals(4.0 / 7, m.similarity(4, 6, 5, N), EPS); // 4 / (6 + 5 − 4)
		assertEquals(2.0 / 7, m.similarity(2, 5, 4, N), EPS); // 2 / (5 + 4 − 2)
		assertEquals(3.0 / 8, m.similarity(3, 6, 5, N), EPS); // A, C: 3 / (6 + 5 − 3)
	}

	@Test
	void idsAndNames() {
		List<ISimilarityMeasure> all = List.of(new RawCount(), new AssociationStrength(), new EquivalenceIndex(), new InclusionIndex(),
				new SaltonCosine(), new JaccardIndex());
		assertEquals(List.of(Measures.COUNT, Measures.ASSOCIATION, Measures.EQUIVALENCE, Measures.INCLUSION, Measures.COSINE,
				Measures.JACCARD), all.stream().map(ISimilarityMeasure::id).toList());
		assertEquals("Salton's cosine", new SaltonCosine().name());
	}
}
