package org.policylens.coding.ui.internal.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.matrix.MatrixColumns;
import org.policylens.coding.matrix.MatrixOptions;
import org.policylens.coding.matrix.Percent;
import org.policylens.coding.model.Coder;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeDefinition;

/**
 * The choices of a matrix: the codebook of the rows, the columns (a case attribute of the study or
 * the codes of another codebook), what a cell counts, the percentage, the coder and the level of
 * the χ² test. The choices follow the study: {@link #refresh} keeps what is still there.
 */
final class MatrixSettings {

	private static final String[] PERCENTS = { "none", "of the row", "of the column", "of the total" };

	private final Combo rows;
	private final Combo columns;
	private final Combo count;
	private final Combo percent;
	private final Combo coder;
	private final Combo chiSquare;
	private final List<Codebook> codebooks = new ArrayList<>();
	private final List<MatrixColumns> columnChoices = new ArrayList<>();
	private final List<String> coders = new ArrayList<>();

	/**
	 * @param row       the settings row
	 * @param onPercent told when the percentage changes (it needs no new run)
	 */
	MatrixSettings(Composite row, Runnable onPercent) {
		rows = EditorParts.combo(row, "&Rows:", "The codebook whose codes are the rows, in tree order; a category's row is its subtotal");
		columns = EditorParts.combo(row, "Co&lumns:", "A case attribute of the documents (city, year, ...) or the codes of another codebook:"
				+ " a coding counts in a code's column when its clause is coded with that code too");
		count = EditorParts.combo(row, "C&ount:", "Coding references (every coding) or distinct clauses (a clause coded twice counts once)",
				"coding references", "clauses");
		percent = EditorParts.combo(row, "&Percent:", "The percentage beside each count", PERCENTS);
		percent.select(Percent.COLUMN.ordinal());
		percent.addListener(SWT.Selection, e -> onPercent.run());
		coder = EditorParts.combo(row, "Co&der:", "Every coder's codings, or one coder's");
		chiSquare = EditorParts.combo(row, "\u03C7\u00B2 &on:", "A table of subtotals and their parts counts codings twice, so the"
				+ " \u03C7\u00B2 test takes one level of the code tree", "codes without sub-codes", "top-level codes");
	}

	/**
	 * Offers the study's codebooks, attributes and coders, keeping the current choices where they are still offered.
	 *
	 * @param study the open study
	 */
	void refresh(OpenStudy study) {
		codebooks.clear();
		codebooks.addAll(Codes.codebooks(study));
		reset(rows, codebooks.stream().map(MatrixSettings::name).toList(), 0);
		columnChoices.clear();
		List<String> names = new ArrayList<>();
		for (AttributeDefinition attribute : study.getStudy().getAttributes()) {
			columnChoices.add(new MatrixColumns.ByAttribute(attribute.getName()));
			names.add(attribute.getLabel() == null || attribute.getLabel().isBlank() || attribute.getLabel().equals(attribute.getName())
					? attribute.getName()
					: attribute.getName() + " (" + attribute.getLabel() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (Codebook codebook : codebooks) {
			columnChoices.add(new MatrixColumns.ByCodebook(codebook));
			names.add("codes of " + name(codebook));
		}
		int city = columnChoices.indexOf(new MatrixColumns.ByAttribute("city")); //$NON-NLS-1$
		reset(columns, names, Math.max(0, city));
		coders.clear();
		StudyCodings.of(study).coders().stream().map(Coder::getId).forEach(coders::add);
		List<String> coderNames = new ArrayList<>();
		coderNames.add("all coders");
		coderNames.addAll(coders);
		reset(coder, coderNames, 0);
		rows.getParent().getParent().layout(true, true);
	}

	private static String name(Codebook codebook) {
		return codebook.getName() + " (" + codebook.getId() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void reset(Combo combo, List<String> items, int preferred) {
		String kept = combo.getText();
		combo.setItems(items.toArray(String[]::new));
		int index = items.indexOf(kept);
		if (index >= 0) {
			combo.select(index);
		} else if (!items.isEmpty()) {
			combo.select(Math.min(preferred, items.size() - 1));
		}
		combo.setEnabled(!items.isEmpty());
		combo.getParent().layout();
	}

	/** @return the options chosen, or empty when the study offers no rows or no columns */
	Optional<MatrixOptions> options() {
		if (rows.getSelectionIndex() < 0 || columns.getSelectionIndex() < 0) {
			return Optional.empty();
		}
		return Optional.of(new MatrixOptions(codebooks.get(rows.getSelectionIndex()), columnChoices.get(columns.getSelectionIndex()),
				MatrixOptions.Count.values()[count.getSelectionIndex()],
				coder.getSelectionIndex() <= 0 ? null : coders.get(coder.getSelectionIndex() - 1),
				MatrixOptions.ChiSquareRows.values()[chiSquare.getSelectionIndex()]));
	}

	/** @return why there are no options to run with */
	String missing() {
		if (codebooks.isEmpty()) {
			return "This study has no codebook yet. Add one (policylens codebook add --study DIR policy-tools), code some clauses,"
					+ " then run the matrix.";
		}
		return "Choose the columns: the study has no case attribute (define one with Study > New Case Attribute) and no other codebook.";
	}

	/** @return the percentage beside the counts */
	Percent percent() {
		return Percent.values()[Math.max(0, percent.getSelectionIndex())];
	}

	/**
	 * Chooses as the options say, e.g. from a test or another editor.
	 *
	 * @param options what to count; its codebooks must be the study's, its attribute one of the study's
	 * @param shown   the percentage
	 */
	void set(MatrixOptions options, Percent shown) {
		rows.select(codebooks.indexOf(options.rows()));
		columns.select(columnChoices.indexOf(options.columns()));
		count.select(options.count().ordinal());
		coder.select(options.coder() == null ? 0 : coders.indexOf(options.coder()) + 1);
		chiSquare.select(options.chiSquare().ordinal());
		percent.select(shown.ordinal());
	}
}
