package org.policylens.coword.ui;

import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Draws a co-word map, contributed to the extension point {@code org.policylens.coword.renderers}.
 * The viewer keeps the state ({@link NetworkView}); a renderer only paints it and says what is
 * under a point. A renderer is used in the UI thread, by one viewer at a time per instance: the
 * viewer creates its own through the registry ({@link NetworkRenderers#create}).
 */
public interface INetworkRenderer {

	/**
	 * Paints the view: background, links, terms and labels; or {@link NetworkView#message()}
	 * when it is set.
	 *
	 * @param gc   where to paint (a canvas' paint event, or an image for export and tests)
	 * @param view what to paint and how it is transformed
	 * @param clip the part of the area to repaint, in the view's pixels
	 */
	void paint(GC gc, NetworkView view, Rectangle clip);

	/**
	 * @param view the view as last painted
	 * @param x    screen x
	 * @param y    screen y
	 * @return the visible term whose circle (or label) holds the point, the topmost one; or -1
	 */
	default int nodeAt(NetworkView view, int x, int y) {
		return NetworkHits.nodeAt(view, labels(), x, y);
	}

	/**
	 * @param view the view
	 * @param x    screen x
	 * @param y    screen y
	 * @return the visible link passing within a few pixels of the point (the strongest one), or -1
	 */
	default int linkAt(NetworkView view, int x, int y) {
		return NetworkHits.linkAt(view, x, y, 4);
	}

	/** @return the labels the last {@link #paint} placed, in the order they were placed */
	default List<PlacedLabel> labels() {
		return List.of();
	}

	/** Releases fonts, colours and images the renderer made. */
	default void dispose() {
		// nothing to release by default
	}
}
