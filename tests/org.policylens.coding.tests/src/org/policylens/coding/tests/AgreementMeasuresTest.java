package org.policylens.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policylens.coding.agreement.AgreementMeasures;

/**
 * The agreement coefficients against published worked examples, to 1e-6. Where a source prints
 * three decimals, the exact value is derived from the source's own data and formulas (given in
 * each test) and the printed value is checked to its precision as well.
 */
public class AgreementMeasuresTest {

	private static final double EXACT = 1e-6;

	private static List<Object[]> items(int[][] byCoder) {
		List<Object[]> items = new ArrayList<>();
		for (int unit = 0; unit < byCoder[0].length; unit++) {
			Object[] item = new Object[byCoder.length];
			for (int coder = 0; coder < byCoder.length; coder++) {
				item[coder] = byCoder[coder][unit] < 0 ? null : Integer.valueOf(byCoder[coder][unit]);
			}
			items.add(item);
		}
		return items;
	}

	/**
	 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
	 * Communication, University of Pennsylvania, section A "Binary or dichotomous data, two
	 * observers, no missing data": 10 units; coincidences o₀₀ = 10, o₀₁ = o₁₀ = 4, o₁₁ = 2, so
	 * n₀ = 14, n₁ = 6, n = 20 and α = 1 − (n − 1) o₀₁ / (n₀ n₁) = 1 − 19 · 4 / 84 = 2/21 = 0.095238
	 * (printed: α = 0.095).
	 */
	@Test
	void krippendorffBinaryTwoObservers() {
		int[][] data = { { 0, 1, 0, 0, 0, 0, 0, 0, 1, 0 }, { 1, 1, 1, 0, 0, 1, 0, 0, 0, 0 } };
		AgreementMeasures.Values v = AgreementMeasures.of(2, items(data));
		assertEquals(2.0 / 21, v.alpha(), EXACT);
		assertEquals(0.095, v.alpha(), 5e-4);
		assertEquals(0.6, v.percent(), EXACT, "6 of 10 units agree");
		// Cohen's kappa of the same table: p_o = .6, marginals A (8, 2), B (6, 4): p_e = (8·6 + 2·4)/100 = .56,
		// kappa = (.6 − .56)/(1 − .56) = 1/11
		assertEquals(1.0 / 11, v.cohen(), EXACT);
		assertEquals(10, v.units());
	}

	/**
	 * Krippendorff (2011), section C "Nominal data, any number of observers, missing data": four
	 * observers, 12 units, values 1–5, 7 values missing; unit 12 has one value and is not pairable.
	 * From the coincidence matrix of the paper: n = 40 pairable values, Σ o_ck (c ≠ k) = 8 (the
	 * observed disagreement) and Σ n_c n_k (c ≠ k) = 1216, so α = 1 − (n − 1) · 8 / 1216 = 1 − 39 · 8 /
	 * 1216 = 113/152 = 0.743421 (printed: α = 0.743).
	 */
	@Test
	void krippendorffNominalSeveralObserversMissingData() {
		int m = -1;
		int[][] data = { { 1, 2, 3, 3, 2, 1, 4, 1, 2, m, m, m }, { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, m, 3 },
				{ m, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, m }, { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, m } };
		AgreementMeasures.Values v = AgreementMeasures.of(4, items(data));
		assertEquals(113.0 / 152, v.alpha(), EXACT);
		assertEquals(0.743, v.alpha(), 5e-4);
		assertEquals(11, v.units(), "units with two or more values");
		assertEquals(8, v.completeUnits(), "units all four observers coded: Fleiss' kappa and percentage agreement use these");
		assertTrue(Double.isNaN(v.cohen()), "Cohen's kappa is for two coders");
	}

	/**
	 * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
	 * Bulletin 76(5), 378–382, Table 1: 30 patients, 6 psychiatrists, 5 diagnoses. P̄ = 5/9 =
	 * 0.5556, P̄e = Σ p_j² = 3563/16200 = 0.2199, κ = (P̄ − P̄e)/(1 − P̄e) = 5437/12637 = 0.430245
	 * (printed: κ = .430).
	 */
	@Test
	void fleissKappaOfFleiss1971() {
		int[][] patients = { { 4, 4, 4, 4, 4, 4 }, { 2, 2, 2, 5, 5, 5 }, { 2, 3, 3, 3, 3, 5 }, { 5, 5, 5, 5, 5, 5 }, { 2, 2, 2, 4, 4, 4 },
				{ 1, 1, 3, 3, 3, 3 }, { 3, 3, 3, 3, 5, 5 }, { 1, 1, 3, 3, 3, 4 }, { 1, 1, 4, 4, 4, 4 }, { 5, 5, 5, 5, 5, 5 },
				{ 1, 4, 4, 4, 4, 4 }, { 1, 2, 4, 4, 4, 4 }, { 2, 2, 2, 3, 3, 3 }, { 1, 4, 4, 4, 4, 4 }, { 2, 2, 4, 4, 4, 5 },
				{ 3, 3, 3, 3, 3, 5 }, { 1, 1, 1, 4, 5, 5 }, { 1, 1, 1, 1, 1, 2 }, { 2, 2, 4, 4, 4, 4 }, { 1, 3, 3, 5, 5, 5 },
				{ 5, 5, 5, 5, 5, 5 }, { 2, 4, 4, 4, 4, 4 }, { 2, 2, 4, 5, 5, 5 }, { 1, 1, 4, 4, 4, 4 }, { 1, 4, 4, 4, 4, 5 },
				{ 2, 2, 2, 2, 2, 4 }, { 1, 1, 1, 1, 5, 5 }, { 2, 2, 4, 4, 4, 4 }, { 1, 3, 3, 3, 3, 3 }, { 5, 5, 5, 5, 5, 5 } };
		List<Object[]> items = new ArrayList<>();
		for (int[] patient : patients) {
			Object[] item = new Object[6];
			for (int r = 0; r < 6; r++) {
				item[r] = Integer.valueOf(patient[r]);
			}
			items.add(item);
		}
		AgreementMeasures.Values v = AgreementMeasures.of(6, items);
		assertEquals(5437.0 / 12637, v.fleiss(), EXACT);
		assertEquals(0.430, v.fleiss(), 5e-4);
		assertEquals(5.0 / 9, v.percent(), EXACT, "percentage agreement of several raters is Fleiss' P̄");
	}

	/**
	 * Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and
	 * Psychological Measurement 20(1), 37–46, the worked example (Table 1): 200 cases, two judges,
	 * three categories; agreements 88 + 40 + 12, so p_o = .70; marginals (120, 60, 20) and (100,
	 * 60, 40) give p_c = (12000 + 3600 + 800)/40000 = .41; κ = (.70 − .41)/(1 − .41) = 29/59 =
	 * 0.491525 (printed: κ = .492).
	 */
	@Test
	void cohensKappaOfCohen1960() {
		int[][] cells = { { 88, 14, 18 }, { 10, 40, 10 }, { 2, 6, 12 } };
		List<Object[]> items = new ArrayList<>();
		for (int a = 0; a < 3; a++) {
			for (int b = 0; b < 3; b++) {
				for (int n = 0; n < cells[a][b]; n++) {
					items.add(new Object[] { Integer.valueOf(a), Integer.valueOf(b) });
				}
			}
		}
		AgreementMeasures.Values v = AgreementMeasures.of(2, items);
		assertEquals(29.0 / 59, v.cohen(), EXACT);
		assertEquals(0.492, v.cohen(), 5e-4);
		assertEquals(0.70, v.percent(), EXACT);
	}

	@Test
	void undefinedCoefficientsAreNaNNotErrors() {
		AgreementMeasures.Values none = AgreementMeasures.of(2, items(new int[][] { { 0, 0, 0 }, { 0, 0, 0 } }));
		assertEquals(1.0, none.percent(), "no one coded: full agreement");
		assertTrue(Double.isNaN(none.cohen()) && Double.isNaN(none.fleiss()) && Double.isNaN(none.alpha()));
		AgreementMeasures.Values empty = AgreementMeasures.of(3, List.of());
		assertTrue(Double.isNaN(empty.percent()) && Double.isNaN(empty.alpha()));
	}
}
