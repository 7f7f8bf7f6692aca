package org.policylens.study.ui.internal;

/** The ids of the study commands (see plugin.xml). */
public final class Commands {

	/** New study wizard. */
	public static final String NEW_STUDY = "org.policylens.study.ui.newStudy"; //$NON-NLS-1$
	/** Open a study folder. */
	public static final String OPEN_STUDY = "org.policylens.study.ui.openStudy"; //$NON-NLS-1$
	/** Open a recent study; parameter {@link #PATH_PARAMETER}. */
	public static final String OPEN_RECENT = "org.policylens.study.ui.openRecentStudy"; //$NON-NLS-1$
	/** The folder parameter of {@link #OPEN_RECENT}. */
	public static final String PATH_PARAMETER = "org.policylens.study.ui.path"; //$NON-NLS-1$
	/** Open (creating it if needed) the product's sample study; the handler comes from the product. */
	public static final String OPEN_SAMPLE_STUDY = "org.policylens.study.ui.openSampleStudy"; //$NON-NLS-1$
	/** Close the open study. */
	public static final String CLOSE_STUDY = "org.policylens.study.ui.closeStudy"; //$NON-NLS-1$
	/** Define a case attribute. */
	public static final String NEW_ATTRIBUTE = "org.policylens.study.ui.newAttribute"; //$NON-NLS-1$

	private Commands() {
	}
}
