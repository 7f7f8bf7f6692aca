package org.policylens.coword.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.export.CowordExporters;
import org.policylens.coword.export.ExportOptions;
import org.policylens.coword.ui.CowordMapInput;
import org.policylens.coword.ui.CowordNetworks;
import org.policylens.coword.ui.INetworkRenderer;
import org.policylens.coword.ui.MapExport;
import org.policylens.coword.ui.NetworkModel;
import org.policylens.coword.ui.NetworkRenderers;
import org.policylens.coword.ui.NetworkView;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.StudyEditorPart;

/**
 * The co-word map of a built network, as VOSviewer shows one: the map (zoom, pan, hover, select)
 * drawn by the contributed renderer with the highest priority, a toolbar with the filters (minimum
 * link strength, label density, arcs) and the exports, and side panels: the selection (neighbours,
 * or the units behind a link that open the document there), the clusters (shown or hidden), the
 * term table, the association rules and the strategic diagram.
 */
public final class CowordMapEditor extends StudyEditorPart implements IStudyListener {

	/** The editor id. */
	public static final String ID = "org.policylens.coword.ui.map"; //$NON-NLS-1$

	private CowordNetwork network;
	private String problem;
	private NetworkView view;
	private MapCanvas map;
	private Scale strength;
	private Label strengthLabel;
	private double[] strengths;
	private Table clusters;
	private SelectionPanel selection;
	private TermTable terms;
	private RulesPanel rules;
	private ChartComposite diagram;
	private CTabFolder tabs;
	private Label status;
	private Path study;
	private IStudyService studies;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CowordMapInput map)) {
			throw new PartInitException("not a co-word map: " + input);
		}
		setSite(site);
		setInput(input);
		network = map.network();
		problem = map.problem();
		study = map.study();
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		studies = site.getService(IStudyService.class);
		if (studies != null) {
			studies.addStudyListener(this);
		}
	}

	/** A map belongs to the study it was built from (the units behind its links are that study's clauses). */
	@Override
	public void studyOpened(OpenStudy opened) {
		if (opened != null && opened.getDirectory().equals(study)) {
			return;
		}
		IWorkbenchPage page = getSite().getPage();
		Display.getDefault().asyncExec(() -> page.closeEditor(this, false));
	}

	@Override
	public void dispose() {
		if (studies != null) {
			studies.removeStudyListener(this);
		}
		super.dispose();
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(page);
		if (network == null) {
			createMessageOnly(page);
			return;
		}
		view = new NetworkView(CowordNetworks.model(network));
		view.setMessage(CowordNetworks.problem(network));
		strengths = new double[view.model().linkCount()];
		Arrays.setAll(strengths, view.model()::strength);
		createToolbar(page);
		SashForm sash = new SashForm(page, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		map = new MapCanvas(sash, view, renderer());
		tabs = new CTabFolder(sash, SWT.BORDER | SWT.BOTTOM);
		selection = new SelectionPanel(tabs, view, getSite().getPage(), studies::getCurrent);
		tab("Selection", selection.control());
		createClusterFilter();
		Swatches swatches = new Swatches(tabs);
		terms = new TermTable(tabs, network, view, swatches);
		tab("Terms", terms.viewer().getControl());
		rules = new RulesPanel(tabs, network.matrix());
		tab("Rules", rules.control());
		diagram = new ChartComposite(tabs, SWT.NONE, StrategicDiagram.create(network), true);
		tab("Strategic diagram", diagram);
		tabs.setSelection(0);
		sash.setWeights(68, 32);
		status = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
		status.setText(String.format(Locale.ROOT, "%d terms, %d links, %d clusters. %s%s", network.terms().size(), network.links().size(), //$NON-NLS-1$
				network.clusters().size(), network.parameters().describe(),
				network.messages().isEmpty() ? "" : " " + String.join(" ", network.messages()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		map.addSelectionListener(this::selectionChanged);
		int[] shownInTable = { -1 };
		view.addChangeListener(() -> {
			// only when the selection changed: hover, pan and zoom also change the view
			if (view.selectedNode() != shownInTable[0] && !terms.viewer().getControl().isDisposed()) {
				shownInTable[0] = view.selectedNode();
				terms.show(view.selectedNode() >= 0 ? network.terms().get(view.selectedNode()) : null);
			}
		});
	}

	/** No network: the map area says why and what to change. */
	private void createMessageOnly(Composite page) {
		view = new NetworkView(new NetworkModel.Builder().build());
		view.setMessage(problem != null ? problem : "There is no network to show.");
		map = new MapCanvas(page, view, renderer());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(map.getControl());
		status = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
		status.setText("Analysis → Co-word Map… builds another map with other settings.");
	}

	private INetworkRenderer renderer() {
		NetworkRenderers renderers = new NetworkRenderers(Platform.getExtensionRegistry(), null);
		renderers.start();
		try {
			return renderers.createDefault().orElseThrow(() -> new IllegalStateException(
					"No co-word map renderer is installed (extension point org.policylens.coword.renderers): install org.policylens.coword.ui.swt"));
		} finally {
			renderers.stop();
		}
	}

	private void createToolbar(Composite page) {
		Composite bar = new Composite(page, SWT.NONE);
		RowLayout row = new RowLayout();
		row.center = true;
		row.spacing = 8;
		bar.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(bar);
		Button fit = new Button(bar, SWT.PUSH);
		fit.setText("&Fit");
		fit.setToolTipText("Zoom to fit (0). Wheel or +/− zoom around the cursor, drag pans.");
		fit.addListener(SWT.Selection, e -> map.fit());
		Button curved = new Button(bar, SWT.CHECK);
		curved.setText("&Arcs");
		curved.setSelection(true);
		curved.addListener(SWT.Selection, e -> view.setCurvedLinks(curved.getSelection()));
		new Label(bar, SWT.NONE).setText("Labels:");
		Scale labels = new Scale(bar, SWT.HORIZONTAL);
		scale(labels, 10, 30);
		labels.addListener(SWT.Selection, e -> view.setLabelDensity(labels.getSelection() / 10.0));
		new Label(bar, SWT.NONE).setText("Min link strength:");
		strength = new Scale(bar, SWT.HORIZONTAL);
		scale(strength, 0, 100);
		strength.setToolTipText("Hides the weaker links: the slider goes through the links' strengths from weakest to strongest");
		strength.addListener(SWT.Selection, e -> setMinStrengthPercentile(strength.getSelection()));
		strengthLabel = new Label(bar, SWT.NONE);
		strengthLabel.setText(describeStrength());
		Button export = new Button(bar, SWT.PUSH);
		export.setText("&Export \u25BE");
		export.addListener(SWT.Selection, e -> exportMenu(export));
	}

	private static void scale(Scale scale, int value, int max) {
		scale.setMaximum(max);
		scale.setMinimum(0);
		scale.setPageIncrement(Math.max(1, max / 10));
		scale.setSelection(value);
	}

	private void createClusterFilter() {
		clusters = new Table(tabs, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		Swatches swatches = new Swatches(clusters);
		for (CowordNetwork.Cluster cluster : network.clusters()) {
			TableItem item = new TableItem(clusters, SWT.NONE);
			item.setText(String.format(Locale.ROOT, "%d: %s (%d terms, %s)", cluster.id(), cluster.label(), cluster.size(), //$NON-NLS-1$
					cluster.quadrant().label()));
			item.setImage(swatches.of(cluster.id() - 1));
			item.setChecked(true);
			item.setData(cluster);
		}
		clusters.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item.getData() instanceof CowordNetwork.Cluster cluster) {
				view.setClusterVisible(cluster.id() - 1, ((TableItem) e.item).getChecked());
			}
		});
		tab("Clusters", clusters);
	}

	private void tab(String title, Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	private void selectionChanged() {
		selection.update();
		tabs.setSelection(0);
	}

	/**
	 * Hides the links weaker than a percentile of the links' strengths, as the slider does.
	 *
	 * @param percentile 0 shows all links, 100 only the strongest
	 */
	public void setMinStrengthPercentile(int percentile) {
		strength.setSelection(percentile);
		double min = 0;
		if (strengths.length > 0 && percentile > 0) {
			min = strengths[Math.min(strengths.length - 1, (int) Math.floor(percentile / 100.0 * strengths.length))];
		}
		view.setMinStrength(min);
		strengthLabel.setText(describeStrength());
		strengthLabel.getParent().layout();
		selection.update();
	}

	/**
	 * @param cluster a cluster id (from 1)
	 * @param shown   whether its terms are shown, as its check box in the Clusters tab does
	 */
	public void setClusterShown(int cluster, boolean shown) {
		clusters.getItem(cluster - 1).setChecked(shown);
		view.setClusterVisible(cluster - 1, shown);
	}

	private String describeStrength() {
		long shown = java.util.stream.IntStream.range(0, view.model().linkCount()).filter(view::isLinkVisible).count();
		return String.format(Locale.ROOT, "≥ %.4f (%d of %d links)", view.minStrength(), shown, view.model().linkCount()); //$NON-NLS-1$
	}

	/** What the Export menu writes. */
	public enum Export {
		/** The map as shown (filters, selection) as a PNG picture. */
		PNG("Map as PNG\u2026", "*.png"), //$NON-NLS-2$
		/** The map as an SVG drawing. */
		SVG("Map as SVG\u2026", "*.svg"), //$NON-NLS-2$
		/** The association rules shown as CSV. */
		RULES_CSV("Rules as CSV\u2026", "*.csv"), //$NON-NLS-2$
		/** The strategic diagram as PNG. */
		DIAGRAM_PNG("Strategic diagram as PNG\u2026", "*.png"); //$NON-NLS-2$

		final String label;
		final String extension;

		Export(String label, String extension) {
			this.label = label;
			this.extension = extension;
		}
	}

	/**
	 * Writes what the Export menu writes.
	 *
	 * @param what what to write
	 * @param file where
	 * @throws IOException if it cannot be written
	 */
	public void export(Export what, Path file) throws IOException {
		int width = Math.max(1600, view.width());
		int height = Math.max(1200, view.height());
		switch (what) {
		case PNG -> {
			// a renderer of its own: the canvas' renderer keeps the labels and frame it drew on screen for hit tests
			INetworkRenderer renderer = renderer();
			try {
				MapExport.png(renderer, view, width, height, file);
			} finally {
				renderer.dispose();
			}
		}
		case SVG -> MapExport.svg(view, width, height, file);
		case RULES_CSV -> rules.export(file);
		case DIAGRAM_PNG -> org.jfree.chart.ChartUtils.saveChartAsPNG(file.toFile(), diagram.getChart(), 1000, 800);
		default -> throw new IllegalArgumentException(what.name());
		}
	}

	private void exportMenu(Button button) {
		Menu menu = new Menu(button);
		for (Export what : Export.values()) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(what.label);
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
		new MenuItem(menu, SWT.SEPARATOR);
		CowordExporters exporters = new CowordExporters(Platform.getExtensionRegistry(), null);
		exporters.start();
		try {
			for (CowordExporters.Info info : exporters.list()) {
				MenuItem item = new MenuItem(menu, SWT.PUSH);
				item.setText("Network as " + info.name() + "\u2026");
				item.addListener(SWT.Selection, e -> exportNetworkDialog(info));
			}
		} finally {
			exporters.stop();
		}
		menu.setLocation(button.toDisplay(0, button.getSize().y));
		menu.setVisible(true);
	}

	private void exportNetworkDialog(CowordExporters.Info info) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { info.extensions().stream().map(x -> "*." + x).collect(java.util.stream.Collectors.joining(";")) }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			exportNetwork(info.id(), Path.of(file)).schedule();
		}
	}

	/**
	 * Makes the job that writes the network with a contributed exporter (GEXF, GraphML, Pajek,
	 * VOSviewer, CSV: extension point {@code org.policylens.coword.exporters}), all files or none.
	 *
	 * @param exporter the exporter's id
	 * @param file     the file to write
	 * @return the job, not scheduled; its result is the files written
	 */
	public Job exportNetwork(String exporter, Path file) {
		return ProgressTasks.asJob("Exporting the co-word network", monitor -> {
			CowordExporters exporters = new CowordExporters(Platform.getExtensionRegistry(), null);
			exporters.start();
			try {
				return exporters.export(network, exporter, file, ExportOptions.defaults(), monitor);
			} catch (IOException | IllegalArgumentException e) {
				throw new CoreException(Status.error("Cannot export to " + file + ": " + e.getMessage(), e));
			} finally {
				exporters.stop();
			}
		}, files -> {
			// the files are written; nothing to show
		});
	}

	/** @return the map */
	public MapCanvas getMap() {
		return map;
	}

	/** @return the network shown */
	public CowordNetwork getNetwork() {
		return network;
	}

	/** @return the selection panel, or {@code null} without a network */
	public SelectionPanel getSelectionPanel() {
		return selection;
	}

	/** @return the rules panel, or {@code null} without a network */
	public RulesPanel getRulesPanel() {
		return rules;
	}

	/** @return the term table, or {@code null} without a network */
	public TermTable getTermTable() {
		return terms;
	}

	/** @return the strategic diagram, or {@code null} without a network */
	public JFreeChart getDiagram() {
		return diagram == null ? null : diagram.getChart();
	}

	@Override
	public void setFocus() {
		map.getControl().setFocus();
	}
}
