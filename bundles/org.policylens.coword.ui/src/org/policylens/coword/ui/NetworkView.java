package org.policylens.coword.ui;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The state of a co-word map as the viewer shows it: the network, the transform from layout to
 * screen (scale and offset: zoom and pan), the selection and the hover, the filters (minimum link
 * strength, hidden clusters) and how many labels to show. Renderers read it, the viewer changes it
 * and listeners hear of every change. Screen coordinates are pixels of the canvas (or image)
 * being painted; {@code sx = x * scale + offsetX}, {@code sy = y * scale + offsetY}.
 * <p>
 * Used in the UI thread only.
 */
public final class NetworkView {

	/** Smallest node radius in pixels at zoom 1. */
	public static final double MIN_RADIUS = 3;
	/** Largest node radius in pixels at zoom 1. */
	public static final double MAX_RADIUS = 16;

	private NetworkModel model;
	private String message;
	private int width = 1;
	private int height = 1;
	private double scale = 1;
	private double fitScale = 1;
	private double offsetX;
	private double offsetY;
	private int selectedNode = -1;
	private int selectedLink = -1;
	private int hoverNode = -1;
	private int hoverLink = -1;
	private double minStrength;
	private final BitSet hiddenClusters = new BitSet();
	private double labelDensity = 1;
	private boolean curvedLinks = true;
	private boolean moving;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	/** @param model the network to show */
	public NetworkView(NetworkModel model) {
		this.model = Objects.requireNonNull(model);
	}

	/** @return the network shown */
	public NetworkModel model() {
		return model;
	}

	/**
	 * Shows another network: clears the selection, hover and filters and fits it.
	 *
	 * @param newModel the network
	 */
	public void setModel(NetworkModel newModel) {
		model = Objects.requireNonNull(newModel);
		selectedNode = selectedLink = hoverNode = hoverLink = -1;
		hiddenClusters.clear();
		minStrength = 0;
		fit(width, height);
	}

	/**
	 * @return what to say instead of drawing (an empty or degenerate network and what to change),
	 *         or {@code null} to draw the network
	 */
	public String message() {
		return message;
	}

	/** @param text what to say instead of the network, or {@code null} */
	public void setMessage(String text) {
		message = text;
		changed();
	}

	/** @return the width of the area painted, in pixels */
	public int width() {
		return width;
	}

	/** @return the height of the area painted, in pixels */
	public int height() {
		return height;
	}

	/**
	 * Sets the size of the area painted and fits the layout into it, with a margin.
	 *
	 * @param w width in pixels
	 * @param h height in pixels
	 */
	public void fit(int w, int h) {
		width = Math.max(1, w);
		height = Math.max(1, h);
		double[] b = model.bounds();
		double margin = Math.min(60, Math.min(width, height) / 8.0);
		double spanX = Math.max(1e-9, b[2] - b[0]);
		double spanY = Math.max(1e-9, b[3] - b[1]);
		fitScale = Math.max(1e-9, Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY));
		if (model.nodeCount() < 2) {
			fitScale = 1;
		}
		scale = fitScale;
		offsetX = width / 2.0 - (b[0] + b[2]) / 2 * scale;
		offsetY = height / 2.0 - (b[1] + b[3]) / 2 * scale;
		changed();
	}

	/**
	 * Changes the size of the area painted without changing the transform (a resized canvas).
	 *
	 * @param w width
	 * @param h height
	 */
	public void resize(int w, int h) {
		width = Math.max(1, w);
		height = Math.max(1, h);
		changed();
	}

	/** @return the zoom: 1 when the layout just fits */
	public double zoom() {
		return scale / fitScale;
	}

	/** @return pixels per layout unit */
	public double scale() {
		return scale;
	}

	/** @return the screen x of the layout's origin */
	public double offsetX() {
		return offsetX;
	}

	/** @return the screen y of the layout's origin */
	public double offsetY() {
		return offsetY;
	}

	/**
	 * Zooms by a factor, keeping the layout point under (px, py) where it is. The zoom stays
	 * between 0.2 and 200.
	 *
	 * @param factor &gt; 1 zooms in
	 * @param px     screen x of the fixed point (the cursor)
	 * @param py     screen y
	 */
	public void zoomAt(double factor, double px, double py) {
		double next = Math.max(0.2 * fitScale, Math.min(200 * fitScale, scale * factor));
		double f = next / scale;
		offsetX = px - (px - offsetX) * f;
		offsetY = py - (py - offsetY) * f;
		scale = next;
		changed();
	}

	/** @param dx pixels to move right @param dy pixels to move down */
	public void pan(double dx, double dy) {
		offsetX += dx;
		offsetY += dy;
		changed();
	}

	/** @param node a term @return its screen x */
	public double screenX(int node) {
		return model.x(node) * scale + offsetX;
	}

	/** @param node a term @return its screen y */
	public double screenY(int node) {
		return model.y(node) * scale + offsetY;
	}

	/** @param sx screen x @return the layout x under it */
	public double layoutX(double sx) {
		return (sx - offsetX) / scale;
	}

	/** @param sy screen y @return the layout y under it */
	public double layoutY(double sy) {
		return (sy - offsetY) / scale;
	}

	/**
	 * The radius of a term's circle: from {@link #MIN_RADIUS} to {@link #MAX_RADIUS} by the square
	 * root of its weight (so that the area follows the frequency), growing gently as one zooms in.
	 *
	 * @param node a term
	 * @return its radius in pixels
	 */
	public double radius(int node) {
		double share = Math.sqrt(Math.max(0, model.weight(node)) / model.maxWeight());
		return (MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share) * Math.sqrt(Math.max(0.25, zoom()));
	}

	/**
	 * @param node a term
	 * @return whether it is shown: its cluster is not filtered out
	 */
	public boolean isVisible(int node) {
		return !hiddenClusters.get(model.cluster(node));
	}

	/**
	 * @param link a link
	 * @return whether it is shown: strong enough and both ends shown
	 */
	public boolean isLinkVisible(int link) {
		return model.strength(link) >= minStrength && isVisible(model.source(link)) && isVisible(model.target(link));
	}

	/** @return the weakest strength of a link shown */
	public double minStrength() {
		return minStrength;
	}

	/** @param strength links weaker than this are hidden */
	public void setMinStrength(double strength) {
		minStrength = strength;
		changed();
	}

	/** @param cluster a cluster @return whether its terms are shown */
	public boolean isClusterVisible(int cluster) {
		return !hiddenClusters.get(cluster);
	}

	/** @param cluster a cluster @param visible whether to show its terms and their links */
	public void setClusterVisible(int cluster, boolean visible) {
		hiddenClusters.set(cluster, !visible);
		if (selectedNode >= 0 && !isVisible(selectedNode)) {
			selectedNode = -1;
		}
		changed();
	}

	/** @return the selected term, or -1 */
	public int selectedNode() {
		return selectedNode;
	}

	/** @return the selected link, or -1 */
	public int selectedLink() {
		return selectedLink;
	}

	/** @param node the term to select (its neighbours are highlighted), or -1 */
	public void selectNode(int node) {
		selectedNode = node;
		selectedLink = -1;
		changed();
	}

	/** @param link the link to select, or -1 */
	public void selectLink(int link) {
		selectedLink = link;
		selectedNode = -1;
		changed();
	}

	/**
	 * @param node a term
	 * @return whether it is highlighted: nothing is selected, or it is the selected term, one of
	 *         its neighbours or an end of the selected link
	 */
	public boolean isHighlighted(int node) {
		if (selectedNode < 0 && selectedLink < 0) {
			return true;
		}
		if (selectedLink >= 0) {
			return model.source(selectedLink) == node || model.target(selectedLink) == node;
		}
		return node == selectedNode || model.linkBetween(selectedNode, node) >= 0 && isLinkVisible(model.linkBetween(selectedNode, node));
	}

	/** @param link a link @return whether it is highlighted (nothing selected, or it touches the selection) */
	public boolean isLinkHighlighted(int link) {
		if (selectedNode < 0 && selectedLink < 0) {
			return true;
		}
		return link == selectedLink || model.source(link) == selectedNode || model.target(link) == selectedNode;
	}

	/** @return the term under the cursor, or -1 */
	public int hoverNode() {
		return hoverNode;
	}

	/** @return the link under the cursor, or -1 */
	public int hoverLink() {
		return hoverLink;
	}

	/** @param node the term under the cursor, or -1 @param link the link under it, or -1 */
	public void setHover(int node, int link) {
		if (node != hoverNode || link != hoverLink) {
			hoverNode = node;
			hoverLink = link;
			changed();
		}
	}

	/** @return labels shown per screen area, 1 by default; 0 shows none, 2 twice as many */
	public double labelDensity() {
		return labelDensity;
	}

	/** @param density labels per screen area relative to the default */
	public void setLabelDensity(double density) {
		labelDensity = Math.max(0, density);
		changed();
	}

	/** @return whether links are drawn as arcs (as VOSviewer does) rather than straight lines */
	public boolean curvedLinks() {
		return curvedLinks;
	}

	/** @param curved whether links are drawn as arcs */
	public void setCurvedLinks(boolean curved) {
		curvedLinks = curved;
		changed();
	}

	/**
	 * @return whether the user is dragging or zooming: renderers may draw less (weak links, most
	 *         labels, curves) to keep up, and everything again when it stops
	 */
	public boolean isMoving() {
		return moving;
	}

	/** @param isMoving whether the user is dragging or zooming */
	public void setMoving(boolean isMoving) {
		if (moving != isMoving) {
			moving = isMoving;
			changed();
		}
	}

	/** @param listener called after every change */
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}
}
