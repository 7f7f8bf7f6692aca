package org.policylens.text.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.jfree.chart.swt.ChartComposite;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.StudyEditorPart;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.FrequencyExport;
import org.policylens.text.FrequencyTable;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins;
import org.policylens.text.WordFrequency;
import org.policylens.text.charts.FrequencyChart;
import org.policylens.text.charts.WordCloud;
import org.policylens.text.ui.WordFrequencyInput;

/**
 * Word frequency of the open study, per group of documents (city, year, ...): a table, a bar chart
 * and a word cloud of each group, exported as CSV/XLSX/PNG/SVG, with the provenance that says how
 * the numbers were made. Counting runs as a Job.
 */
public final class WordFrequencyEditor extends StudyEditorPart {

	/** The editor id. */
	public static final String ID = "org.policylens.text.ui.frequency"; //$NON-NLS-1$

	private IStudyService studies;
	private Combo groupBy;
	private Spinner top;
	private Combo measure;
	private Spinner ngram;
	private Spinner minLength;
	private Button nouns;
	private Button count;
	private TableViewer groups;
	private TableViewer terms;
	private ChartComposite chart;
	private Canvas cloudCanvas;
	private Image cloudImage;
	private Label provenance;
	private FrequencyTable table;
	private Job running;

	private static final String TAB = "tab"; //$NON-NLS-1$

	private static org.eclipse.jface.dialogs.IDialogSettings settings() {
		return org.eclipse.jface.dialogs.DialogSettings.getOrCreateSection(
				org.eclipse.ui.PlatformUI.getDialogSettingsProvider(org.osgi.framework.FrameworkUtil.getBundle(WordFrequencyEditor.class))
						.getDialogSettings(), "WordFrequencyEditor"); //$NON-NLS-1$
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof WordFrequencyInput)) {
			throw new PartInitException("not a word-frequency input: " + input);
		}
		setSite(site);
		setInput(input);
		studies = site.getService(IStudyService.class);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(page);
		createSettings(page);
		SashForm sash = new SashForm(page, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		groups = table(sash, new String[] { "Group", "Docs", "Terms" }, new int[] { 100, 50, 60 });
		((TableViewerColumn) groups.getTable().getColumn(0).getData("viewerColumn")).setLabelProvider(text(g -> g.isEmpty() ? "All documents" : g)); //$NON-NLS-1$
		((TableViewerColumn) groups.getTable().getColumn(1).getData("viewerColumn")).setLabelProvider(text(g -> Integer.toString(table.group(g).documents()))); //$NON-NLS-1$
		((TableViewerColumn) groups.getTable().getColumn(2).getData("viewerColumn")).setLabelProvider(text(g -> Long.toString(table.group(g).terms()))); //$NON-NLS-1$
		groups.addSelectionChangedListener(e -> showGroup());

		CTabFolder tabs = new CTabFolder(sash, SWT.BORDER | SWT.BOTTOM);
		terms = table(tabs, new String[] { "Rank", "Term", "Count", "Documents", "Share", "TF-IDF" }, new int[] { 50, 160, 70, 80, 70, 80 });
		rowColumn(0, r -> Integer.toString(r.rank()));
		rowColumn(1, FrequencyTable.Row::term);
		rowColumn(2, r -> Long.toString(r.count()));
		rowColumn(3, r -> Integer.toString(r.documents()));
		rowColumn(4, r -> String.format(Locale.ROOT, "%.2f%%", r.share() * 100)); //$NON-NLS-1$
		rowColumn(5, r -> String.format(Locale.ROOT, "%.2f", r.tfidf())); //$NON-NLS-1$
		tab(tabs, "Table", terms.getControl());
		chart = new ChartComposite(tabs, SWT.NONE, null, true);
		tab(tabs, "Chart", chart);
		cloudCanvas = new Canvas(tabs, SWT.DOUBLE_BUFFERED);
		cloudCanvas.addPaintListener(e -> {
			if (cloudImage != null) {
				e.gc.drawImage(cloudImage, 0, 0);
			}
		});
		cloudCanvas.addListener(SWT.Resize, e -> drawCloud());
		tab(tabs, "Word cloud", cloudCanvas);
		sash.setWeights(25, 75);

		provenance = new Label(page, SWT.WRAP);
		provenance.setText("Choose how to count and press Count.");
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(provenance);
		refreshAttributes();
		String tab = settings().get(TAB);
		tabs.setSelection(tab != null && tab.matches("[0-2]") ? Integer.parseInt(tab) : 0); //$NON-NLS-1$
		tabs.addListener(SWT.Selection, e -> settings().put(TAB, tabs.getSelectionIndex()));
		if (((WordFrequencyInput) getEditorInput()).countAtOnce()) {
			count();
		}
	}

	private void createSettings(Composite page) {
		Composite settings = new Composite(page, SWT.NONE);
		org.eclipse.swt.layout.RowLayout rows = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.center = true;
		rows.spacing = 12;
		settings.setLayout(rows);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(settings);
		groupBy = new Combo(labelled(settings, "Group by:"), SWT.READ_ONLY);
		top = spinner(labelled(settings, "Top:"), 20, 1, 1000);
		measure = new Combo(labelled(settings, "Rank by:"), SWT.READ_ONLY);
		measure.setItems("count", "documents", "tf-idf"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		measure.select(0);
		measure.addListener(SWT.Selection, e -> showGroup());
		top.addListener(SWT.Selection, e -> showGroup());
		ngram = spinner(labelled(settings, "Phrases of:"), 1, 1, 5);
		minLength = spinner(labelled(settings, "Min length:"), 2, 1, 10);
		nouns = new Button(settings, SWT.CHECK);
		nouns.setText("Nouns only");
		count = new Button(settings, SWT.PUSH);
		count.setText("&Count");
		count.addListener(SWT.Selection, e -> count());
		Button export = new Button(settings, SWT.PUSH);
		export.setText("&Export \u25BE");
		export.addListener(SWT.Selection, e -> exportMenu(export));
	}

	/** A label and the composite for its control, kept together when the row wraps. */
	private static Composite labelled(Composite parent, String label) {
		Composite pair = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pair);
		new Label(pair, SWT.NONE).setText(label);
		return pair;
	}

	private static Spinner spinner(Composite parent, int value, int min, int max) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, min, max, 0, 1, 10);
		return spinner;
	}

	private static TableViewer table(Composite parent, String[] titles, int[] widths) {
		TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (int i = 0; i < titles.length; i++) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(titles[i]);
			column.getColumn().setWidth(widths[i]);
			column.getColumn().setData("viewerColumn", column); //$NON-NLS-1$
		}
		return viewer;
	}

	private void rowColumn(int index, java.util.function.Function<FrequencyTable.Row, String> text) {
		((TableViewerColumn) terms.getTable().getColumn(index).getData("viewerColumn")).setLabelProvider(new ColumnLabelProvider() { //$NON-NLS-1$
			@Override
			public String getText(Object element) {
				return text.apply((FrequencyTable.Row) element);
			}
		});
	}

	private static ColumnLabelProvider text(java.util.function.Function<String, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((String) element);
			}
		};
	}

	private static void tab(CTabFolder tabs, String title, org.eclipse.swt.widgets.Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	private void refreshAttributes() {
		OpenStudy study = studies.getCurrent();
		groupBy.removeAll();
		groupBy.add("(all documents)");
		if (study != null) {
			for (AttributeDefinition attribute : study.getStudy().getAttributes()) {
				groupBy.add(attribute.getName());
			}
		}
		int city = groupBy.indexOf("city"); //$NON-NLS-1$
		groupBy.select(city >= 0 ? city : 0);
	}

	/** Counts with the current settings, as a Job. */
	public void count() {
		OpenStudy study = studies.getCurrent();
		if (study == null || (running != null && running.getState() != Job.NONE)) {
			return;
		}
		String by = groupBy.getSelectionIndex() <= 0 ? null : groupBy.getText();
		AnalysisSettings settings = new AnalysisSettings(minLength.getSelection(), nouns.getSelection() ? Set.of("n") : Set.of(), //$NON-NLS-1$
				AnalysisSettings.DEFAULT.dropPos(), ngram.getSelection(), true);
		Display display = getSite().getShell().getDisplay();
		count.setEnabled(false);
		running = ProgressTasks.asJob("Counting words", monitor -> {
			TextPlugins plugins = new TextPlugins(Platform.getExtensionRegistry(), null);
			plugins.start();
			try {
				return WordFrequency.count(study, TextAnalysis.of(study, plugins, settings), by,
						Runtime.getRuntime().availableProcessors(), monitor);
			} catch (IOException | IllegalStateException e) {
				throw new CoreException(Status.error("Cannot count the words: " + e.getMessage(), e));
			} finally {
				plugins.stop();
			}
		}, result -> display.asyncExec(() -> show(result)));
		running.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				display.asyncExec(() -> {
					if (!count.isDisposed()) {
						count.setEnabled(true);
					}
				});
			}
		});
		running.schedule();
	}

	/** @return the job of the last count, for tests */
	public Job getRunning() {
		return running;
	}

	/** @return the counts shown, for tests */
	public FrequencyTable getTable() {
		return table;
	}

	private void show(FrequencyTable result) {
		if (groups.getControl().isDisposed()) {
			return;
		}
		table = result;
		groups.setInput(result.groups());
		provenance.setText(result.documents() + " document(s). " + result.provenance());
		provenance.getParent().layout();
		if (!result.groups().isEmpty()) {
			groups.setSelection(new StructuredSelection(result.groups().get(0)));
		}
	}

	private String selectedGroup() {
		Object group = ((IStructuredSelection) groups.getSelection()).getFirstElement();
		return group instanceof String g ? g : null;
	}

	private FrequencyTable.Measure measure() {
		return FrequencyTable.Measure.values()[Math.max(0, measure.getSelectionIndex())];
	}

	private void showGroup() {
		String group = selectedGroup();
		if (table == null || group == null) {
			return;
		}
		terms.setInput(table.top(group, top.getSelection(), measure()));
		chart.setChart(FrequencyChart.create(table, group, Math.min(top.getSelection(), 40), measure()));
		chart.forceRedraw();
		drawCloud();
	}

	private void drawCloud() {
		String group = selectedGroup();
		if (table == null || group == null || cloudCanvas.isDisposed()) {
			return;
		}
		org.eclipse.swt.graphics.Rectangle size = cloudCanvas.getClientArea();
		if (size.width < 50 || size.height < 50) {
			return;
		}
		WordCloud cloud = WordCloud.layout(table.top(group, 120, FrequencyTable.Measure.COUNT), size.width, size.height, 42);
		if (cloudImage != null) {
			cloudImage.dispose();
		}
		cloudImage = new Image(cloudCanvas.getDisplay(), SwtImages.fromAwt(cloud.toImage()));
		cloudCanvas.redraw();
	}

	/** What the Export menu writes. */
	public enum Export {
		/** The table of the selected group (or all groups) as CSV. */
		TABLE_CSV("Table as CSV\u2026", "*.csv"), //$NON-NLS-2$
		/** The table as an Excel workbook, one sheet. */
		TABLE_XLSX("Table as Excel (XLSX)\u2026", "*.xlsx"), //$NON-NLS-2$
		/** The bar chart of the selected group as PNG. */
		CHART_PNG("Chart as PNG\u2026", "*.png"), //$NON-NLS-2$
		/** The bar chart as SVG. */
		CHART_SVG("Chart as SVG\u2026", "*.svg"), //$NON-NLS-2$
		/** The word cloud of the selected group as PNG. */
		CLOUD_PNG("Word cloud as PNG\u2026", "*.png"), //$NON-NLS-2$
		/** The word cloud as SVG. */
		CLOUD_SVG("Word cloud as SVG\u2026", "*.svg"); //$NON-NLS-2$

		final String label;
		final String extension;

		Export(String label, String extension) {
			this.label = label;
			this.extension = extension;
		}
	}

	/**
	 * Writes the counts shown, as the Export menu does.
	 *
	 * @param what what to write
	 * @param file where
	 * @throws IOException if it cannot be written
	 */
	public void export(Export what, Path file) throws IOException {
		String group = selectedGroup();
		int n = top.getSelection();
		switch (what) {
		case TABLE_CSV, TABLE_XLSX -> FrequencyExport.write(table, n, measure(), file);
		case CHART_PNG, CHART_SVG -> FrequencyChart.write(FrequencyChart.create(table, group, n, measure()), 900, 120 + 24 * n, file);
		case CLOUD_PNG, CLOUD_SVG -> WordCloud.layout(table.top(group, 120, FrequencyTable.Measure.COUNT), 1200, 800, 42).write(file);
		default -> throw new IllegalArgumentException(what.name());
		}
	}

	private void exportMenu(Button button) {
		Menu menu = new Menu(button);
		for (Export what : Export.values()) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(what.label);
			item.setEnabled(table != null && selectedGroup() != null);
			item.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
				dialog.setFilterExtensions(new String[] { what.extension });
				dialog.setOverwrite(true);
				String file = dialog.open();
				if (file != null) {
					try {
						export(what, Path.of(file));
					} catch (IOException | RuntimeException ex) {
						Errors.show(getSite().getShell(), "Cannot export", ex);
					}
				}
			});
		}
		menu.setLocation(button.toDisplay(0, button.getSize().y));
		menu.setVisible(true);
	}

	/**
	 * Shows one group's terms in the table, chart and cloud.
	 *
	 * @param group a group of the counts ({@code ""} when not grouped)
	 */
	public void selectGroup(String group) {
		groups.setSelection(new StructuredSelection(group), true);
	}

	/** @param measure what to rank the terms by */
	public void setMeasure(FrequencyTable.Measure measure) {
		this.measure.select(measure.ordinal());
		showGroup();
	}

	/** @return the rows of the terms table as shown */
	public List<FrequencyTable.Row> getShownRows() {
		Object input = terms.getInput();
		List<FrequencyTable.Row> rows = new java.util.ArrayList<>();
		if (input instanceof List<?> list) {
			list.forEach(r -> rows.add((FrequencyTable.Row) r));
		}
		return rows;
	}

	/** @return the chart shown, or {@code null} before a count */
	public org.jfree.chart.JFreeChart getChart() {
		return chart.getChart();
	}

	@Override
	public void setFocus() {
		count.setFocus();
	}

	@Override
	public void dispose() {
		if (cloudImage != null) {
			cloudImage.dispose();
		}
		super.dispose();
	}
}
