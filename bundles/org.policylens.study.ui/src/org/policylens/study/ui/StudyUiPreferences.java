package org.policylens.study.ui;

/**
 * The preferences of the study UI (instance scope, node {@value #NODE}). The product's PolicyLens
 * preference page edits them.
 */
public final class StudyUiPreferences {

	/** The preference node. */
	public static final String NODE = "org.policylens.study.ui"; //$NON-NLS-1$
	/** Who works in the product, recorded in every ledger event; empty: the login name. */
	public static final String ACTOR = "actor"; //$NON-NLS-1$
	/** The folders of recently opened studies, one per line, newest first. */
	public static final String RECENT = "recentStudies"; //$NON-NLS-1$
	/** What opens when the product starts: {@code last}, {@code sample} or {@code none}. */
	public static final String ON_START = "onStart"; //$NON-NLS-1$
	/** Where new studies go by default; empty: {@code ~/PolicyLens}. */
	public static final String STUDIES_FOLDER = "studiesFolder"; //$NON-NLS-1$

	/** How many recent studies are kept. */
	public static final int RECENT_MAX = 8;

	private StudyUiPreferences() {
	}
}
