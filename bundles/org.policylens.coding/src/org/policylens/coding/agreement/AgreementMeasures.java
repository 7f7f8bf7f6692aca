package org.policylens.coding.agreement;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * The agreement coefficients of nominal judgements, computed by DKPro Agreement: one item per unit
 * with one value per coder, {@code null} where a coder gave none (missing data).
 * <ul>
 * <li>percentage agreement and Fleiss' kappa take the units every coder judged; for two coders
 * percentage agreement is the share of units they agree on, for more the mean share of agreeing
 * pairs (Fleiss' P̄);</li>
 * <li>Cohen's kappa takes the units both of exactly two coders judged (NaN for other numbers of coders);</li>
 * <li>Krippendorff's alpha (nominal) takes every unit with two or more values, missing data allowed.</li>
 * </ul>
 * A coefficient that is undefined — fewer than two categories used, so there is nothing to agree
 * or disagree on, or no unit to judge — is NaN; percentage agreement is then 1 if there are units.
 */
public final class AgreementMeasures {

	/**
	 * @param percent       percentage agreement (0..1)
	 * @param cohen         Cohen's kappa (two coders)
	 * @param fleiss        Fleiss' kappa
	 * @param alpha         Krippendorff's alpha, nominal
	 * @param units         units with at least two values (Krippendorff's pairable units)
	 * @param completeUnits units every coder judged (percentage, Cohen, Fleiss)
	 */
	public record Values(double percent, double cohen, double fleiss, double alpha, int units, int completeUnits) {
	}

	private AgreementMeasures() {
	}

	/**
	 * @param coders how many coders (values per item)
	 * @param items  one array per unit, a value per coder, {@code null} for missing
	 * @return the coefficients
	 */
	public static Values of(int coders, List<Object[]> items) {
		List<Object[]> complete = items.stream().filter(i -> Arrays.stream(i).allMatch(Objects::nonNull)).toList();
		List<Object[]> pairable = items.stream().filter(i -> Arrays.stream(i).filter(Objects::nonNull).count() >= 2).toList();
		double percent = Double.NaN;
		double cohen = Double.NaN;
		double fleiss = Double.NaN;
		double alpha = Double.NaN;
		if (!complete.isEmpty()) {
			if (categories(complete) < 2) {
				percent = 1;
			} else {
				CodingAnnotationStudy study = study(coders, complete);
				percent = new PercentageAgreement(study).calculateAgreement();
				fleiss = defined(() -> new FleissKappaAgreement(study).calculateAgreement());
				if (coders == 2) {
					cohen = defined(() -> new CohenKappaAgreement(study).calculateAgreement());
				}
			}
		}
		if (!pairable.isEmpty() && categories(pairable) >= 2) {
			CodingAnnotationStudy study = study(coders, pairable);
			alpha = defined(() -> new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement());
		}
		return new Values(percent, cohen, fleiss, alpha, pairable.size(), complete.size());
	}

	private static int categories(List<Object[]> items) {
		Set<Object> seen = new HashSet<>();
		for (Object[] item : items) {
			for (Object value : item) {
				if (value != null) {
					seen.add(value);
				}
			}
		}
		return seen.size();
	}

	private static CodingAnnotationStudy study(int coders, List<Object[]> items) {
		CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
		items.forEach(study::addItemAsArray);
		return study;
	}

	private static double defined(java.util.function.DoubleSupplier measure) {
		try {
			return measure.getAsDouble();
		} catch (InsufficientDataException e) {
			return Double.NaN;
		}
	}
}
