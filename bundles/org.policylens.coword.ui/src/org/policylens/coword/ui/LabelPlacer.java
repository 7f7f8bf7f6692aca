package org.policylens.coword.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places term labels so that they never overlap: greedily, heaviest term first, each label
 * centred on its term and kept only if it overlaps no label placed before. Placed labels are
 * indexed in a grid of screen cells, so a check looks at a few neighbours rather than every label.
 * The number of labels follows the screen area and {@link NetworkView#labelDensity()}; as one
 * zooms in the terms spread out and more labels fit.
 */
public final class LabelPlacer {

	/** Measures a label. */
	@FunctionalInterface
	public interface TextMeasure {
		/**
		 * @param node the term, so that a measure can cache by term
		 * @param text its label
		 * @param size a font size in points
		 * @return {width, height} in pixels
		 */
		int[] extent(int node, String text, int size);
	}

	/** Screen area per label at density 1, in square pixels. */
	static final double AREA_PER_LABEL = 5000;
	private static final int CELL = 64;
	private static final int PAD = 1;

	private LabelPlacer() {
	}

	/**
	 * @param view the view
	 * @param node a term
	 * @return the font size of its label: 9 to 18 points by the square root of its weight
	 */
	public static int fontSize(NetworkView view, int node) {
		double share = Math.sqrt(Math.max(0, view.model().weight(node)) / view.model().maxWeight());
		return (int) Math.round(9 + 9 * share);
	}

	/**
	 * @param view      the view
	 * @param measure   how big a label is
	 * @param maxLabels at most this many (a renderer passes fewer while the view is moving)
	 * @return the placed labels, none of which intersects another
	 */
	public static List<PlacedLabel> place(NetworkView view, TextMeasure measure, int maxLabels) {
		NetworkModel model = view.model();
		int budget = (int) Math.min(maxLabels, Math.ceil(view.labelDensity() * view.width() * view.height() / AREA_PER_LABEL));
		List<PlacedLabel> placed = new ArrayList<>();
		if (budget <= 0 || model.nodeCount() == 0 || view.message() != null) {
			return placed;
		}
		Map<Long, List<PlacedLabel>> grid = new HashMap<>();
		for (int node : candidates(view)) {
			if (placed.size() >= budget) {
				break;
			}
			int size = fontSize(view, node);
			int[] extent = measure.extent(node, model.label(node), size);
			int x = (int) Math.round(view.screenX(node) - extent[0] / 2.0);
			int y = (int) Math.round(view.screenY(node) - extent[1] / 2.0);
			PlacedLabel label = new PlacedLabel(node, x - PAD, y - PAD, extent[0] + 2 * PAD, extent[1] + 2 * PAD, size);
			if (label.x() + label.width() < 0 || label.y() + label.height() < 0 || label.x() > view.width() || label.y() > view.height()) {
				continue;
			}
			if (!collides(grid, label)) {
				placed.add(label);
				forCells(label, cell -> grid.computeIfAbsent(cell, k -> new ArrayList<>()).add(label));
			}
		}
		return placed;
	}

	/** Visible terms on screen: the selection first, then highlighted terms, then by weight. */
	private static List<Integer> candidates(NetworkView view) {
		NetworkModel model = view.model();
		List<Integer> nodes = new ArrayList<>();
		for (int i = 0; i < model.nodeCount(); i++) {
			double sx = view.screenX(i);
			double sy = view.screenY(i);
			if (view.isVisible(i) && sx > -200 && sy > -50 && sx < view.width() + 200 && sy < view.height() + 50) {
				nodes.add(i);
			}
		}
		nodes.sort((a, b) -> {
			int c = Integer.compare(rank(view, b), rank(view, a));
			if (c == 0) {
				c = Double.compare(model.weight(b), model.weight(a));
			}
			return c != 0 ? c : Integer.compare(a, b);
		});
		return nodes;
	}

	private static int rank(NetworkView view, int node) {
		if (node == view.selectedNode()) {
			return 2;
		}
		return view.isHighlighted(node) ? 1 : 0;
	}

	private static boolean collides(Map<Long, List<PlacedLabel>> grid, PlacedLabel label) {
		boolean[] hit = new boolean[1];
		forCells(label, cell -> {
			List<PlacedLabel> there = grid.get(cell);
			if (there != null && !hit[0]) {
				for (PlacedLabel other : there) {
					if (other.intersects(label)) {
						hit[0] = true;
						return;
					}
				}
			}
		});
		return hit[0];
	}

	private static void forCells(PlacedLabel label, java.util.function.LongConsumer action) {
		int x0 = Math.floorDiv(label.x(), CELL);
		int x1 = Math.floorDiv(label.x() + label.width(), CELL);
		int y0 = Math.floorDiv(label.y(), CELL);
		int y1 = Math.floorDiv(label.y() + label.height(), CELL);
		for (int cx = x0; cx <= x1; cx++) {
			for (int cy = y0; cy <= y1; cy++) {
				action.accept(((long) cx << 32) ^ (cy & 0xffffffffL));
			}
		}
	}
}
