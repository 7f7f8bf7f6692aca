package org.policylens.corpus.ui;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.internal.DocumentEditor;
import org.policylens.study.OpenStudy;

/** Opens documents in the document editor, e.g. from a keyword-in-context line. */
public final class DocumentEditors {

	/** The editor id. */
	public static final String ID = "org.policylens.corpus.ui.document"; //$NON-NLS-1$

	private DocumentEditors() {
	}

	/**
	 * @param page     the workbench page
	 * @param study    the open study
	 * @param document the document
	 * @param offset   a character offset to show and select, or -1
	 * @param length   how many characters to select
	 * @throws PartInitException if the editor cannot be opened
	 */
	public static void open(IWorkbenchPage page, OpenStudy study, Document document, int offset, int length)
			throws PartInitException {
		DocumentEditor editor = (DocumentEditor) page.openEditor(
				new DocumentEditorInput(study.getDirectory(), document.getNumber(), document.getTitle()), ID);
		if (offset >= 0) {
			editor.reveal(offset, length);
		}
	}
}
