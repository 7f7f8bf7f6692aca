package org.policylens.coword.ui;

/**
 * A term's label where a renderer placed it.
 *
 * @param node   the term
 * @param x      left edge in pixels
 * @param y      top edge
 * @param width  width
 * @param height height
 * @param size   font size in points
 */
public record PlacedLabel(int node, int x, int y, int width, int height, int size) {

	/** @param other another label @return whether the two rectangles overlap (touching edges do not) */
	public boolean intersects(PlacedLabel other) {
		return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
	}

	/** @param px screen x @param py screen y @return whether the point is on the label */
	public boolean contains(int px, int py) {
		return px >= x && px < x + width && py >= y && py < y + height;
	}
}
