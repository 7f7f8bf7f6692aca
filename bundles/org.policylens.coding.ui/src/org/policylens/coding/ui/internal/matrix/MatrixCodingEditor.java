package org.policylens.coding.ui.internal.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;
import org.policylens.coding.matrix.ChiSquare;
import org.policylens.coding.matrix.CodingMatrix;
import org.policylens.coding.matrix.MatrixChart;
import org.policylens.coding.matrix.MatrixCoding;
import org.policylens.coding.matrix.MatrixColumns;
import org.policylens.coding.matrix.MatrixExport;
import org.policylens.coding.matrix.MatrixOptions;
import org.policylens.coding.matrix.Percent;
import org.policylens.coding.matrix.ThesisTable;
import org.policylens.coding.model.Coding;
import org.policylens.study.ui.Errors;
import org.policylens.text.charts.FrequencyChart;

/**
 * Matrix coding of the open study: codes by a case attribute or by the codes of another codebook,
 * counted as coding references or clauses, with percentages, totals, the χ² test and each cell's
 * adjusted residual; selecting a cell lists its codings, which open in their documents. Tabs show
 * the table, the thesis layout and the stacked bar chart; Export writes CSV, XLSX, PNG and SVG.
 * Counting runs as a Job; problems are shown in the editor.
 */
public final class MatrixCodingEditor extends AnalysisEditor {

	/** The editor id. */
	public static final String ID = "org.policylens.coding.ui.matrix"; //$NON-NLS-1$

	private MatrixSettings settings;
	private Button export;
	private MatrixTable table;
	private DrillDownList drillDown;
	private ThesisView thesis;
	private ChartComposite chart;
	private Label provenance;
	private Label chiLine;
	private CodingMatrix matrix;

	/** A new matrix-coding editor. */
	public MatrixCodingEditor() {
		super(MatrixCodingInput.class);
	}

	@Override
	protected void createContents(Composite page, Composite row) {
		settings = new MatrixSettings(row, this::percentChanged);
		runButton(row, "Count the codings with these settings");
		export = EditorParts.button(row, "&Export \u25BE", () -> exportMenu(export));
		export.setEnabled(false);

		CTabFolder tabs = new CTabFolder(page, SWT.BORDER | SWT.BOTTOM);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		SashForm matrixTab = new SashForm(tabs, SWT.VERTICAL);
		table = new MatrixTable(matrixTab, this::cellSelected);
		drillDown = new DrillDownList(matrixTab, texts(), this::open);
		matrixTab.setWeights(60, 40);
		tab(tabs, "Matrix", matrixTab);
		thesis = new ThesisView(tabs);
		tab(tabs, "Thesis table", thesis.getTable());
		chart = new ChartComposite(tabs, SWT.NONE, null, true);
		tab(tabs, "Chart", chart);
		tabs.setSelection(0);

		provenance = EditorParts.wrappingLabel(page);
		chiLine = EditorParts.wrappingLabel(page);
		messageLine(page);
		settings.refresh(getStudy());
		setMessages(List.of(settings.options().isPresent() ? "Choose the rows and columns and press Run." : settings.missing()));
		run.setEnabled(settings.options().isPresent());
	}

	private static void tab(CTabFolder tabs, String title, Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	/** Counts with the current settings, as a Job; does nothing while a count runs. */
	@Override
	public void run() {
		if (isRunning()) {
			return;
		}
		MatrixOptions options = settings.options().orElse(null);
		if (options == null) {
			setMessages(List.of(settings.missing()));
			return;
		}
		run.setEnabled(false);
		setMessages(List.of("Counting\u2026"));
		running = AnalysisJobs.schedule("Matrix coding " + options.rows().getName(),
				monitor -> MatrixCoding.compute(getStudy(), options, monitor), run, this::show,
				failure -> setMessages(List.of("The matrix was not computed: " + failure)), () -> run.setEnabled(true));
	}

	private void show(CodingMatrix shown) {
		matrix = shown;
		Percent percent = settings.percent();
		table.show(shown, percent);
		drillDown.clear();
		thesis.show(ThesisTable.of(shown));
		chart.setChart(MatrixChart.create(shown, percent));
		chart.forceRedraw();
		export.setEnabled(true);
		provenance.setText(shown.provenance());
		chiLine.setText(shown.chiSquare().map(MatrixCodingEditor::describe).orElse("")); //$NON-NLS-1$
		List<String> lines = new ArrayList<>(shown.messages());
		if (shown.isEmpty() && lines.isEmpty()) {
			lines.add("Nothing to count.");
		}
		setMessages(lines);
	}

	/**
	 * @param chi a χ² test
	 * @return the line that reports it
	 */
	static String describe(ChiSquare chi) {
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "\u03C7\u00B2 = %.3f, df = %d, p = %.4g  (%d \u00D7 %d table", //$NON-NLS-1$
				chi.statistic(), chi.degreesOfFreedom(), chi.p(), chi.rows().size(), chi.columns().size()));
		if (chi.lowExpected() > 0) {
			line.append(String.format(Locale.ROOT, "; %d cell(s) expect fewer than 5", chi.lowExpected()));
		}
		line.append(')');
		chi.notes().forEach(note -> line.append("\n").append(note)); //$NON-NLS-1$
		return line.toString();
	}

	private void setMessages(List<String> lines) {
		setMessage(String.join("\n", lines)); //$NON-NLS-1$
	}

	private void percentChanged() {
		if (matrix != null) {
			table.setPercent(settings.percent());
			chart.setChart(MatrixChart.create(matrix, settings.percent()));
			chart.forceRedraw();
		}
	}

	private void cellSelected(int row, int column) {
		List<Coding> codings = matrix.drillDown(row, column);
		String rowName = row < 0 ? "All codes" : matrix.rows().get(row).code().getName();
		String columnName = column < 0 ? "all columns" : matrix.columns().get(column);
		drillDown.show(rowName + " \u00D7 " + columnName + ": " + codings.size() + " coding(s)" //$NON-NLS-1$ //$NON-NLS-2$
				+ (codings.isEmpty() ? "" : "; double-click one to open its document"), codings); //$NON-NLS-1$
	}

	@Override
	protected void studyChanged() {
		settings.refresh(getStudy());
		run.setEnabled(settings.options().isPresent() && !isRunning());
		if (matrix != null) {
			List<String> lines = new ArrayList<>(List.of("The study changed after this matrix was computed: Run again to count the changes."));
			lines.addAll(matrix.messages());
			setMessages(lines);
		} else {
			setMessages(List.of(settings.options().isPresent() ? "Choose the rows and columns and press Run." : settings.missing()));
		}
	}

	/**
	 * Opens a coding's document at its span.
	 *
	 * @param coding a coding of the study
	 */
	public void open(Coding coding) {
		openDocument(coding.getDocument(), coding.getStart(), coding.getEnd() - coding.getStart());
	}

	/** What the Export menu writes. */
	public enum Export {
		/** The table layout as CSV (UTF-8 with BOM), with the chosen percentage. */
		TABLE_CSV("Table as CSV\u2026", "*.csv", MatrixExport.Layout.TABLE), //$NON-NLS-2$
		/** The table layout first in an Excel workbook, with the thesis layout, residuals and provenance. */
		TABLE_XLSX("Table as Excel (XLSX)\u2026", "*.xlsx", MatrixExport.Layout.TABLE), //$NON-NLS-2$
		/** The thesis layout as CSV. */
		THESIS_CSV("Thesis table as CSV\u2026", "*.csv", MatrixExport.Layout.THESIS), //$NON-NLS-2$
		/** The thesis layout first in an Excel workbook. */
		THESIS_XLSX("Thesis table as Excel (XLSX)\u2026", "*.xlsx", MatrixExport.Layout.THESIS), //$NON-NLS-2$
		/** The stacked bar chart as PNG. */
		CHART_PNG("Chart as PNG\u2026", "*.png", null), //$NON-NLS-2$
		/** The stacked bar chart as SVG. */
		CHART_SVG("Chart as SVG\u2026", "*.svg", null); //$NON-NLS-2$

		final String label;
		final String extension;
		final MatrixExport.Layout layout;

		Export(String label, String extension, MatrixExport.Layout layout) {
			this.label = label;
			this.extension = extension;
			this.layout = layout;
		}
	}

	/**
	 * Writes the matrix shown, as the Export menu does.
	 *
	 * @param what what to write
	 * @param file where (written atomically)
	 * @throws IOException if it cannot be written
	 */
	public void export(Export what, Path file) throws IOException {
		if (matrix == null) {
			throw new IOException("run the matrix before exporting it");
		}
		if (what.layout != null) {
			MatrixExport.write(matrix, what.layout, settings.percent(), file);
		} else {
			FrequencyChart.write(MatrixChart.create(matrix, settings.percent()), Math.max(700, 160 + 90 * matrix.columns().size()), 520, file);
		}
	}

	private void exportMenu(Button button) {
		Menu menu = new Menu(button);
		for (Export what : Export.values()) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(what.label);
			item.addListener(SWT.Selection, e -> saveAs(what));
		}
		menu.setLocation(button.toDisplay(0, button.getSize().y));
		menu.setVisible(true);
	}

	/** Asks where to write an export, suggesting a name after the rows and columns, and writes it there. */
	private void saveAs(Export what) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(what.label.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterExtensions(new String[] { what.extension });
		String columns = matrix.options().columns() instanceof MatrixColumns.ByAttribute by ? by.attribute()
				: ((MatrixColumns.ByCodebook) matrix.options().columns()).codebook().getId();
		dialog.setFileName((matrix.options().rows().getId() + "-by-" + columns + what.extension.substring(1)) //$NON-NLS-1$
				.replaceAll("[\\\\/:*?\"<>|\\s]+", "_")); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			export(what, Path.of(file));
		} catch (IOException | RuntimeException ex) {
			Errors.show(getSite().getShell(), "Cannot export the matrix", ex);
		}
	}

	/**
	 * Chooses the settings, e.g. from a test; Run counts with them.
	 *
	 * @param options what to count (codebooks and attribute of the open study)
	 * @param percent the percentage beside the counts
	 */
	public void setOptions(MatrixOptions options, Percent percent) {
		settings.set(options, percent);
		percentChanged();
	}

	/**
	 * Selects a cell, as a click does, and lists its codings.
	 *
	 * @param row    a matrix row, or -1 for the total row
	 * @param column a matrix column, or -1 for the total column
	 */
	public void selectCell(int row, int column) {
		table.select(row, column);
	}

	/** @return the matrix shown, or {@code null} before the first run */
	public CodingMatrix getMatrix() {
		return matrix;
	}

	/** @return the matrix table: the code column, a column per matrix column, the total column */
	public Table getMatrixTable() {
		return table.getTable();
	}

	/** @return the codings listed for the selected cell */
	public List<Coding> getDrillDown() {
		return drillDown.codings();
	}

	/** @return the drill-down table */
	public Table getDrillDownTable() {
		return drillDown.getTable();
	}

	/** @return the thesis table */
	public Table getThesisTable() {
		return thesis.getTable();
	}

	/** @return the chart shown, or {@code null} before the first run */
	public JFreeChart getChart() {
		return chart.getChart();
	}

	/** @return the line of the χ² test, empty when there is none */
	public String getChiSquareLine() {
		return chiLine.getText();
	}
}
