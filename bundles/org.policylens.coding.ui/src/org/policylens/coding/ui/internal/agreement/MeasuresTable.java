package org.policylens.coding.ui.internal.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.coding.agreement.AgreementMeasures;
import org.policylens.coding.agreement.AgreementReport;
import org.policylens.coding.ui.internal.matrix.EditorParts;

/**
 * The agreement per code and pooled: percentage agreement, Cohen's kappa, Fleiss' kappa,
 * Krippendorff's alpha, the units they rest on and how many clauses each coder coded with the
 * code. An undefined coefficient shows "—", and its tooltip says why.
 */
final class MeasuresTable {

	/**
	 * A line of the table.
	 *
	 * @param code   the code, or {@code null} on the pooled line
	 * @param values the coefficients
	 * @param coded  per coder, the clauses coded with the code (pooled: with any code)
	 */
	record Line(Code code, AgreementMeasures.Values values, Map<String, Integer> coded) {
	}

	private final TableViewer viewer;
	private int coders;

	/**
	 * @param parent   the parent
	 * @param onSelect receives the code of the selected line, {@code null} for the pooled line or none
	 */
	MeasuresTable(Composite parent, Consumer<Code> onSelect) {
		viewer = EditorParts.table(parent, SWT.SINGLE);
		viewer.addSelectionChangedListener(e -> onSelect.accept(
				((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Line line ? line.code() : null));
	}

	Table getTable() {
		return viewer.getTable();
	}

	/**
	 * @param item   a line of the table
	 * @param column a column
	 * @return the tooltip of the cell (why a coefficient is undefined), or {@code null}
	 */
	String toolTip(int item, int column) {
		return viewer.getLabelProvider(column).getToolTipText(viewer.getElementAt(item));
	}

	/**
	 * @param report     the report
	 * @param showUnused whether codes no coder used are listed too
	 */
	void show(AgreementReport report, boolean showUnused) {
		coders = report.options().coders().size();
		List<Line> lines = new ArrayList<>();
		for (AgreementReport.CodeAgreement code : report.codes()) {
			if (showUnused || code.used()) {
				lines.add(new Line(code.code(), code.values(), code.coded()));
			}
		}
		lines.add(new Line(null, report.pooled(), pooledCounts(report)));
		EditorParts.rebuild(viewer, () -> {
			EditorParts.column(viewer, "Code", 220, new EditorParts.Labels<>(Line.class,
					line -> line.code() == null ? "Pooled (all codes used)" : "  ".repeat(CodeTree.depth(line.code())) + line.code().getName(), //$NON-NLS-1$
					line -> line.code() == null ? "All (clause, code) pairs of the codes any coder used, as one study" : CodeTree.pathOf(line.code()),
					MeasuresTable::pooled));
			for (Measure measure : Measure.values()) {
				EditorParts.column(viewer, measure.title, measure == Measure.ALPHA ? 120 : 90,
						new EditorParts.Labels<>(Line.class, line -> measure.format(line.values()), line -> Double.isNaN(measure.value.applyAsDouble(line.values())) ? why(line, measure) : null,
								MeasuresTable::pooled));
			}
			EditorParts.column(viewer, "Units", 60, EditorParts.text(Line.class, l -> Integer.toString(l.values().units())))
					.getColumn().setToolTipText("Clauses judged by two or more coders (Krippendorff's pairable units)");
			for (String coder : report.options().coders()) {
				EditorParts.column(viewer, coder, 80, EditorParts.text(Line.class, l -> String.valueOf(l.coded().getOrDefault(coder, 0))))
						.getColumn().setToolTipText("Clauses " + coder + " coded with the code");
			}
		}, lines);
	}

	private static Map<String, Integer> pooledCounts(AgreementReport report) {
		Map<String, Integer> sums = new java.util.LinkedHashMap<>();
		report.options().coders().forEach(c -> sums.put(c, 0));
		report.codes().forEach(code -> code.coded().forEach((coder, n) -> sums.merge(coder, n, Integer::sum)));
		return sums;
	}

	/** A coefficient of agreement, as a column. */
	enum Measure {
		/** Percentage agreement. */
		PERCENT("Agreement", "%.1f %%", v -> 100 * v.percent()), //$NON-NLS-2$
		/** Cohen's kappa. */
		COHEN("Cohen's \u03BA", "%.3f", AgreementMeasures.Values::cohen), //$NON-NLS-2$
		/** Fleiss' kappa. */
		FLEISS("Fleiss' \u03BA", "%.3f", AgreementMeasures.Values::fleiss), //$NON-NLS-2$
		/** Krippendorff's alpha. */
		ALPHA("Krippendorff's \u03B1", "%.3f", AgreementMeasures.Values::alpha); //$NON-NLS-2$

		final String title;
		final String format;
		final ToDoubleFunction<AgreementMeasures.Values> value;

		Measure(String title, String format, ToDoubleFunction<AgreementMeasures.Values> value) {
			this.title = title;
			this.format = format;
			this.value = value;
		}

		/**
		 * @param values coefficients
		 * @return this one as the table shows it, "—" when undefined
		 */
		String format(AgreementMeasures.Values values) {
			double v = value.applyAsDouble(values);
			return Double.isNaN(v) ? EditorParts.NONE : String.format(Locale.ROOT, format, v);
		}
	}

	/**
	 * @param line    a line
	 * @param measure an undefined coefficient of the line
	 * @return why it is undefined there
	 */
	String why(Line line, Measure measure) {
		AgreementMeasures.Values v = line.values();
		boolean used = line.coded().values().stream().anyMatch(n -> n > 0);
		if (measure == Measure.ALPHA) {
			return v.units() == 0 ? "Undefined: no clause was judged by two or more coders."
					: "Undefined: every judgement is the same" + (used ? "" : " (nobody coded a clause with it)") //$NON-NLS-1$
							+ ", so there is no disagreement to expect by chance.";
		}
		if (measure == Measure.COHEN && coders != 2) {
			return "Cohen's kappa compares exactly two coders; with " + coders + ", read Fleiss' kappa or Krippendorff's alpha.";
		}
		if (v.completeUnits() == 0) {
			return "Undefined: no clause was judged by every coder (a coder who coded nothing in a document gave no judgements there;"
					+ " choose the documents to count every clause of them).";
		}
		return "Undefined: every clause judged by all coders got the same judgement" + (used ? "" : " (nobody coded a clause with it)") //$NON-NLS-1$
				+ ", so agreement by chance is 1.";
	}

	private static boolean pooled(Line line) {
		return line.code() == null;
	}
}
