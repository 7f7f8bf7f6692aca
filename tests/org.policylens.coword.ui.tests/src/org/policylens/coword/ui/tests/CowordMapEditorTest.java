package org.policylens.coword.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.corpus.ui.IDocumentView;
import org.policylens.coword.AssociationRule;
import org.policylens.coword.AssociationRules;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.ClusterColours;
import org.policylens.coword.ui.CowordRequest;
import org.policylens.coword.ui.INetworkRenderer;
import org.policylens.coword.ui.NetworkHits;
import org.policylens.coword.ui.NetworkModel;
import org.policylens.coword.ui.NetworkView;
import org.policylens.coword.ui.PlacedLabel;
import org.policylens.coword.ui.internal.CowordMapEditor;
import org.policylens.coword.ui.internal.MapCanvas;
import org.policylens.coword.ui.internal.SelectionPanel;
import org.policylens.coword.ui.internal.handlers.CowordMapHandler;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;
import org.policylens.tests.harness.Fixtures;

/**
 * The co-word map in the running product, on a network built from the clauses of the five sample
 * policies: terms drawn in their cluster colours, zoom and pan, hover, selecting a term and a link
 * (and opening the document behind it), the link and cluster filters, labels that do not overlap,
 * the side panels, the exports, and the message in place of a map that cannot be drawn.
 */
public class CowordMapEditorTest {

	@TempDir
	Path tmp;

	private IWorkbenchPage page;
	private OpenStudy study;

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let async updates run
		}
	}

	static void waitForJobs() throws InterruptedException {
		processEvents();
		Job.getJobManager().join(ProgressTasks.FAMILY, null);
		processEvents();
	}

	@BeforeEach
	void studyOfTheFivePolicies() throws Exception {
		waitForJobs();
		IStudyService studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		Fixtures.sampleStudy(tmp.resolve("study"));
		study = studies.open(tmp.resolve("study"));
	}

	private CowordMapEditor build(CowordRequest request) throws Exception {
		Job job = CowordMapHandler.build(page, study, request);
		job.schedule();
		job.join();
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		waitForJobs();
		return assertInstanceOf(CowordMapEditor.class, page.getActiveEditor());
	}

	private static ImageData paint(INetworkRenderer renderer, NetworkView view) {
		Image image = new Image(Display.getCurrent(), view.width(), view.height());
		GC gc = new GC(image);
		try {
			renderer.paint(gc, view, new Rectangle(0, 0, view.width(), view.height()));
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	@Test
	void theMapOfTheSampleClausesIsDrawnAndAnswersTheMouse() throws Exception {
		CowordMapEditor editor = build(CowordRequest.DEFAULT);
		CowordNetwork network = editor.getNetwork();
		assertTrue(network.terms().size() > 20, "terms: " + network.terms().size());
		assertTrue(network.clusters().size() >= 2, "clusters: " + network.clusters().size());
		MapCanvas map = editor.getMap();
		NetworkView view = map.getView();
		NetworkModel model = view.model();
		assertNull(view.message());
		assertEquals(network.terms().size(), model.nodeCount());
		assertEquals(network.links().size(), model.linkCount());
		assertTrue(view.width() > 100 && view.height() > 100, "the canvas has a size: " + view.width() + "x" + view.height());

		// nodes drawn: the colour of a term's cluster at its place (labels off so that no text covers it)
		NetworkView plain = new NetworkView(model);
		plain.fit(800, 600);
		plain.setLabelDensity(0);
		ImageData data = paint(map.getRenderer(), plain);
		int heaviest = 0;
		RGB rgb = data.palette.getRGB(data.getPixel((int) Math.round(plain.screenX(heaviest)), (int) Math.round(plain.screenY(heaviest))));
		int expected = ClusterColours.rgb(model.cluster(heaviest));
		assertTrue(Math.abs(rgb.red - (expected >> 16 & 0xff)) < 30 && Math.abs(rgb.green - (expected >> 8 & 0xff)) < 30
				&& Math.abs(rgb.blue - (expected & 0xff)) < 30, network.terms().get(0).label() + " is drawn in its cluster's colour: " + rgb);

		// hover
		int x = (int) Math.round(view.screenX(heaviest));
		int y = (int) Math.round(view.screenY(heaviest));
		String tip = map.hoverAt(x, y);
		assertNotNull(tip);
		assertTrue(tip.startsWith(network.terms().get(heaviest).label()), tip);
		assertTrue(tip.contains("Frequency: " + network.terms().get(heaviest).frequency()), tip);
		assertTrue(tip.contains("Betweenness centrality"), tip);
		assertEquals(heaviest, view.hoverNode());

		// zoom around the cursor and pan
		double before = view.screenX(1);
		double sx = view.screenX(heaviest);
		double lx = view.layoutX(x);
		map.zoom(2, x, y);
		assertEquals(2, view.zoom(), 1e-9);
		assertEquals(lx, view.layoutX(x), 1e-9, "the point under the cursor stays there");
		assertEquals(x + (sx - x) * 2, view.screenX(heaviest), 1e-6);
		assertNotEquals(before, view.screenX(1));
		double panned = view.screenX(heaviest);
		view.pan(25, -10);
		assertEquals(panned + 25, view.screenX(heaviest), 1e-6);
		map.fit();
		assertEquals(1, view.zoom(), 1e-9);

		// click a term: it and its neighbours are highlighted and listed
		map.clickAt((int) Math.round(view.screenX(heaviest)), (int) Math.round(view.screenY(heaviest)));
		assertEquals(heaviest, view.selectedNode());
		SelectionPanel selection = editor.getSelectionPanel();
		assertEquals(model.degree(heaviest), selection.rows().size(), selection.heading());
		for (SelectionPanel.Row row : selection.rows()) {
			assertTrue(view.isHighlighted(row.node()));
		}
		int stranger = java.util.stream.IntStream.range(0, model.nodeCount()).filter(n -> n != heaviest && model.linkBetween(heaviest, n) < 0)
				.findFirst().orElse(-1);
		if (stranger >= 0) {
			assertFalse(view.isHighlighted(stranger), "a term not linked to the selection is dimmed");
		}

		// click a link: the units behind it, and the document opens at the clause
		int link = clickableLink(map);
		assertTrue(link >= 0, "some link can be clicked");
		map.clickAt(linkPoint(view, link)[0], linkPoint(view, link)[1]);
		assertEquals(link, view.selectedLink());
		List<SelectionPanel.Row> units = selection.rows();
		assertEquals(model.count(link), units.size(), "one row per unit in which both terms occur");
		SelectionPanel.Row first = units.get(0);
		assertTrue(first.unit().hasSpan(), "a clause of a document");
		selection.activate(first);
		processEvents();
		IDocumentView document = assertInstanceOf(IDocumentView.class, page.getActiveEditor());
		org.eclipse.swt.graphics.Point span = document.getTextWidget().getSelection();
		assertEquals(first.unit().start(), span.x, "the document opens at the clause");
		assertEquals(first.unit().end(), span.y);
		page.activate(editor);
	}

	private static int clickableLink(MapCanvas map) {
		NetworkView view = map.getView();
		for (int l = view.model().linkCount() - 1; l >= 0; l--) {
			int[] p = linkPoint(view, l);
			if (p[0] > 0 && p[1] > 0 && p[0] < view.width() && p[1] < view.height() && map.getRenderer().nodeAt(view, p[0], p[1]) < 0
					&& map.getRenderer().linkAt(view, p[0], p[1]) == l) {
				return l;
			}
		}
		return -1;
	}

	private static int[] linkPoint(NetworkView view, int link) {
		NetworkModel model = view.model();
		double x1 = view.screenX(model.source(link));
		double y1 = view.screenY(model.source(link));
		double x2 = view.screenX(model.target(link));
		double y2 = view.screenY(model.target(link));
		double[] c = NetworkHits.control(x1, y1, x2, y2);
		return new int[] { (int) Math.round(0.25 * x1 + 0.5 * c[0] + 0.25 * x2), (int) Math.round(0.25 * y1 + 0.5 * c[1] + 0.25 * y2) };
	}

	@Test
	void filtersLabelsPanelsAndExports() throws Exception {
		CowordMapEditor editor = build(CowordRequest.DEFAULT);
		CowordNetwork network = editor.getNetwork();
		NetworkView view = editor.getMap().getView();
		NetworkModel model = view.model();

		// the link filter
		editor.setMinStrengthPercentile(50);
		long shown = java.util.stream.IntStream.range(0, model.linkCount()).filter(view::isLinkVisible).count();
		assertTrue(shown > 0 && shown < model.linkCount(), shown + " of " + model.linkCount());
		for (int l = 0; l < model.linkCount(); l++) {
			assertEquals(model.strength(l) >= view.minStrength(), view.isLinkVisible(l));
		}
		editor.setMinStrengthPercentile(0);
		assertEquals(model.linkCount(), java.util.stream.IntStream.range(0, model.linkCount()).filter(view::isLinkVisible).count());

		// the cluster filter
		editor.setClusterShown(1, false);
		for (int n = 0; n < model.nodeCount(); n++) {
			assertEquals(model.cluster(n) != 0, view.isVisible(n), model.label(n));
		}
		editor.setClusterShown(1, true);

		// labels do not overlap, on the canvas as painted
		ImageData painted = paint(editor.getMap().getRenderer(), view);
		assertNotNull(painted);
		List<PlacedLabel> labels = editor.getMap().getRenderer().labels();
		assertTrue(labels.size() >= 10, "labels: " + labels.size());
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				assertFalse(labels.get(i).intersects(labels.get(j)), labels.get(i) + " / " + labels.get(j));
			}
		}

		// the term table, rules and strategic diagram
		assertEquals(network.terms().size(), editor.getTermTable().viewer().getTable().getItemCount());
		editor.getTermTable().viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(network.terms().get(3)));
		assertEquals(3, view.selectedNode(), "selecting a row selects the term on the map");
		editor.getRulesPanel().setThresholds(0.01, 0.2, 1.0);
		List<AssociationRule> rules = editor.getRulesPanel().rules();
		assertFalse(rules.isEmpty());
		for (AssociationRule rule : rules) {
			assertTrue(rule.support() >= 0.01 && rule.confidence() >= 0.2 && rule.lift() >= 1.0, rule.toString());
		}
		Path csv = tmp.resolve("rules.csv");
		editor.export(CowordMapEditor.Export.RULES_CSV, csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).replace("\uFEFF", "").startsWith(String.join(",", AssociationRules.CSV_HEADER)), lines.get(0));
		assertEquals(rules.size() + 1, lines.size());
		XYPlot plot = (XYPlot) editor.getDiagram().getPlot();
		assertEquals(network.clusters().size(), plot.getDataset().getSeriesCount());
		assertEquals(network.clusters().get(0).centrality(), plot.getDataset().getXValue(0, 0), 1e-12);
		assertEquals(network.clusters().get(0).density(), plot.getDataset().getYValue(0, 0), 1e-12);
		assertEquals(1, plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size(), "the median line of centrality");

		// PNG and SVG
		view.selectNode(-1);
		Path png = tmp.resolve("map.png");
		editor.export(CowordMapEditor.Export.PNG, png);
		ImageData[] read = new ImageLoader().load(png.toString());
		assertEquals(1600, read[0].width);
		Path svg = tmp.resolve("map.svg");
		editor.export(CowordMapEditor.Export.SVG, svg);
		org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertEquals(model.nodeCount(), xml.getElementsByTagName("circle").getLength(), "a circle per term");
		assertEquals(model.linkCount(), xml.getElementsByTagName("path").getLength(), "a path per link");
		assertTrue(xml.getElementsByTagName("text").getLength() >= 10);
		Path again = tmp.resolve("again.svg");
		editor.export(CowordMapEditor.Export.SVG, again);
		assertArrayEquals(Files.readAllBytes(svg), Files.readAllBytes(again), "the same map gives the same SVG");

		// an exporter of org.policylens.coword.exporters
		Path gexf = tmp.resolve("map.gexf");
		Job export = editor.exportNetwork("gexf", gexf);
		export.schedule();
		export.join();
		assertTrue(export.getResult().isOK(), export.getResult().toString());
		assertTrue(Files.readString(gexf, StandardCharsets.UTF_8).contains("<gexf"), "GEXF written");
	}

	@Test
	void theMapFollowsTheEditorsSizeUntilTheUserZoomsOrPans() throws Exception {
		MapCanvas map = build(CowordRequest.DEFAULT).getMap();
		NetworkView view = map.getView();
		org.eclipse.swt.widgets.Canvas canvas = map.getControl();
		org.eclipse.swt.graphics.Point size = canvas.getSize();
		canvas.setSize(size.x + 300, size.y + 200);
		processEvents();
		assertEquals(1.0, view.zoom(), 1e-9, "refitted to the larger canvas");
		assertEquals(canvas.getClientArea().width, view.width(), "the view has the canvas' size");
		for (int node = 0; node < view.model().nodeCount(); node++) {
			assertTrue(view.screenX(node) >= 0 && view.screenX(node) <= view.width(), "term " + node + " inside the map");
			assertTrue(view.screenY(node) >= 0 && view.screenY(node) <= view.height(), "term " + node + " inside the map");
		}
		map.zoom(2, 100, 100);
		double zoomed = view.zoom();
		canvas.setSize(size);
		processEvents();
		assertEquals(zoomed, view.zoom(), 1e-9, "a zoomed map keeps its zoom when the canvas changes size");
		map.fit();
		canvas.setSize(size.x + 100, size.y);
		processEvents();
		assertEquals(1.0, view.zoom(), 1e-9, "after Fit it follows the size again");
	}

	@Test
	void aMapClosesWhenAnotherStudyOpens() throws Exception {
		build(CowordRequest.DEFAULT);
		IStudyService studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		Fixtures.sampleStudy(tmp.resolve("other"));
		studies.open(tmp.resolve("other"));
		waitForJobs();
		assertEquals(0, java.util.Arrays.stream(page.getEditorReferences()).filter(r -> CowordMapEditor.ID.equals(r.getId())).count(),
				"the units behind its links belong to the study it was built from");
	}

	@Test
	void aMapThatCannotBeDrawnSaysWhatToChange() throws Exception {
		CowordRequest tooStrict = new CowordRequest(null, List.of(), CowordRequest.DEFAULT.window(), 10, 100000, 100,
				CowordRequest.DEFAULT.measure(), 1.0, 42);
		CowordMapEditor editor = build(tooStrict);
		assertNull(editor.getNetwork());
		NetworkView view = editor.getMap().getView();
		assertNotNull(view.message());
		assertTrue(view.message().toLowerCase(java.util.Locale.ROOT).contains("frequency"), view.message());
		ImageData data = paint(editor.getMap().getRenderer(), view);
		int dark = 0;
		for (int y = 0; y < data.height; y += 2) {
			for (int x = 0; x < data.width; x += 2) {
				RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				if (rgb.red < 200) {
					dark++;
				}
			}
		}
		assertTrue(dark > 50, "the message is on the canvas: " + dark);
	}
}
