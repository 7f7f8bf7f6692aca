package org.policylens.text.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;
import org.policylens.text.ui.WordFrequencyInput;
import org.policylens.text.ui.internal.ConcordanceView;
import org.policylens.text.ui.internal.WordFrequencyEditor;
import org.policylens.text.ui.internal.WordListsDialog;

/** Analysis → Word Frequency, Concordance, Word Lists. */
public final class TextHandlers {

	private TextHandlers() {
	}

	static boolean studyOpen() {
		return PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getService(IStudyService.class).getCurrent() != null;
	}

	/** Opens the word-frequency editor of the open study. */
	public static final class Frequency extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			IStudyService studies = window.getService(IStudyService.class);
			try {
				window.getActivePage().openEditor(new WordFrequencyInput(studies.getCurrent().getDirectory()), WordFrequencyEditor.ID);
			} catch (PartInitException e) {
				Errors.show(window.getShell(), "Cannot open word frequency", e);
			}
			return null;
		}

		@Override
		public boolean isEnabled() {
			return studyOpen();
		}
	}

	/** Shows the concordance view. */
	public static final class Concordance extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			try {
				window.getActivePage().showView(ConcordanceView.ID);
			} catch (PartInitException e) {
				Errors.show(window.getShell(), "Cannot show the concordance", e);
			}
			return null;
		}
	}

	/** Opens the word-lists dialog. */
	public static final class Lists extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			new WordListsDialog(window.getShell(), window.getService(IStudyService.class)).open();
			return null;
		}

		@Override
		public boolean isEnabled() {
			return studyOpen();
		}
	}
}
