package org.policylens.coword.ui.tests;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.policylens.coword.ui.INetworkRenderer;
import org.policylens.coword.ui.NetworkView;

/** A renderer contributed by the test bundle: paints the background only. */
public class BlankRenderer implements INetworkRenderer {

	@Override
	public void paint(GC gc, NetworkView view, Rectangle clip) {
		gc.fillRectangle(clip);
	}
}
