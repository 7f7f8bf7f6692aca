package org.policylens.coword.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.policylens.coword.AssociationRule;
import org.policylens.coword.AssociationRules;
import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.TermSelection;

/**
 * Association rules on the hand-made units (n = 10; c(A)=6, c(B)=5, c(C)=5, c(D)=4; c(AB)=4,
 * c(AC)=3, c(AD)=2, c(BC)=3, c(BD)=2, c(CD)=2), every metric against values computed by hand.
 */
public class AssociationRulesTest {

	private static final double EPS = 1e-12;

	private static CooccurrenceMatrix matrix() throws Exception {
		return CooccurrenceMatrix.build(TestSources.handMade(), TermSelection.ALL, new NullProgressMonitor());
	}

	private static AssociationRule rule(List<AssociationRule> rules, String x, String y) {
		return rules.stream().filter(r -> r.antecedent().equals(x) && r.consequent().equals(y)).findFirst().orElseThrow();
	}

	@Test
	void everyMetricOfEveryRule() throws Exception {
		List<AssociationRule> rules = AssociationRules.mine(matrix(), 0, 0, 0);
		assertEquals(12, rules.size(), "6 pairs, both directions");

		AssociationRule ab = rule(rules, "A", "B");
		assertEquals(4, ab.count());
		assertEquals(0.4, ab.support(), EPS); // 4 / 10
		assertEquals(4.0 / 6, ab.confidence(), EPS); // c(AB)/c(A) = 4/6 = 0.6667
		assertEquals(40.0 / 30, ab.lift(), EPS); // 4·10 / (6·5) = 1.3333
		assertEquals(0.1, ab.leverage(), EPS); // 0.4 − 0.6·0.5
		AssociationRule ba = rule(rules, "B", "A");
		assertEquals(0.8, ba.confidence(), EPS); // 4/5
		assertEquals(40.0 / 30, ba.lift(), EPS);

		AssociationRule ad = rule(rules, "A", "D");
		assertEquals(0.2, ad.support(), EPS); // 2/10
		assertEquals(2.0 / 6, ad.confidence(), EPS); // 0.3333
		assertEquals(20.0 / 24, ad.lift(), EPS); // 2·10 / (6·4) = 0.8333: repel
		assertEquals(-0.04, ad.leverage(), EPS); // 0.2 − 0.6·0.4
		assertEquals(0.5, rule(rules, "D", "A").confidence(), EPS); // 2/4

		AssociationRule bc = rule(rules, "B", "C");
		assertEquals(0.3, bc.support(), EPS); // 3/10
		assertEquals(0.6, bc.confidence(), EPS); // 3/5
		assertEquals(1.2, bc.lift(), EPS); // 3·10 / (5·5)
		assertEquals(0.05, bc.leverage(), EPS); // 0.3 − 0.5·0.5

		AssociationRule cd = rule(rules, "C", "D");
		assertEquals(0.4, cd.confidence(), EPS); // 2/5
		assertEquals(1.0, cd.lift(), EPS); // 2·10 / (5·4): independent
		assertEquals(0.0, cd.leverage(), EPS); // 0.2 − 0.5·0.4
		assertEquals(0.5, rule(rules, "A", "C").confidence(), EPS); // 3/6
		assertEquals(0.0, rule(rules, "C", "A").leverage(), EPS); // 0.3 − 0.5·0.6
	}

	@Test
	void thresholdsAndOrder() throws Exception {
		// confidence >= 0.6: B→A 0.8, A→B 0.667 (lift 1.333), B→C 0.6, C→B 0.6 (lift 1.2), C→A 0.6 (lift 1)
		List<String> confident = AssociationRules.mine(matrix(), 0, 0.6, 0).stream()
				.map(r -> r.antecedent() + "→" + r.consequent()).toList();
		assertEquals(List.of("B→A", "A→B", "B→C", "C→B", "C→A"), confident);
		// lift >= 1 drops only A↔D (0.833)
		assertEquals(10, AssociationRules.mine(matrix(), 0, 0, 1).size());
		// support >= 0.3: AB (0.4), AC and BC (0.3)
		assertEquals(6, AssociationRules.mine(matrix(), 0.3, 0, 0).size());
		assertThrows(IllegalArgumentException.class, () -> AssociationRules.mine(matrix(), 1.5, 0, 0));

		List<AssociationRule> bySupport = new java.util.ArrayList<>(AssociationRules.mine(matrix(), 0, 0, 0));
		bySupport.sort(AssociationRule.BY_SUPPORT);
		assertEquals("B", bySupport.get(0).antecedent(), "support 0.4 first, then lift, then confidence (B→A 0.8)");
		bySupport.sort(AssociationRule.BY_LEVERAGE);
		assertEquals(-0.04, bySupport.get(bySupport.size() - 1).leverage(), EPS);
	}

	@Test
	void writesCsv() throws Exception {
		StringWriter csv = new StringWriter();
		AssociationRules.writeCsv(AssociationRules.mine(matrix(), 0, 0.8, 0), csv);
		assertEquals("antecedent,consequent,count,antecedent_count,consequent_count,support,confidence,lift,leverage\r\n"
				+ "B,A,4,5,6,0.4,0.8,1.333333,0.1\r\n", csv.toString());
	}
}
