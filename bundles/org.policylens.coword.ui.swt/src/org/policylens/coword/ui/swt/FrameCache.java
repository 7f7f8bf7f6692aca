package org.policylens.coword.ui.swt;

import java.util.Objects;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.policylens.coword.ui.NetworkModel;
import org.policylens.coword.ui.NetworkView;

/**
 * The last frame drawn at rest, and the state it shows. While the view is dragged or zoomed
 * nothing but the transform changes, so a frame is the cached picture moved and scaled: one image
 * copy instead of thousands of strokes. When the view stops, the renderer draws it afresh.
 */
final class FrameCache {

	private Image image;
	private NetworkModel model;
	private int width;
	private int height;
	private double scale;
	private double offsetX;
	private double offsetY;
	private int state;

	/**
	 * @param device the device
	 * @param view   the view about to be drawn into the cache
	 * @return a GC on the cache, to dispose after drawing
	 */
	GC begin(Device device, NetworkView view) {
		if (image == null || image.getDevice() != device || width != view.width() || height != view.height()) {
			dispose();
			image = new Image(device, view.width(), view.height());
		}
		model = view.model();
		width = view.width();
		height = view.height();
		scale = view.scale();
		offsetX = view.offsetX();
		offsetY = view.offsetY();
		state = state(view);
		return new GC(image);
	}

	/** @param gc where @param clip the part to copy */
	void draw(GC gc, Rectangle clip) {
		Rectangle part = clip.intersection(new Rectangle(0, 0, width, height));
		if (!part.isEmpty()) {
			gc.drawImage(image, part.x, part.y, part.width, part.height, part.x, part.y, part.width, part.height);
		}
	}

	/**
	 * @param view a view
	 * @return whether the cache shows it but for zoom and pan
	 */
	boolean matches(NetworkView view) {
		return image != null && !image.isDisposed() && model == view.model() && width == view.width() && height == view.height()
				&& state == state(view);
	}

	/** Draws the cached frame where the view's transform puts it now. */
	void drawMoved(GC gc, NetworkView view) {
		double f = view.scale() / scale;
		int x = (int) Math.round(view.offsetX() - offsetX * f);
		int y = (int) Math.round(view.offsetY() - offsetY * f);
		if (Math.abs(f - 1) < 1e-9) {
			gc.drawImage(image, x, y);
		} else {
			gc.drawImage(image, 0, 0, width, height, x, y, (int) Math.round(width * f), (int) Math.round(height * f));
		}
	}

	void dispose() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	/** Everything but the transform that changes the picture. */
	private static int state(NetworkView view) {
		int clusters = 0;
		for (int c = 0; c < view.model().clusterCount(); c++) {
			clusters = clusters * 31 + (view.isClusterVisible(c) ? 1 : 0);
		}
		return Objects.hash(view.minStrength(), clusters, view.selectedNode(), view.selectedLink(), view.hoverNode(), view.hoverLink(),
				view.labelDensity(), view.curvedLinks(), view.message());
	}
}
