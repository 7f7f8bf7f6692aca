package org.policylens.rcp.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.policylens.rcp.ProductIds;

/**
 * The PolicyLens perspective: the Study Explorer, the Corpus and the Codes on the left, documents and analyses
 * in the middle, the Concordance, Plugins and Error Log below.
 */
public final class Perspective implements IPerspectiveFactory {

	/** The Study Explorer, from org.policylens.study.ui. */
	static final String STUDY_EXPLORER = "org.policylens.study.ui.explorer"; //$NON-NLS-1$
	/** The Corpus view, from org.policylens.corpus.ui. */
	static final String CORPUS = "org.policylens.corpus.ui.corpus"; //$NON-NLS-1$
	/** The Codes view, from org.policylens.coding.ui. */
	static final String CODES = "org.policylens.coding.ui.codes"; //$NON-NLS-1$
	/** The Concordance view, from org.policylens.text.ui. */
	static final String CONCORDANCE = "org.policylens.text.ui.concordance"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.3f, editors); //$NON-NLS-1$
		left.addView(STUDY_EXPLORER);
		IFolderLayout corpus = layout.createFolder("corpus", IPageLayout.BOTTOM, 0.4f, "left"); //$NON-NLS-1$ //$NON-NLS-2$
		corpus.addView(CORPUS);
		corpus.addView(CODES);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors); //$NON-NLS-1$
		bottom.addView(CONCORDANCE);
		bottom.addView(ProductIds.PLUGINS_VIEW);
		bottom.addView(ProductIds.ERROR_LOG_VIEW);
		layout.addShowViewShortcut(STUDY_EXPLORER);
		layout.addShowViewShortcut(CORPUS);
		layout.addShowViewShortcut(CODES);
		layout.addShowViewShortcut(CONCORDANCE);
		layout.addShowViewShortcut(ProductIds.PLUGINS_VIEW);
		layout.addShowViewShortcut(ProductIds.ERROR_LOG_VIEW);
		layout.addNewWizardShortcut("org.policylens.study.ui.newStudyWizard"); //$NON-NLS-1$
	}
}
