package org.policylens.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.matrix.ChiSquare;
import org.policylens.coding.matrix.CodingMatrix;
import org.policylens.coding.matrix.MatrixCoding;
import org.policylens.coding.matrix.MatrixColumns;
import org.policylens.coding.matrix.MatrixOptions;
import org.policylens.coding.matrix.Percent;
import org.policylens.coding.model.Coding;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeType;
import org.policylens.tests.harness.Fixtures;
import org.policylens.tests.harness.TestCodebooks;

/** Matrix coding of the hand-checkable codings of {@link MatrixFixture}: counts, percentages, χ², residuals, drill-down. */
public class MatrixCodingTest {

	private static final double EXACT = 1e-6;

	@TempDir
	Path tmp;

	private OpenStudy study;
	private MatrixFixture fixture;

	@BeforeEach
	void setUp() throws Exception {
		study = Fixtures.sampleStudy(tmp.resolve("study"));
		fixture = new MatrixFixture(study);
	}

	private CodingMatrix byCity(MatrixOptions.Count count, MatrixOptions.ChiSquareRows chi) {
		return MatrixCoding.compute(study, new MatrixOptions(fixture.tools, new MatrixColumns.ByAttribute("city"), count, null, chi),
				new NullProgressMonitor());
	}

	private static int row(CodingMatrix matrix, String name) {
		for (int r = 0; r < matrix.rows().size(); r++) {
			if (matrix.rows().get(r).code().getName().equals(name)) {
				return r;
			}
		}
		throw new AssertionError(name);
	}

	private static long[] counts(CodingMatrix matrix, int r) {
		long[] counts = new long[matrix.columns().size() + 1];
		for (int c = 0; c < matrix.columns().size(); c++) {
			counts[c] = matrix.count(r, c);
		}
		counts[matrix.columns().size()] = matrix.count(r, -1);
		return counts;
	}

	@Test
	void countsCodingReferencesByCityWithSubtotalsAndTotals() {
		CodingMatrix m = byCity(MatrixOptions.Count.REFERENCES, MatrixOptions.ChiSquareRows.TOP);
		assertEquals(List.of("阿坝州", "包头", "北京", "(none)"), m.columns(), "the attribute's categories, then policies without a city");
		assertEquals(12, m.rows().size());
		assertTrue(m.rows().get(0).subtotal());
		assertEquals(1, m.rows().get(1).depth());
		assertEquals("[6, 3, 6, 3, 18]", java.util.Arrays.toString(counts(m, row(m, "Supply-based tools"))));
		assertEquals("[2, 1, 0, 1, 4]", java.util.Arrays.toString(counts(m, row(m, "Talent"))));
		assertEquals("[4, 2, 3, 2, 11]", java.util.Arrays.toString(counts(m, row(m, "Information support"))));
		assertEquals("[4, 7, 2, 2, 15]", java.util.Arrays.toString(counts(m, row(m, "Environment-based tools"))));
		assertEquals("[3, 6, 0, 2, 11]", java.util.Arrays.toString(counts(m, row(m, "Regulatory control"))));
		assertEquals("[0, 0, 2, 0, 2]", java.util.Arrays.toString(counts(m, row(m, "Demand-based tools"))));
		assertEquals("[0, 0, 0, 0, 0]", java.util.Arrays.toString(counts(m, row(m, "Government procurement"))));
		assertEquals("[10, 10, 10, 5, 35]", java.util.Arrays.toString(counts(m, -1)));

		int talent = row(m, "Talent");
		assertEquals(2.0 / 10, m.percent(Percent.COLUMN, talent, 0), EXACT);
		assertEquals(2.0 / 4, m.percent(Percent.ROW, talent, 0), EXACT);
		assertEquals(2.0 / 35, m.percent(Percent.TOTAL, talent, 0), EXACT);
		assertEquals(4.0 / 35, m.percent(Percent.COLUMN, talent, -1), EXACT, "the total column's share");
		assertEquals(18.0 / 35, m.percent(Percent.COLUMN, row(m, "Supply-based tools"), -1), EXACT);
		assertTrue(Double.isNaN(m.percent(Percent.ROW, row(m, "Government procurement"), 0)), "0 of 0");
		assertTrue(m.messages().isEmpty(), m.messages().toString());
	}

	@Test
	void countsDistinctClausesWhenAsked() {
		CodingMatrix m = byCity(MatrixOptions.Count.CLAUSES, MatrixOptions.ChiSquareRows.LEAVES);
		// the two Talent spans share policy 3's first clause, which Information support also codes
		assertEquals("[1, 1, 0, 1, 3]", java.util.Arrays.toString(counts(m, row(m, "Talent"))));
		assertEquals("[4, 3, 6, 3, 16]", java.util.Arrays.toString(counts(m, row(m, "Supply-based tools"))));
		assertEquals("[8, 10, 10, 5, 33]", java.util.Arrays.toString(counts(m, -1)));
	}

	/**
	 * χ² over the top-level codes (types), by hand: observed Supply (6, 3, 6, 3 | 18), Environment
	 * (4, 7, 2, 2 | 15), Demand (0, 0, 2, 0 | 2), columns (10, 10, 10, 5 | 35). Expected r·c/35:
	 * Supply 5.142857 ×3 and 2.571429; Environment 4.285714 ×3 and 2.142857; Demand 0.571429 ×3 and
	 * 0.285714. χ² = Σ (O − E)²/E = 553/60 = 9.216667 with (3 − 1)(4 − 1) = 6 degrees of freedom,
	 * p = P(χ²₆ > 9.216667) = 0.161755. Adjusted residual (O − E)/√(E (1 − r/N)(1 − c/N)):
	 * Demand × 北京 (2 − 0.571429)/√(0.571429 · 33/35 · 25/35) = 2.302831; Environment × 包头
	 * (7 − 4.285714)/√(4.285714 · 20/35 · 25/35) = 2.052235; Supply × 包头 −1.604222.
	 */
	@Test
	void chiSquareOfTheTypesWithAdjustedResiduals() {
		CodingMatrix m = byCity(MatrixOptions.Count.REFERENCES, MatrixOptions.ChiSquareRows.TOP);
		ChiSquare chi = m.chiSquare().orElseThrow();
		assertEquals(553.0 / 60, chi.statistic(), EXACT);
		assertEquals(6, chi.degreesOfFreedom());
		assertEquals(0.161755, chi.p(), EXACT);
		assertEquals(List.of(0, 5, 9), chi.rows(), "the three types");
		assertEquals(9, chi.lowExpected(), "all but Supply in the three cities expect fewer than 5");
		int demand = row(m, "Demand-based tools");
		assertEquals(2.302831, m.residual(demand, 2), EXACT);
		assertTrue(m.flagged(demand, 2));
		assertEquals(2.052235, m.residual(row(m, "Environment-based tools"), 1), EXACT);
		assertEquals(-1.604222, m.residual(row(m, "Supply-based tools"), 1), EXACT);
		assertFalse(m.flagged(row(m, "Supply-based tools"), 1));
		assertTrue(Double.isNaN(m.residual(row(m, "Talent"), 0)), "a tool is not in the test of types");
	}

	/**
	 * χ² over the tools, computed the same way (the table of {@link MatrixFixture} without
	 * Government procurement, which has no codings): 8 × 4 cells, χ² = 7021/264 = 26.594697 with 21
	 * degrees of freedom, p = 0.184675; Regulatory control × 包头 (6 − 3.142857)/√(3.142857 · 24/35 ·
	 * 25/35) = 2.302831.
	 */
	@Test
	void chiSquareOfTheTools() {
		CodingMatrix m = byCity(MatrixOptions.Count.REFERENCES, MatrixOptions.ChiSquareRows.LEAVES);
		ChiSquare chi = m.chiSquare().orElseThrow();
		assertEquals(7021.0 / 264, chi.statistic(), EXACT);
		assertEquals(21, chi.degreesOfFreedom());
		assertEquals(0.184675, chi.p(), EXACT);
		assertEquals(8, chi.rows().size());
		assertEquals(2.302831, m.residual(row(m, "Regulatory control"), 1), EXACT);
		assertTrue(chi.notes().get(0).contains("32 of 32 cells (100%) expect fewer than 5"), chi.notes().toString());
	}

	@Test
	void everyCellDrillsDownToItsCodings() {
		CodingMatrix m = byCity(MatrixOptions.Count.REFERENCES, MatrixOptions.ChiSquareRows.LEAVES);
		List<Coding> talent = m.drillDown(row(m, "Talent"), 0);
		assertEquals(2, talent.size());
		String clause = fixture.leaves(3).get(0).getLabel();
		assertTrue(talent.stream().allMatch(c -> c.getDocument() == 3 && c.getClause().equals(clause)), talent.toString());
		assertEquals(talent.get(0).getStart() + 4, talent.get(1).getStart(), "in text order");
		assertEquals(6, m.drillDown(row(m, "Supply-based tools"), 0).size());
		assertEquals(11, m.drillDown(row(m, "Regulatory control"), -1).size());
		assertEquals(5, m.drillDown(-1, 3).size());
		assertTrue(m.drillDown(-1, 3).stream().allMatch(c -> c.getDocument() <= 2), "(none) holds the provincial policies 1 and 2");
		assertEquals(35, m.drillDown(-1, -1).size());
	}

	@Test
	void toolsByTheDomainsTheirClausesAreCodedWith() throws Exception {
		Codebook domains = TestCodebooks.domains(study);
		var leaves = fixture.leaves(5);
		for (int[] domainOf : new int[][] { { 2, 0 }, { 2, 1 }, { 0, 2 }, { 2, 2 }, { 0, 4 } }) {
			fixture.codings.codeClause(domains.getCodes().get(domainOf[0]), 5, leaves.get(domainOf[1]).getLabel(), "wang", null);
		}
		// Information support on 北京's leaves 0-2: Security 0, 1, 2 and Economy 2; Technical support on 4: Economy
		CodingMatrix m = MatrixCoding.compute(study,
				MatrixOptions.of(fixture.tools, new MatrixColumns.ByCodebook(domains), MatrixOptions.Count.REFERENCES),
				new NullProgressMonitor());
		assertEquals(List.of("Economy", "Transportation", "Security", "Government"), m.columns());
		int information = row(m, "Information support");
		assertEquals("[1, 0, 3, 0, 3]", java.util.Arrays.toString(counts(m, information)), "one coding in two columns counts once in the total");
		assertEquals("[1, 0, 0, 0, 1]", java.util.Arrays.toString(counts(m, row(m, "Technical support"))));
		assertEquals("[2, 0, 3, 0, 4]", java.util.Arrays.toString(counts(m, -1)));
		ChiSquare chi = m.chiSquare().orElseThrow();
		assertTrue(chi.notes().get(0).startsWith("cells overlap (5 counted, 4 distinct)"), chi.notes().toString());
	}

	@Test
	void emptyInputGivesAMessageNotAnError() {
		Codebook domains = TestCodebooks.domains(study);
		CodingMatrix none = MatrixCoding.compute(study,
				MatrixOptions.of(domains, new MatrixColumns.ByAttribute("city"), MatrixOptions.Count.CLAUSES), new NullProgressMonitor());
		assertTrue(none.isEmpty());
		assertEquals(List.of("nothing to count: no codings of codebook 'domains'"), none.messages());
		assertTrue(none.chiSquare().isEmpty());
		assertEquals(0, none.drillDown(0, 0).size());

		study.addAttribute("tester", "batch", null, AttributeType.CATEGORY, List.of("first"));
		CodingMatrix one = MatrixCoding.compute(study,
				MatrixOptions.of(fixture.tools, new MatrixColumns.ByAttribute("batch"), MatrixOptions.Count.REFERENCES),
				new NullProgressMonitor());
		assertEquals(List.of("(none)"), one.columns());
		assertEquals(35, one.count(-1, -1));
		assertEquals("only one column ([(none)]): the matrix is a frequency table", one.messages().get(0));
		assertTrue(one.messages().get(1).startsWith("no χ² test: it needs two rows (codes without sub-codes) and two columns"),
				one.messages().toString());
		assertTrue(one.chiSquare().isEmpty());
	}
}
