package org.policylens.coword.ui.swt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policylens.coword.ClusterColours;
import org.policylens.coword.ui.NetworkModel;
import org.policylens.coword.ui.NetworkView;
import org.policylens.coword.ui.PlacedLabel;
import org.policylens.coword.ui.swt.SwtNetworkRenderer;

/**
 * The SWT renderer painting into images: terms in their cluster colours where the view puts them,
 * filters that hide links and clusters, labels that never overlap and grow in number as one zooms
 * in, hit tests, fewer labels while moving, and a message instead of an empty picture.
 */
public class SwtNetworkRendererTest {

	private static final int W = 800;
	private static final int H = 600;

	private Display display;
	private SwtNetworkRenderer renderer;

	@BeforeEach
	void start() {
		display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		renderer = new SwtNetworkRenderer();
	}

	@AfterEach
	void stop() {
		renderer.dispose();
	}

	private ImageData paint(NetworkView view) {
		Image image = new Image(display, view.width(), view.height());
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

	private static RGB pixel(ImageData data, double x, double y) {
		return data.palette.getRGB(data.getPixel((int) Math.round(x), (int) Math.round(y)));
	}

	private static boolean near(RGB rgb, int expected, int tolerance) {
		return Math.abs(rgb.red - (expected >> 16 & 0xff)) <= tolerance && Math.abs(rgb.green - (expected >> 8 & 0xff)) <= tolerance
				&& Math.abs(rgb.blue - (expected & 0xff)) <= tolerance;
	}

	private static boolean white(RGB rgb) {
		return rgb.red == 255 && rgb.green == 255 && rgb.blue == 255;
	}

	/** Two terms far apart with one link, and a third term alone in a second cluster. */
	private static NetworkModel pair() {
		return new NetworkModel.Builder().node("policy", 10, 0, 0, 0).node("data", 8, 0, 10, 0).node("city", 5, 1, 5, 8)
				.link(0, 1, 4, 0.5).build();
	}

	private static NetworkView fitted(NetworkModel model) {
		NetworkView view = new NetworkView(model);
		view.fit(W, H);
		return view;
	}

	@Test
	void termsAreDrawnInTheirClusterColourWhereTheViewPutsThem() {
		NetworkModel model = SyntheticNetworks.random(60, 200, 4, 7);
		NetworkView view = fitted(model);
		view.setLabelDensity(0);
		ImageData data = paint(view);
		int checked = 0;
		for (int node = 0; node < 8; node++) { // the heaviest terms are drawn last, on top
			RGB rgb = pixel(data, view.screenX(node), view.screenY(node));
			assertTrue(near(rgb, ClusterColours.rgb(model.cluster(node)), 30), "term " + node + " at its place is " + rgb);
			checked++;
		}
		assertEquals(8, checked);
		assertTrue(white(pixel(data, 1, 1)), "the background is white");
	}

	@Test
	void zoomAndPanChangeTheTransform() {
		NetworkView view = fitted(pair());
		double x = view.screenX(1);
		double y = view.screenY(1);
		assertEquals(1.0, view.zoom(), 1e-9);
		view.zoomAt(2, 400, 300);
		assertEquals(2.0, view.zoom(), 1e-9);
		assertEquals(400 + (x - 400) * 2, view.screenX(1), 1e-6, "zooming keeps the point under the cursor where it is");
		assertEquals(300 + (y - 300) * 2, view.screenY(1), 1e-6);
		assertEquals(view.model().x(1), view.layoutX(view.screenX(1)), 1e-9, "screen and layout coordinates are inverse");
		double before = view.screenX(0);
		view.pan(-30, 12);
		assertEquals(before - 30, view.screenX(0), 1e-9);
		assertEquals(view.layoutX(view.screenX(2)), model(view).x(2), 1e-9);
		view.fit(W, H);
		assertEquals(x, view.screenX(1), 1e-9, "fitting again undoes zoom and pan");
	}

	private static NetworkModel model(NetworkView view) {
		return view.model();
	}

	@Test
	void hoverAndClickFindTheTermOrLinkUnderAPoint() {
		NetworkView view = fitted(pair());
		view.setCurvedLinks(false);
		paint(view);
		for (int node = 0; node < 3; node++) {
			assertEquals(node, renderer.nodeAt(view, (int) view.screenX(node), (int) view.screenY(node)));
		}
		int mx = (int) ((view.screenX(0) + view.screenX(1)) / 2);
		int my = (int) ((view.screenY(0) + view.screenY(1)) / 2);
		assertEquals(-1, renderer.nodeAt(view, mx, my));
		assertEquals(0, renderer.linkAt(view, mx, my), "the middle of the straight link");
		assertEquals(-1, renderer.linkAt(view, mx, my + 40));
		view.setCurvedLinks(true);
		double[] c = org.policylens.coword.ui.NetworkHits.control(view.screenX(0), view.screenY(0), view.screenX(1), view.screenY(1));
		int ax = (int) Math.round(0.25 * view.screenX(0) + 0.5 * c[0] + 0.25 * view.screenX(1));
		int ay = (int) Math.round(0.25 * view.screenY(0) + 0.5 * c[1] + 0.25 * view.screenY(1));
		assertEquals(0, renderer.linkAt(view, ax, ay), "the top of the arc");
	}

	@Test
	void theLinkFilterHidesWeakLinksAndTheClusterFilterHidesClusters() {
		NetworkView view = fitted(pair());
		view.setCurvedLinks(false);
		view.setLabelDensity(0);
		double mx = (view.screenX(0) + view.screenX(1)) / 2;
		double my = (view.screenY(0) + view.screenY(1)) / 2;
		assertFalse(white(pixel(paint(view), mx, my)), "the link is drawn");
		view.setMinStrength(0.6);
		assertFalse(view.isLinkVisible(0));
		assertTrue(white(pixel(paint(view), mx, my)), "a link weaker than the minimum is not drawn");

		assertFalse(white(pixel(paint(view), view.screenX(2), view.screenY(2))));
		view.setClusterVisible(1, false);
		ImageData hidden = paint(view);
		assertTrue(white(pixel(hidden, view.screenX(2), view.screenY(2))), "a hidden cluster's terms are not drawn");
		assertFalse(white(pixel(hidden, view.screenX(0), view.screenY(0))), "the other cluster's are");
		assertEquals(-1, renderer.nodeAt(view, (int) view.screenX(2), (int) view.screenY(2)), "nor found under the mouse");
	}

	@Test
	void labelsNeverOverlapAndMoreAppearAsOneZoomsIn() {
		NetworkModel model = SyntheticNetworks.random(400, 1500, 6, 11);
		NetworkView view = fitted(model);
		paint(view);
		List<PlacedLabel> labels = renderer.labels();
		assertTrue(labels.size() >= 20, "labels placed: " + labels.size());
		assertNoOverlap(labels);
		assertEquals(0, labels.get(0).node(), "the heaviest term is labelled first");
		view.setLabelDensity(3);
		paint(view);
		assertNoOverlap(renderer.labels());

		view.setLabelDensity(1);
		view.zoomAt(4, W / 2.0, H / 2.0);
		paint(view);
		List<PlacedLabel> zoomed = renderer.labels();
		assertNoOverlap(zoomed);
		long lightTerms = zoomed.stream().filter(l -> l.node() >= 200).count();
		long lightBefore = labels.stream().filter(l -> l.node() >= 200).count();
		assertTrue(lightTerms > lightBefore, "zoomed in, lighter terms get labels too: " + lightBefore + " -> " + lightTerms);

		view.setMoving(true);
		paint(view);
		assertTrue(renderer.labels().size() <= SwtNetworkRenderer.MOVING_LABELS, "fewer labels while moving");
		assertNoOverlap(renderer.labels());
	}

	private static void assertNoOverlap(List<PlacedLabel> labels) {
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				assertFalse(labels.get(i).intersects(labels.get(j)), labels.get(i) + " overlaps " + labels.get(j));
			}
		}
	}

	@Test
	void aMessageIsDrawnInsteadOfAnEmptyPicture() {
		NetworkView view = fitted(new NetworkModel.Builder().build());
		view.setMessage("No term occurs in at least 50 clauses. Lower the minimum frequency.");
		ImageData data = paint(view);
		int dark = 0;
		for (int y = H / 2 - 30; y < H / 2 + 30; y++) {
			for (int x = 0; x < W; x++) {
				if (!white(pixel(data, x, y))) {
					dark++;
				}
			}
		}
		assertTrue(dark > 200, "the message is drawn: " + dark + " dark pixels");
		assertEquals(List.of(), renderer.labels());
		assertNotEquals(null, view.message());
	}
}
