package org.policylens.coword.ui.swt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.policylens.coword.ClusterColours;
import org.policylens.coword.ui.INetworkRenderer;
import org.policylens.coword.ui.LabelPlacer;
import org.policylens.coword.ui.NetworkHits;
import org.policylens.coword.ui.NetworkModel;
import org.policylens.coword.ui.NetworkView;
import org.policylens.coword.ui.PlacedLabel;

/**
 * The default map renderer: plain SWT drawing with antialiasing, in the look of VOSviewer. Terms
 * are circles sized by frequency and coloured by cluster, links are arcs (or straight lines) in
 * the colour of their cluster (grey between clusters) and more opaque the stronger they are, and
 * labels are placed by {@link LabelPlacer} so that they never overlap.
 * <p>
 * Links are batched into one path per colour and opacity step, and those off screen are skipped.
 * While the view is moving (a drag or zoom) it draws only the strongest links, as straight lines,
 * and fewer labels; when it stops everything is drawn again.
 */
public class SwtNetworkRenderer implements INetworkRenderer {

	/** Links drawn at most while the view is moving. */
	public static final int MOVING_LINKS = 3000;
	/** Labels drawn at most while the view is moving. */
	public static final int MOVING_LABELS = 60;
	/** Labels drawn at most otherwise. */
	public static final int MAX_LABELS = 400;
	/**
	 * Links drawn at most at rest, the strongest first (VOSviewer shows the 1,000 strongest by
	 * default); the others are hidden until one zooms in or filters, which culls links off screen.
	 */
	public static final int MAX_LINKS = 10000;
	/** Segments of the polyline of an arc. */
	static final int ARC_SEGMENTS = 8;

	private static final int ALPHA_STEPS = 8;
	private static final int BETWEEN_CLUSTERS = 0xA0A0A0;

	private final Map<Integer, Font> fonts = new HashMap<>();
	private Device device;
	private NetworkModel cachedModel;
	private int[] nodeOrder;
	private int[][] extents;
	private List<PlacedLabel> labels = List.of();
	private final FrameCache cache = new FrameCache();

	@Override
	public void paint(GC gc, NetworkView view, Rectangle clip) {
		prepare(gc, view.model());
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(clip);
		if (view.message() != null) {
			labels = List.of();
			paintMessage(gc, view, view.message());
			return;
		}
		if (view.isMoving() && cache.matches(view)) {
			cache.drawMoved(gc, view);
			return;
		}
		if (view.isMoving()) {
			paintScene(gc, view, clip);
			return;
		}
		// at rest: draw the whole view into the cache, which moves with the view while it is dragged or zoomed
		GC cached = cache.begin(gc.getDevice(), view);
		try {
			cached.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
			cached.fillRectangle(0, 0, view.width(), view.height());
			paintScene(cached, view, new Rectangle(0, 0, view.width(), view.height()));
		} finally {
			cached.dispose();
		}
		cache.draw(gc, clip);
	}

	private void paintScene(GC gc, NetworkView view, Rectangle clip) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		paintLinks(gc, view, clip);
		paintNodes(gc, view, clip);
		paintLabels(gc, view);
		gc.setAlpha(255);
	}

	@Override
	public int nodeAt(NetworkView view, int x, int y) {
		return NetworkHits.nodeAt(view, labels, x, y);
	}

	@Override
	public List<PlacedLabel> labels() {
		return labels;
	}

	@Override
	public void dispose() {
		fonts.values().forEach(Font::dispose);
		fonts.clear();
		cache.dispose();
	}

	private void prepare(GC gc, NetworkModel model) {
		if (device != gc.getDevice()) {
			dispose();
			device = gc.getDevice();
		}
		if (model != cachedModel) {
			cachedModel = model;
			Integer[] order = new Integer[model.nodeCount()];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
			// light terms first, so the heavy ones are drawn on top
			Arrays.sort(order, (a, b) -> {
				int c = Double.compare(model.weight(a), model.weight(b));
				return c != 0 ? c : Integer.compare(a, b);
			});
			nodeOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
			extents = new int[model.nodeCount()][];
		}
	}

	private void paintLinks(GC gc, NetworkView view, Rectangle clip) {
		NetworkModel model = view.model();
		boolean moving = view.isMoving();
		boolean curved = view.curvedLinks() && !moving;
		boolean selection = view.selectedNode() >= 0 || view.selectedLink() >= 0;
		Map<Long, int[]> groups = new HashMap<>();
		Map<Long, Integer> sizes = new HashMap<>();
		int budget = moving ? MOVING_LINKS : MAX_LINKS;
		double max = model.maxStrength() > 0 ? model.maxStrength() : 1;
		for (int l = model.linkCount() - 1; l >= 0 && budget > 0; l--) {
			if (!view.isLinkVisible(l)) {
				continue;
			}
			int s = model.source(l);
			int t = model.target(l);
			double x1 = view.screenX(s);
			double y1 = view.screenY(s);
			double x2 = view.screenX(t);
			double y2 = view.screenY(t);
			double bend = curved ? Math.hypot(x2 - x1, y2 - y1) * NetworkHits.ARC : 0;
			if (NetworkHits.outside(x1, y1, x2, y2, bend, clip.x, clip.y, clip.x + clip.width, clip.y + clip.height)) {
				continue;
			}
			budget--;
			boolean lit = !selection || view.isLinkHighlighted(l);
			int step = lit ? (int) Math.min(ALPHA_STEPS - 1, Math.sqrt(model.strength(l) / max) * ALPHA_STEPS) : -1;
			int rgb = model.cluster(s) == model.cluster(t) ? ClusterColours.rgb(model.cluster(s)) : BETWEEN_CLUSTERS;
			long key = (long) (step + 1) << 32 | rgb;
			int size = sizes.getOrDefault(key, 0);
			int[] group = groups.get(key);
			if (group == null || group.length == size) {
				group = group == null ? new int[64] : Arrays.copyOf(group, group.length * 2);
				groups.put(key, group);
			}
			group[size] = l;
			sizes.put(key, size + 1);
		}
		List<Long> keys = new ArrayList<>(groups.keySet());
		keys.sort(null); // faint first, strong on top
		gc.setLineWidth((int) Math.round(Math.max(1, Math.min(2.5, Math.sqrt(view.zoom())))));
		gc.setLineCap(SWT.CAP_FLAT);
		int[] arc = new int[2 * (ARC_SEGMENTS + 1)];
		for (long key : keys) {
			int step = (int) (key >>> 32) - 1;
			gc.setAlpha(step < 0 ? 18 : 40 + step * 160 / (ALPHA_STEPS - 1));
			gc.setForeground(new Color((int) key >> 16 & 0xff, (int) key >> 8 & 0xff, (int) key & 0xff));
			int[] group = groups.get(key);
			for (int k = 0, n = sizes.get(key); k < n; k++) {
				int l = group[k];
				double x1 = view.screenX(model.source(l));
				double y1 = view.screenY(model.source(l));
				double x2 = view.screenX(model.target(l));
				double y2 = view.screenY(model.target(l));
				if (curved) {
					gc.drawPolyline(arc(x1, y1, x2, y2, arc));
				} else {
					gc.drawLine((int) Math.round(x1), (int) Math.round(y1), (int) Math.round(x2), (int) Math.round(y2));
				}
			}
		}
		gc.setLineWidth(1);
	}

	/** The quadratic arc of a link as a polyline of {@link #ARC_SEGMENTS} segments. */
	private static int[] arc(double x1, double y1, double x2, double y2, int[] points) {
		double[] c = NetworkHits.control(x1, y1, x2, y2);
		for (int k = 0; k <= ARC_SEGMENTS; k++) {
			double t = k / (double) ARC_SEGMENTS;
			points[2 * k] = (int) Math.round((1 - t) * (1 - t) * x1 + 2 * (1 - t) * t * c[0] + t * t * x2);
			points[2 * k + 1] = (int) Math.round((1 - t) * (1 - t) * y1 + 2 * (1 - t) * t * c[1] + t * t * y2);
		}
		return points;
	}

	private void paintNodes(GC gc, NetworkView view, Rectangle clip) {
		NetworkModel model = view.model();
		boolean selection = view.selectedNode() >= 0 || view.selectedLink() >= 0;
		for (int node : nodeOrder) {
			if (!view.isVisible(node)) {
				continue;
			}
			double r = view.radius(node);
			double x = view.screenX(node);
			double y = view.screenY(node);
			if (x + r < clip.x || x - r > clip.x + clip.width || y + r < clip.y || y - r > clip.y + clip.height) {
				continue;
			}
			int rgb = ClusterColours.rgb(model.cluster(node));
			boolean lit = !selection || view.isHighlighted(node);
			gc.setAlpha(lit ? 235 : 45);
			gc.setBackground(new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
			int d = (int) Math.round(2 * r);
			gc.fillOval((int) Math.round(x - r), (int) Math.round(y - r), d, d);
			if (node == view.selectedNode() || node == view.hoverNode()) {
				gc.setAlpha(255);
				gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
				gc.setLineWidth(2);
				gc.drawOval((int) Math.round(x - r) - 1, (int) Math.round(y - r) - 1, d + 2, d + 2);
				gc.setLineWidth(1);
			}
		}
	}

	private void paintLabels(GC gc, NetworkView view) {
		NetworkModel model = view.model();
		labels = LabelPlacer.place(view, (node, text, size) -> extent(gc, node, text, size), view.isMoving() ? MOVING_LABELS : MAX_LABELS);
		boolean selection = view.selectedNode() >= 0 || view.selectedLink() >= 0;
		for (PlacedLabel label : labels) {
			boolean lit = !selection || view.isHighlighted(label.node());
			gc.setAlpha(lit ? 255 : 90);
			gc.setFont(font(label.size()));
			gc.setForeground(new Color(0x20, 0x20, 0x20));
			gc.drawText(model.label(label.node()), label.x() + 1, label.y() + 1, SWT.DRAW_TRANSPARENT);
		}
	}

	private int[] extent(GC gc, int node, String text, int size) {
		if (extents[node] != null && extents[node][2] == size) {
			return extents[node];
		}
		gc.setFont(font(size));
		Point p = gc.textExtent(text, SWT.DRAW_TRANSPARENT);
		extents[node] = new int[] { p.x, p.y, size };
		return extents[node];
	}

	private Font font(int size) {
		return fonts.computeIfAbsent(size, s -> {
			FontData data = device.getSystemFont().getFontData()[0];
			return new Font(device, data.getName(), s, SWT.NORMAL);
		});
	}

	private void paintMessage(GC gc, NetworkView view, String message) {
		gc.setFont(font(12));
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
		List<String> lines = wrap(gc, message, Math.max(120, Math.min(520, view.width() - 40)));
		int lineHeight = gc.getFontMetrics().getHeight();
		int y = Math.max(10, view.height() / 2 - lines.size() * lineHeight / 2);
		for (String line : lines) {
			int w = gc.textExtent(line).x;
			gc.drawText(line, Math.max(10, (view.width() - w) / 2), y, SWT.DRAW_TRANSPARENT);
			y += lineHeight;
		}
	}

	private static List<String> wrap(GC gc, String text, int width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n")) { //$NON-NLS-1$
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) { //$NON-NLS-1$
				String next = line.length() == 0 ? word : line + " " + word; //$NON-NLS-1$
				if (line.length() > 0 && gc.textExtent(next).x > width) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				} else {
					line = new StringBuilder(next);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}
}
