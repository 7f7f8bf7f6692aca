package org.policylens.corpus.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.policylens.corpus.ui.IDocumentView;
import org.policylens.corpus.ui.IDocumentViewContribution;

/** A document view contribution that remembers the views it was installed in and paints its margin. */
public final class RecordingContribution implements IDocumentViewContribution {

	/** The views it is installed in now. */
	static final List<IDocumentView> INSTALLED = new ArrayList<>();

	@Override
	public Runnable install(IDocumentView view) {
		INSTALLED.add(view);
		view.setMarginWidth(24);
		view.getMargin().addPaintListener(e -> e.gc.fillRectangle(0, 0, 24, 24));
		view.getMargin().setBackground(view.getMargin().getDisplay().getSystemColor(SWT.COLOR_YELLOW));
		return () -> INSTALLED.remove(view);
	}
}
