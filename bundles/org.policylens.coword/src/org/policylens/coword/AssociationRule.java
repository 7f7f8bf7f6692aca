package org.policylens.coword;

import java.util.Comparator;

/**
 * A single-term association rule X → Y between two terms, over the units of a co-occurrence
 * matrix of n units in which X occurs in c(X), Y in c(Y) and both in c(XY):
 * <ul>
 * <li>support = c(XY) / n — how often the two occur together;</li>
 * <li>confidence = c(XY) / c(X) — how often Y occurs where X does;</li>
 * <li>lift = confidence / (c(Y) / n) = c(XY)·n / (c(X)·c(Y)) — above 1 when they attract;</li>
 * <li>leverage = support − (c(X)/n)·(c(Y)/n) — the share of units beyond independence.</li>
 * </ul>
 *
 * @param antecedent      X
 * @param consequent      Y
 * @param count           c(XY), the units with both
 * @param antecedentCount c(X)
 * @param consequentCount c(Y)
 * @param support         c(XY) / n
 * @param confidence      c(XY) / c(X)
 * @param lift            c(XY)·n / (c(X)·c(Y))
 * @param leverage        c(XY)/n − c(X)·c(Y)/n²
 */
public record AssociationRule(String antecedent, String consequent, int count, int antecedentCount,
		int consequentCount, double support, double confidence, double lift, double leverage) {

	/** Strongest first: lift, then confidence, then support, descending; then X and Y by text. */
	public static final Comparator<AssociationRule> BY_LIFT = Comparator.comparingDouble(AssociationRule::lift).reversed()
			.thenComparing(Comparator.comparingDouble(AssociationRule::confidence).reversed())
			.thenComparing(Comparator.comparingDouble(AssociationRule::support).reversed())
			.thenComparing(AssociationRule::antecedent).thenComparing(AssociationRule::consequent);

	/** Most confident first, then lift, support, X and Y. */
	public static final Comparator<AssociationRule> BY_CONFIDENCE = Comparator
			.comparingDouble(AssociationRule::confidence).reversed().thenComparing(BY_LIFT);

	/** Most supported first, then lift, confidence, X and Y. */
	public static final Comparator<AssociationRule> BY_SUPPORT = Comparator.comparingDouble(AssociationRule::support)
			.reversed().thenComparing(BY_LIFT);

	/** Largest leverage first, then lift, confidence, X and Y. */
	public static final Comparator<AssociationRule> BY_LEVERAGE = Comparator.comparingDouble(AssociationRule::leverage)
			.reversed().thenComparing(BY_LIFT);

	/**
	 * @param antecedent X
	 * @param consequent Y
	 * @param cxy        units with both
	 * @param cx         units with X
	 * @param cy         units with Y
	 * @param n          all units
	 * @return the rule X → Y with its metrics
	 */
	public static AssociationRule of(String antecedent, String consequent, int cxy, int cx, int cy, int n) {
		double support = (double) cxy / n;
		double confidence = (double) cxy / cx;
		double lift = (double) cxy * n / ((double) cx * cy);
		double leverage = support - ((double) cx / n) * ((double) cy / n);
		return new AssociationRule(antecedent, consequent, cxy, cx, cy, support, confidence, lift, leverage);
	}
}
