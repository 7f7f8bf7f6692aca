package org.policylens.coword;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Mines single-term association rules X → Y from a co-occurrence matrix: for every pair that
 * co-occurs, both directions, kept when they reach every minimum.
 */
public final class AssociationRules {

	/** The CSV header, in the order of {@link #writeCsv}. */
	public static final List<String> CSV_HEADER = List.of("antecedent", "consequent", "count", "antecedent_count", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"consequent_count", "support", "confidence", "lift", "leverage"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private AssociationRules() {
	}

	/**
	 * @param matrix        the co-occurrence of terms in units
	 * @param minSupport    the least support, 0..1
	 * @param minConfidence the least confidence, 0..1
	 * @param minLift       the least lift (0 for any, 1 for attraction only)
	 * @return the rules, strongest first ({@link AssociationRule#BY_LIFT})
	 * @throws IllegalArgumentException if a minimum is out of range
	 */
	public static List<AssociationRule> mine(CooccurrenceMatrix matrix, double minSupport, double minConfidence,
			double minLift) {
		if (minSupport < 0 || minSupport > 1 || minConfidence < 0 || minConfidence > 1 || minLift < 0) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"support and confidence are between 0 and 1 and lift is not negative (got %s, %s, %s)", minSupport,
					minConfidence, minLift));
		}
		int n = matrix.unitCount();
		List<AssociationRule> rules = new ArrayList<>();
		matrix.forEachPair((i, j, count) -> {
			add(rules, AssociationRule.of(matrix.term(i), matrix.term(j), count, matrix.frequency(i), matrix.frequency(j), n),
					minSupport, minConfidence, minLift);
			add(rules, AssociationRule.of(matrix.term(j), matrix.term(i), count, matrix.frequency(j), matrix.frequency(i), n),
					minSupport, minConfidence, minLift);
		});
		rules.sort(AssociationRule.BY_LIFT);
		return rules;
	}

	private static void add(List<AssociationRule> rules, AssociationRule rule, double minSupport, double minConfidence,
			double minLift) {
		if (rule.support() >= minSupport && rule.confidence() >= minConfidence && rule.lift() >= minLift) {
			rules.add(rule);
		}
	}

	/**
	 * Writes rules as CSV (RFC 4180, UTF-8 by the writer, header {@link #CSV_HEADER}, numbers with
	 * a dot and up to 6 decimals).
	 *
	 * @param rules  the rules
	 * @param writer where to
	 * @throws IOException if writing fails
	 */
	public static void writeCsv(List<AssociationRule> rules, Writer writer) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (AssociationRule rule : rules) {
				printer.printRecord(rule.antecedent(), rule.consequent(), rule.count(), rule.antecedentCount(),
						rule.consequentCount(), number(rule.support()), number(rule.confidence()), number(rule.lift()),
						number(rule.leverage()));
			}
		}
	}

	static String number(double value) {
		return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
				.toPlainString();
	}
}
