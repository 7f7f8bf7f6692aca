package org.policylens.rcp.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.policylens.rcp.ProductIds;

/**
 * The PolicyLens perspective: the Study Explorer on the left, the Plugins view and the Error Log on
 * the right. The editor area (documents, maps, matrices) appears when something is opened in it.
 */
public final class Perspective implements IPerspectiveFactory {

	/** The Study Explorer, from org.policylens.study.ui. */
	static final String STUDY_EXPLORER = "org.policylens.study.ui.explorer"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.3f, editors); //$NON-NLS-1$
		left.addView(STUDY_EXPLORER);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editors); //$NON-NLS-1$
		bottom.addView(ProductIds.PLUGINS_VIEW);
		bottom.addView(ProductIds.ERROR_LOG_VIEW);
		layout.addShowViewShortcut(STUDY_EXPLORER);
		layout.addShowViewShortcut(ProductIds.PLUGINS_VIEW);
		layout.addShowViewShortcut(ProductIds.ERROR_LOG_VIEW);
		layout.addNewWizardShortcut("org.policylens.study.ui.newStudyWizard"); //$NON-NLS-1$
	}
}
