package org.policylens.coding.ui.internal.matrix;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;

/** Opens an analysis editor on the open study (one editor per study); enabled when a study is open. */
public abstract class OpenEditorHandler extends AbstractHandler {

	private final Function<Path, IEditorInput> input;
	private final String editorId;

	/**
	 * @param input    the editor input of a study folder
	 * @param editorId the editor id
	 */
	protected OpenEditorHandler(Function<Path, IEditorInput> input, String editorId) {
		this.input = input;
		this.editorId = editorId;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IStudyService studies = window.getService(IStudyService.class);
		if (studies.getCurrent() == null) {
			return null;
		}
		try {
			window.getActivePage().openEditor(input.apply(studies.getCurrent().getDirectory()), editorId);
		} catch (PartInitException e) {
			Errors.show(window.getShell(), "Cannot open the editor", e);
		}
		return null;
	}

	@Override
	public boolean isEnabled() {
		return EditorParts.studyOpen();
	}
}
