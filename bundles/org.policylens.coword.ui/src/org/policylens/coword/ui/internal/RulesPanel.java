package org.policylens.coword.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.policylens.coword.AssociationRule;
import org.policylens.coword.AssociationRules;
import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.study.ui.Errors;

/**
 * Association rules between the map's terms (X → Y with support, confidence, lift and leverage),
 * mined with the thresholds above the table; sortable; exported as CSV.
 */
public final class RulesPanel {

	private final Composite control;
	private final CooccurrenceMatrix matrix;
	private final Spinner support;
	private final Spinner confidence;
	private final Spinner lift;
	private final TableViewer table;
	private final Label status;
	private List<AssociationRule> rules = List.of();

	RulesPanel(Composite parent, CooccurrenceMatrix matrix) {
		this.matrix = matrix;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(control);
		Composite bar = new Composite(control, SWT.NONE);
		RowLayout row = new RowLayout();
		row.center = true;
		bar.setLayout(row);
		new Label(bar, SWT.NONE).setText("Min support ‰:");
		support = spinner(bar, 10, 0, 1000, 0);
		new Label(bar, SWT.NONE).setText("Min confidence %:");
		confidence = spinner(bar, 20, 0, 100, 0);
		new Label(bar, SWT.NONE).setText("Min lift:");
		lift = spinner(bar, 10, 0, 1000, 1);
		Button mine = new Button(bar, SWT.PUSH);
		mine.setText("&Apply");
		mine.addListener(SWT.Selection, e -> mine());
		Button export = new Button(bar, SWT.PUSH);
		export.setText("Export &CSV…");
		export.addListener(SWT.Selection, e -> exportDialog());
		table = Tables.create(control);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		Tables.<AssociationRule>column(table, "Antecedent → consequent", 200, r -> r.antecedent() + " → " + r.consequent(), null, null);
		Tables.<AssociationRule>column(table, "Count", 55, r -> Integer.toString(r.count()), null, Comparator.comparingInt(AssociationRule::count));
		Tables.<AssociationRule>column(table, "Support", 70, r -> number(r.support()), null, Comparator.comparingDouble(AssociationRule::support));
		Tables.<AssociationRule>column(table, "Confidence", 80, r -> number(r.confidence()), null,
				Comparator.comparingDouble(AssociationRule::confidence));
		Tables.<AssociationRule>column(table, "Lift", 60, r -> number(r.lift()), null, Comparator.comparingDouble(AssociationRule::lift));
		Tables.<AssociationRule>column(table, "Leverage", 70, r -> number(r.leverage()), null, Comparator.comparingDouble(AssociationRule::leverage));
		status = new Label(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		mine();
	}

	Composite control() {
		return control;
	}

	private static Spinner spinner(Composite parent, int value, int min, int max, int digits) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, min, max, digits, 1, 10);
		return spinner;
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.4f", value); //$NON-NLS-1$
	}

	/**
	 * Sets the thresholds and mines the rules again.
	 *
	 * @param minSupport    0..1
	 * @param minConfidence 0..1
	 * @param minLift       0 for any
	 */
	public void setThresholds(double minSupport, double minConfidence, double minLift) {
		support.setSelection((int) Math.round(minSupport * 1000));
		confidence.setSelection((int) Math.round(minConfidence * 100));
		lift.setSelection((int) Math.round(minLift * 10));
		mine();
	}

	/** Mines with the thresholds shown. */
	public void mine() {
		rules = AssociationRules.mine(matrix, support.getSelection() / 1000.0, confidence.getSelection() / 100.0, lift.getSelection() / 10.0);
		table.setInput(rules);
		status.setText(rules.size() + " rule(s) of " + matrix.unitCount() + " unit(s); strongest lift first.");
	}

	/** @return the rules shown, strongest lift first */
	public List<AssociationRule> rules() {
		return rules;
	}

	/**
	 * @param file the CSV file to write the rules shown to
	 * @throws IOException if it cannot be written
	 */
	public void export(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			AssociationRules.writeCsv(rules, out);
		}
	}

	private void exportDialog() {
		FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		dialog.setFileName("association-rules.csv"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			try {
				export(Path.of(file));
			} catch (IOException | RuntimeException ex) {
				Errors.show(control.getShell(), "Cannot export the rules", ex);
			}
		}
	}
}
