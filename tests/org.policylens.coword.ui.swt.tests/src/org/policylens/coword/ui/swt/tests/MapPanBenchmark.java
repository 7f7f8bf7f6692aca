package org.policylens.coword.ui.swt.tests;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.policylens.coword.ui.NetworkModel;
import org.policylens.coword.ui.NetworkView;
import org.policylens.coword.ui.swt.SwtNetworkRenderer;

/**
 * Measures, does not assert (issue 5: "viewer with 2,000 nodes and 20,000 edges: a frame while
 * panning &lt; 33 ms"): a synthetic network of 2,000 terms in 12 clusters and 20,000 links painted
 * by the SWT renderer into a 1200 × 800 image under Xvfb: 100 frames while the offset moves as in
 * a drag (the renderer moves the frame it drew at rest), 20 moving frames without that frame
 * (level of detail: fewer links and labels), then 20 frames at rest (everything drawn). Not
 * a test (its name does not end in Test): run it with {@code -Dtest=MapPanBenchmark}; the results
 * go to standard output and to docs/benchmarks.md.
 */
public class MapPanBenchmark {

	@Test
	void panAMapOf2000TermsAnd20000Links() {
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		NetworkModel model = SyntheticNetworks.random(2000, 20000, 12, 2026);
		NetworkView view = new NetworkView(model);
		view.fit(1200, 800);
		view.zoomAt(1.5, 600, 400);
		SwtNetworkRenderer renderer = new SwtNetworkRenderer();
		Image image = new Image(display, 1200, 800);
		GC gc = new GC(image);
		Rectangle all = new Rectangle(0, 0, 1200, 800);
		try {
			renderer.paint(gc, view, all); // warm up: fonts, label extents, JIT
			for (int i = 0; i < 10; i++) {
				renderer.paint(gc, view, all);
			}
			view.setMoving(true);
			double[] moving = new double[100];
			for (int i = 0; i < moving.length; i++) {
				view.pan(i < 50 ? 6 : -6, i % 20 < 10 ? 3 : -3);
				long t = System.nanoTime();
				renderer.paint(gc, view, all);
				moving[i] = (System.nanoTime() - t) / 1e6;
			}
			view.setMoving(false);
			double[] still = new double[20];
			for (int i = 0; i < still.length; i++) {
				view.pan(1, 0);
				long t = System.nanoTime();
				renderer.paint(gc, view, all);
				still[i] = (System.nanoTime() - t) / 1e6;
			}
			// moving without a cached frame (the first frame after the filters or selection changed): level of detail only
			view.setMoving(true);
			double[] uncached = new double[20];
			for (int i = 0; i < uncached.length; i++) {
				view.setLabelDensity(i % 2 == 0 ? 0.99 : 1);
				view.pan(i < 10 ? 6 : -6, 0);
				long t = System.nanoTime();
				renderer.paint(gc, view, all);
				uncached[i] = (System.nanoTime() - t) / 1e6;
			}
			view.setLabelDensity(1);
			view.setMoving(false);
			System.out.printf(Locale.ROOT,
					"RESULT map of %d terms, %d links, 1200x800 px: panning (the frame drawn at rest, moved) median %.1f ms, max %.1f ms over %d frames; "
							+ "panning without a cached frame (at most %d links as lines, %d labels) median %.1f ms, max %.1f ms over %d frames; "
							+ "at rest (the %d strongest links as arcs, up to %d labels) median %.1f ms, max %.1f ms over %d frames%n",
					model.nodeCount(), model.linkCount(), median(moving), max(moving), moving.length, SwtNetworkRenderer.MOVING_LINKS,
					SwtNetworkRenderer.MOVING_LABELS, median(uncached), max(uncached), uncached.length, SwtNetworkRenderer.MAX_LINKS,
					SwtNetworkRenderer.MAX_LABELS, median(still), max(still), still.length);
		} finally {
			gc.dispose();
			image.dispose();
			renderer.dispose();
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double max(double[] values) {
		return Arrays.stream(values).max().orElse(0);
	}
}
