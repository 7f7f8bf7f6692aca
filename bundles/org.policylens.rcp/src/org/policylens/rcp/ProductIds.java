package org.policylens.rcp;

/** Ids of the PolicyLens product that other bundles and tests refer to. */
public final class ProductIds {

	/** The desktop application. */
	public static final String APPLICATION = "org.policylens.rcp.application"; //$NON-NLS-1$
	/** The product (branding). */
	public static final String PRODUCT = "org.policylens.rcp.product"; //$NON-NLS-1$
	/** The PolicyLens perspective. */
	public static final String PERSPECTIVE = "org.policylens.rcp.perspective"; //$NON-NLS-1$
	/** The Plugins view. */
	public static final String PLUGINS_VIEW = "org.policylens.rcp.plugins"; //$NON-NLS-1$
	/** The Error Log view of org.eclipse.ui.views.log. */
	public static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView"; //$NON-NLS-1$

	private ProductIds() {
	}
}
