package org.policylens.coword.ui;

import java.util.List;

/** Hit testing on a {@link NetworkView}, shared by renderers that draw circles and straight or arced links. */
public final class NetworkHits {

	private NetworkHits() {
	}

	/**
	 * @param view   the view
	 * @param labels the labels placed by the last paint (a click on a label hits its term)
	 * @param x      screen x
	 * @param y      screen y
	 * @return the visible term under the point (the one drawn last, i.e. the heaviest), or -1
	 */
	public static int nodeAt(NetworkView view, List<PlacedLabel> labels, int x, int y) {
		NetworkModel model = view.model();
		int best = -1;
		double bestDistance = Double.MAX_VALUE;
		for (int i = 0; i < model.nodeCount(); i++) {
			if (!view.isVisible(i)) {
				continue;
			}
			double dx = view.screenX(i) - x;
			double dy = view.screenY(i) - y;
			double r = view.radius(i) + 1;
			double d = dx * dx + dy * dy;
			if (d <= r * r && d < bestDistance) {
				best = i;
				bestDistance = d;
			}
		}
		if (best >= 0) {
			return best;
		}
		for (PlacedLabel label : labels) {
			if (label.contains(x, y) && view.isVisible(label.node())) {
				return label.node();
			}
		}
		return -1;
	}

	/**
	 * @param view      the view
	 * @param x         screen x
	 * @param y         screen y
	 * @param tolerance how many pixels off the line still hit it
	 * @return the strongest visible link that passes within the tolerance of the point, or -1
	 */
	public static int linkAt(NetworkView view, int x, int y, double tolerance) {
		NetworkModel model = view.model();
		for (int l = model.linkCount() - 1; l >= 0; l--) {
			if (!view.isLinkVisible(l)) {
				continue;
			}
			int s = model.source(l);
			int t = model.target(l);
			double x1 = view.screenX(s);
			double y1 = view.screenY(s);
			double x2 = view.screenX(t);
			double y2 = view.screenY(t);
			if (outside(x1, y1, x2, y2, tolerance + arcHeight(x1, y1, x2, y2, view), x, y, x, y)) {
				continue;
			}
			if (distance(view, x1, y1, x2, y2, x, y) <= tolerance) {
				return l;
			}
		}
		return -1;
	}

	/**
	 * @param x1     one end of a link
	 * @param y1     one end
	 * @param x2     the other end
	 * @param y2     the other end
	 * @param margin how far the link may stray from the box of its ends (an arc's bend)
	 * @param left   the area's left edge
	 * @param top    its top edge
	 * @param right  its right edge
	 * @param bottom its bottom edge
	 * @return whether the link cannot touch the area
	 */
	public static boolean outside(double x1, double y1, double x2, double y2, double margin, double left, double top, double right,
			double bottom) {
		return Math.max(x1, x2) + margin < left || Math.min(x1, x2) - margin > right || Math.max(y1, y2) + margin < top
				|| Math.min(y1, y2) - margin > bottom;
	}

	private static double arcHeight(double x1, double y1, double x2, double y2, NetworkView view) {
		return view.curvedLinks() ? Math.hypot(x2 - x1, y2 - y1) * ARC : 0;
	}

	/** How far an arc bends: its control point lies this share of the chord's length off the middle. */
	public static final double ARC = 0.2;

	/**
	 * The control point of the quadratic arc from (x1, y1) to (x2, y2): off the middle of the
	 * chord, to its left.
	 *
	 * @return {x, y}
	 */
	public static double[] control(double x1, double y1, double x2, double y2) {
		return new double[] { (x1 + x2) / 2 - (y2 - y1) * ARC, (y1 + y2) / 2 + (x2 - x1) * ARC };
	}

	private static double distance(NetworkView view, double x1, double y1, double x2, double y2, double px, double py) {
		if (!view.curvedLinks()) {
			return segment(x1, y1, x2, y2, px, py);
		}
		double[] c = control(x1, y1, x2, y2);
		double best = Double.MAX_VALUE;
		double ax = x1;
		double ay = y1;
		for (int k = 1; k <= 12; k++) {
			double t = k / 12.0;
			double bx = (1 - t) * (1 - t) * x1 + 2 * (1 - t) * t * c[0] + t * t * x2;
			double by = (1 - t) * (1 - t) * y1 + 2 * (1 - t) * t * c[1] + t * t * y2;
			best = Math.min(best, segment(ax, ay, bx, by, px, py));
			ax = bx;
			ay = by;
		}
		return best;
	}

	private static double segment(double x1, double y1, double x2, double y2, double px, double py) {
		double dx = x2 - x1;
		double dy = y2 - y1;
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
		return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
	}
}
