package org.policylens.codebook.ui;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.policylens.codebook.model.Codebook;
import org.policylens.study.OpenStudy;

/** Opens a study's codebooks in the codebook editor, e.g. from the Codebooks view. */
public final class CodebookEditors {

	/** The editor id. */
	public static final String ID = "org.policylens.codebook.ui.editor"; //$NON-NLS-1$
	/** The id of the Codebooks view. */
	public static final String VIEW_ID = "org.policylens.codebook.ui.codebooks"; //$NON-NLS-1$

	private CodebookEditors() {
	}

	/**
	 * @param page     the workbench page
	 * @param study    the open study
	 * @param codebook one of its codebooks
	 * @return the editor (the one already open on it, if any)
	 * @throws PartInitException if the editor cannot be opened
	 */
	public static IEditorPart open(IWorkbenchPage page, OpenStudy study, Codebook codebook) throws PartInitException {
		return page.openEditor(new CodebookEditorInput(study.getDirectory(), codebook.getId(), codebook.getName()), ID);
	}
}
