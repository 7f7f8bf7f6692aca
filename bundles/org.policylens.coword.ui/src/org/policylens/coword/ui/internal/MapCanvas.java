package org.policylens.coword.ui.internal;

import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.ui.INetworkRenderer;
import org.policylens.coword.ui.NetworkModel;
import org.policylens.coword.ui.NetworkView;

/**
 * The map on a double-buffered canvas: wheel zooms around the cursor, a drag pans, + and − zoom,
 * 0 (or Home) fits, arrows pan; hovering shows the term or link under the cursor in a tooltip; a
 * click selects a term (and highlights its neighbours) or a link; the view repaints on every change.
 */
public final class MapCanvas {

	/** Milliseconds after the last wheel step or drag until the full map is drawn again. */
	static final int SETTLE = 180;

	private final Canvas canvas;
	private final NetworkView view;
	private final INetworkRenderer renderer;
	private final CopyOnWriteArrayList<Runnable> selectionListeners = new CopyOnWriteArrayList<>();
	private int downX;
	private int downY;
	private int lastX;
	private int lastY;
	private boolean dragging;
	private boolean pressed;
	/** The map is fitted again when the canvas changes size, until the user zooms or pans. */
	private boolean followsSize = true;
	private final Runnable settle;

	/**
	 * @param parent   the parent
	 * @param view     the state to show
	 * @param renderer how to paint it
	 */
	public MapCanvas(Composite parent, NetworkView view, INetworkRenderer renderer) {
		this.view = view;
		this.renderer = renderer;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
		settle = () -> {
			if (!canvas.isDisposed() && !pressed) {
				view.setMoving(false);
			}
		};
		Runnable redraw = () -> {
			if (!canvas.isDisposed()) {
				canvas.redraw();
			}
		};
		view.addChangeListener(redraw);
		canvas.addListener(SWT.Dispose, e -> {
			view.removeChangeListener(redraw);
			renderer.dispose();
		});
		canvas.addListener(SWT.Paint, e -> renderer.paint(e.gc, view, new Rectangle(e.x, e.y, e.width, e.height)));
		canvas.addListener(SWT.Resize, e -> {
			Rectangle area = canvas.getClientArea();
			if (followsSize && area.width > 1 && area.height > 1) {
				view.fit(area.width, area.height);
			} else {
				view.resize(area.width, area.height);
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.MouseDown, e -> {
			if (e.button == 1) {
				pressed = true;
				dragging = false;
				downX = lastX = e.x;
				downY = lastY = e.y;
			}
		});
		canvas.addListener(SWT.MouseMove, this::move);
		canvas.addListener(SWT.MouseUp, this::up);
		canvas.addListener(SWT.MouseExit, e -> view.setHover(-1, -1));
		canvas.addListener(SWT.KeyDown, this::key);
	}

	/** @return the canvas */
	public Canvas getControl() {
		return canvas;
	}

	/** @return the state shown */
	public NetworkView getView() {
		return view;
	}

	/** @return the renderer */
	public INetworkRenderer getRenderer() {
		return renderer;
	}

	/** @param listener told when the user selects a term or link on the map */
	public void addSelectionListener(Runnable listener) {
		selectionListeners.add(listener);
	}

	/** Fits the map into the canvas. */
	public void fit() {
		Rectangle area = canvas.getClientArea();
		view.fit(area.width, area.height);
		followsSize = true;
	}

	/**
	 * Zooms around a point, as a wheel step does.
	 *
	 * @param factor &gt; 1 zooms in
	 * @param x      screen x
	 * @param y      screen y
	 */
	public void zoom(double factor, int x, int y) {
		view.setMoving(true);
		followsSize = false;
		view.zoomAt(factor, x, y);
		canvas.getDisplay().timerExec(SETTLE, settle);
	}

	/**
	 * Selects what is under a point, as a click does.
	 *
	 * @param x screen x
	 * @param y screen y
	 */
	public void clickAt(int x, int y) {
		int node = renderer.nodeAt(view, x, y);
		if (node >= 0) {
			view.selectNode(node);
		} else {
			view.selectLink(renderer.linkAt(view, x, y));
		}
		selectionListeners.forEach(Runnable::run);
	}

	/**
	 * Sets the hover and the tooltip to what is under a point, as moving the mouse does.
	 *
	 * @param x screen x
	 * @param y screen y
	 * @return the tooltip text, or {@code null}
	 */
	public String hoverAt(int x, int y) {
		int node = renderer.nodeAt(view, x, y);
		int link = node >= 0 ? -1 : renderer.linkAt(view, x, y);
		view.setHover(node, link);
		String tip = node >= 0 ? describeNode(node) : link >= 0 ? describeLink(link) : null;
		if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
		return tip;
	}

	/** @param node a term @return what the tooltip says of it */
	String describeNode(int node) {
		NetworkModel model = view.model();
		StringBuilder b = new StringBuilder(model.label(node));
		b.append("\nFrequency: ").append(formatNumber(model.weight(node)));
		b.append("\nCluster: ").append(model.clusterLabel(model.cluster(node)));
		b.append("\nLinks: ").append(model.degree(node));
		if (model.origin() instanceof CowordNetwork network) {
			CowordNetwork.Term term = network.terms().get(node);
			b.append(String.format(Locale.ROOT, "\nTotal link strength: %.3f", term.weight())); //$NON-NLS-1$
			for (String key : CowordNetwork.CENTRALITIES) {
				Double value = term.centralities().get(key);
				if (value != null) {
					b.append(String.format(Locale.ROOT, "\n%s centrality: %.4f", capitalise(key), value)); //$NON-NLS-1$
				}
			}
		}
		return b.toString();
	}

	/** @param link a link @return what the tooltip says of it */
	String describeLink(int link) {
		NetworkModel model = view.model();
		return String.format(Locale.ROOT, "%s — %s\nCo-occurrences: %d\nStrength: %.4f\nClick to list the units behind it", //$NON-NLS-1$
				model.label(model.source(link)), model.label(model.target(link)), model.count(link), model.strength(link));
	}

	private static String capitalise(String key) {
		return Character.toUpperCase(key.charAt(0)) + key.substring(1);
	}

	private static String formatNumber(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
	}

	private void wheel(Event e) {
		zoom(Math.pow(1.15, e.count > 0 ? 1 : -1), e.x, e.y);
	}

	private void move(Event e) {
		if (pressed && (e.stateMask & SWT.BUTTON1) != 0) {
			if (!dragging && Math.abs(e.x - downX) + Math.abs(e.y - downY) > 3) {
				dragging = true;
				view.setMoving(true);
				canvas.setToolTipText(null);
			}
			if (dragging) {
				panBy(e.x - lastX, e.y - lastY);
				lastX = e.x;
				lastY = e.y;
			}
			return;
		}
		hoverAt(e.x, e.y);
	}

	private void up(Event e) {
		if (e.button != 1 || !pressed) {
			return;
		}
		pressed = false;
		if (dragging) {
			dragging = false;
			view.setMoving(false);
		} else {
			clickAt(e.x, e.y);
		}
	}

	private void panBy(int dx, int dy) {
		followsSize = false;
		view.pan(dx, dy);
	}

	private void key(Event e) {
		Rectangle area = canvas.getClientArea();
		int cx = area.width / 2;
		int cy = area.height / 2;
		switch (e.keyCode) {
		case '+', '=', SWT.KEYPAD_ADD -> zoom(1.25, cx, cy);
		case '-', SWT.KEYPAD_SUBTRACT -> zoom(0.8, cx, cy);
		case '0', SWT.HOME -> fit();
		case SWT.ARROW_LEFT -> panBy(40, 0);
		case SWT.ARROW_RIGHT -> panBy(-40, 0);
		case SWT.ARROW_UP -> panBy(0, 40);
		case SWT.ARROW_DOWN -> panBy(0, -40);
		case SWT.ESC -> {
			view.selectNode(-1);
			selectionListeners.forEach(Runnable::run);
		}
		default -> {
			// other keys do nothing
		}
		}
	}
}
