package org.policylens.coword.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.policylens.coword.ClusterColours;

/**
 * Writes a map as a picture: PNG through the renderer (what the screen shows, at any size), and
 * SVG as text written here, the same scene (arcs or lines, circles, non-overlapping labels) in
 * vector form. The SVG is deterministic: the same network and view give the same bytes.
 */
public final class MapExport {

	private MapExport() {
	}

	/**
	 * Paints the map into an image of the given size, fitted, with the view's filters, selection
	 * and label density.
	 *
	 * @param renderer the renderer
	 * @param shown    the view whose filters and selection to keep
	 * @param width    pixels
	 * @param height   pixels
	 * @return the image data
	 */
	public static ImageData paint(INetworkRenderer renderer, NetworkView shown, int width, int height) {
		NetworkView view = copyFitted(shown, width, height);
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		Image image = new Image(display, width, height);
		GC gc = new GC(image);
		try {
			renderer.paint(gc, view, new Rectangle(0, 0, width, height));
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	/**
	 * @param renderer the renderer
	 * @param shown    the view
	 * @param width    pixels
	 * @param height   pixels
	 * @param file     the PNG file to write
	 * @throws IOException if it cannot be written
	 */
	public static void png(INetworkRenderer renderer, NetworkView shown, int width, int height, Path file) throws IOException {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { paint(renderer, shown, width, height) };
		try (var out = Files.newOutputStream(file)) {
			loader.save(out, SWT.IMAGE_PNG);
		} catch (org.eclipse.swt.SWTException e) {
			throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @param shown  the view whose filters, selection and label density to keep
	 * @param width  the picture's width in SVG pixels
	 * @param height its height
	 * @param file   the SVG file to write
	 * @throws IOException if it cannot be written
	 */
	public static void svg(NetworkView shown, int width, int height, Path file) throws IOException {
		NetworkView view = copyFitted(shown, width, height);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			svg(view, out);
		}
	}

	/**
	 * @param view the view, as fitted to the picture
	 * @param out  where the SVG text goes
	 * @throws IOException if it cannot be written
	 */
	public static void svg(NetworkView view, Writer out) throws IOException {
		NetworkModel model = view.model();
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		out.write(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n", //$NON-NLS-1$
				view.width(), view.height(), view.width(), view.height()));
		out.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"); //$NON-NLS-1$
		if (view.message() != null) {
			out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\">%s</text>\n", //$NON-NLS-1$
					view.width() / 2, view.height() / 2, escape(view.message())));
			out.write("</svg>\n"); //$NON-NLS-1$
			return;
		}
		out.write("<g id=\"links\" fill=\"none\" stroke-linecap=\"round\">\n"); //$NON-NLS-1$
		for (int l = 0; l < model.linkCount(); l++) {
			if (!view.isLinkVisible(l)) {
				continue;
			}
			int s = model.source(l);
			int t = model.target(l);
			String colour = model.cluster(s) == model.cluster(t) ? ClusterColours.hex(model.cluster(s)) : "#a0a0a0"; //$NON-NLS-1$
			double opacity = view.isLinkHighlighted(l) ? 0.15 + 0.65 * Math.sqrt(model.strength(l) / model.maxStrength()) : 0.07;
			String d = view.curvedLinks()
					? arc(view.screenX(s), view.screenY(s), view.screenX(t), view.screenY(t))
					: String.format(Locale.ROOT, "M%.1f %.1fL%.1f %.1f", view.screenX(s), view.screenY(s), view.screenX(t), view.screenY(t)); //$NON-NLS-1$
			out.write(String.format(Locale.ROOT, "<path d=\"%s\" stroke=\"%s\" stroke-opacity=\"%.3f\"><title>%s — %s: %d, %.4f</title></path>\n", //$NON-NLS-1$
					d, colour, opacity, escape(model.label(s)), escape(model.label(t)), model.count(l), model.strength(l)));
		}
		out.write("</g>\n<g id=\"terms\">\n"); //$NON-NLS-1$
		Integer[] order = new Integer[model.nodeCount()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> {
			int c = Double.compare(model.weight(a), model.weight(b));
			return c != 0 ? c : Integer.compare(a, b);
		});
		for (int i : order) {
			if (!view.isVisible(i)) {
				continue;
			}
			out.write(String.format(Locale.ROOT,
					"<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"%.2f\"><title>%s (%s)</title></circle>\n", //$NON-NLS-1$
					view.screenX(i), view.screenY(i), view.radius(i), ClusterColours.hex(model.cluster(i)), view.isHighlighted(i) ? 0.92 : 0.18,
					escape(model.label(i)), escape(model.clusterLabel(model.cluster(i)))));
		}
		out.write("</g>\n<g id=\"labels\" font-family=\"sans-serif\" fill=\"#202020\" text-anchor=\"middle\" dominant-baseline=\"central\">\n"); //$NON-NLS-1$
		List<PlacedLabel> labels = LabelPlacer.place(view, (node, text, size) -> estimate(text, size), 400);
		for (PlacedLabel label : labels) {
			out.write(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\">%s</text>\n", //$NON-NLS-1$
					label.x() + label.width() / 2.0, label.y() + label.height() / 2.0, label.size() * 4 / 3, escape(model.label(label.node()))));
		}
		out.write("</g>\n</svg>\n"); //$NON-NLS-1$
	}

	/** Width of a label without a device: a CJK character is a square, others about 0.6 of the size. */
	static int[] estimate(String text, int size) {
		double px = size * 4 / 3.0;
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN || text.charAt(i) > 0x2E80 ? px : px * 0.6;
		}
		return new int[] { (int) Math.ceil(width), (int) Math.ceil(px * 1.25) };
	}

	private static String arc(double x1, double y1, double x2, double y2) {
		double[] c = NetworkHits.control(x1, y1, x2, y2);
		return String.format(Locale.ROOT, "M%.1f %.1fQ%.1f %.1f %.1f %.1f", x1, y1, c[0], c[1], x2, y2); //$NON-NLS-1$
	}

	private static String escape(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (char ch : text.toCharArray()) {
			switch (ch) {
			case '<' -> b.append("&lt;"); //$NON-NLS-1$
			case '>' -> b.append("&gt;"); //$NON-NLS-1$
			case '&' -> b.append("&amp;"); //$NON-NLS-1$
			case '"' -> b.append("&quot;"); //$NON-NLS-1$
			default -> {
				if (ch >= 0x20 || ch == '\n' || ch == '\t') {
					b.append(ch);
				}
			}
			}
		}
		return b.toString();
	}

	private static NetworkView copyFitted(NetworkView shown, int width, int height) {
		NetworkView view = new NetworkView(shown.model());
		view.fit(width, height);
		view.setMinStrength(shown.minStrength());
		for (int c = 0; c < shown.model().clusterCount(); c++) {
			view.setClusterVisible(c, shown.isClusterVisible(c));
		}
		view.setLabelDensity(shown.labelDensity());
		view.setCurvedLinks(shown.curvedLinks());
		view.setMessage(shown.message());
		if (shown.selectedNode() >= 0) {
			view.selectNode(shown.selectedNode());
		} else if (shown.selectedLink() >= 0) {
			view.selectLink(shown.selectedLink());
		}
		return view;
	}
}
