package org.policylens.coword.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.policylens.coword.ClusterColours;

/** Small squares in the colours of clusters, for tables; disposed with their owner. */
final class Swatches {

	private final Control owner;
	private final Map<Integer, Image> images = new HashMap<>();

	Swatches(Control owner) {
		this.owner = owner;
		owner.addListener(SWT.Dispose, e -> images.values().forEach(Image::dispose));
	}

	/** @param cluster a cluster from 0 @return its swatch */
	Image of(int cluster) {
		return images.computeIfAbsent(cluster, c -> {
			Image image = new Image(owner.getDisplay(), 12, 12);
			GC gc = new GC(image);
			int rgb = ClusterColours.rgb(c);
			gc.setBackground(new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
			gc.fillRectangle(0, 0, 12, 12);
			gc.dispose();
			return image;
		});
	}
}
