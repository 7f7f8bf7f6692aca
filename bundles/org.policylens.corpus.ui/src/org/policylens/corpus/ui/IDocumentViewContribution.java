package org.policylens.corpus.ui;

/**
 * Adds something to every document editor that opens (coding stripes, highlights, ...):
 * contributed through the extension point {@code org.policylens.corpus.ui.documentViewContributions}.
 * One instance serves every editor, so keep per-editor state in what {@link #install} sets up.
 */
public interface IDocumentViewContribution {

	/**
	 * Called once an editor's controls exist.
	 *
	 * @param view the document view
	 * @return what to do when the editor closes (remove listeners, dispose resources)
	 */
	Runnable install(IDocumentView view);
}
