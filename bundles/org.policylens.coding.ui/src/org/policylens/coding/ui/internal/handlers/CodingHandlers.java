package org.policylens.coding.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.codebook.CodeTree;
import org.policylens.coding.Codes;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coding;
import org.policylens.coding.ui.internal.CodingUi;
import org.policylens.coding.ui.internal.auto.AutoCodeDialog;
import org.policylens.coding.ui.internal.codes.CodesView;
import org.policylens.coding.ui.internal.document.CodePicker;
import org.policylens.coding.ui.internal.document.CodeSelection;
import org.policylens.corpus.ui.IDocumentView;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;

/** Coding → Code Selection, Uncode, Memo, Auto-Code, Codes view. */
public final class CodingHandlers {

	private CodingHandlers() {
	}

	static IDocumentView activeDocument(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor instanceof IDocumentView view ? view : null;
	}

	static boolean documentActive() {
		if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null
				|| PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage() == null) {
			return false;
		}
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor() instanceof IDocumentView;
	}

	/** Codes the selected text (or the clause at the caret) with a code picked from the keyboard. */
	public static final class Code extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IDocumentView view = activeDocument(event);
			if (view == null) {
				return null;
			}
			Shell shell = HandlerUtil.getActiveShell(event);
			int[] range = view.getSelectedRange().orElse(null);
			if (range == null) {
				MessageDialog.openInformation(shell, "Code Selection", "Select some text, or put the caret in a clause.");
				return null;
			}
			if (Codes.codebooks(view.getStudy()).isEmpty()) {
				MessageDialog.openInformation(shell, "Code Selection",
						"The study has no codebook yet. Add one from a plugin or import a .qdc file (Coding \u2192 Codebooks).");
				return null;
			}
			CodePicker picker = new CodePicker(shell, Codes.codebooks(view.getStudy()), view.getText().substring(range[0], range[1]).strip());
			if (picker.open() == Window.OK) {
				CodeSelection.code(view, picker.getCode(), range, picker.getMemo());
			}
			return null;
		}

		@Override
		public boolean isEnabled() {
			return documentActive();
		}
	}

	/** Removes codings of the selected text (or the clause at the caret), after asking which. */
	public static final class Uncode extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IDocumentView view = activeDocument(event);
			if (view == null) {
				return null;
			}
			Shell shell = HandlerUtil.getActiveShell(event);
			List<Coding> codings = view.getSelectedRange().map(r -> CodeSelection.overlapping(view, r)).orElse(List.of());
			if (codings.isEmpty()) {
				MessageDialog.openInformation(shell, "Uncode", "No coding shown here.");
				return null;
			}
			ListSelectionDialog dialog = ListSelectionDialog.of(codings).contentProvider(ArrayContentProvider.getInstance())
					.labelProvider(new LabelProvider() {
						@Override
						public String getText(Object element) {
							Coding c = (Coding) element;
							return CodeTree.pathOf(c.getCode()) + "  \u2014 " + c.getClause() + ", " + c.getCoder(); //$NON-NLS-1$ //$NON-NLS-2$
						}
					}).message("Remove these codings:").title("Uncode").create(shell);
			dialog.setInitialElementSelections(codings.size() == 1 ? codings : List.of());
			if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
				CodeSelection.uncode(view, java.util.Arrays.stream(dialog.getResult()).map(Coding.class::cast).toList());
			}
			return null;
		}

		@Override
		public boolean isEnabled() {
			return documentActive();
		}
	}

	/** Writes the memo of the coding at the caret. */
	public static final class Memo extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IDocumentView view = activeDocument(event);
			if (view == null) {
				return null;
			}
			Shell shell = HandlerUtil.getActiveShell(event);
			int caret = view.getTextWidget().getCaretOffset();
			List<Coding> here = CodeSelection.overlapping(view, new int[] { caret, caret + 1 });
			if (here.isEmpty()) {
				MessageDialog.openInformation(shell, "Coding Memo", "No coding shown at the caret.");
				return null;
			}
			Coding coding = here.get(here.size() - 1);
			InputDialog dialog = new InputDialog(shell, "Coding Memo", "Memo of " + CodeTree.pathOf(coding.getCode()) + " on clause "
					+ coding.getClause() + ":", coding.getMemo() == null ? "" : coding.getMemo(), null); //$NON-NLS-1$
			if (dialog.open() == IDialogConstants.OK_ID) {
				IStudyService studies = PlatformUI.getWorkbench().getService(IStudyService.class);
				if (StudyCodings.of(view.getStudy()).setMemo(coding, dialog.getValue(), studies.getActor())) {
					CodingUi.save(studies, shell);
				}
			}
			return null;
		}

		@Override
		public boolean isEnabled() {
			return documentActive();
		}
	}

	/** Runs an auto-coder over the study's documents and shows its proposals to accept or reject. */
	public static final class AutoCode extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			IStudyService studies = window.getService(IStudyService.class);
			if (Codes.codebooks(studies.getCurrent()).isEmpty()) {
				MessageDialog.openInformation(window.getShell(), "Auto-Code", "The study has no codebook yet.");
				return null;
			}
			IDocumentView view = activeDocument(event);
			new AutoCodeDialog(window.getShell(), studies, view == null ? null : view.getDocument().getNumber()).open();
			return null;
		}

		@Override
		public boolean isEnabled() {
			return PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getService(IStudyService.class).getCurrent() != null;
		}
	}

	/** Shows the Codes view. */
	public static final class ShowCodes extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			try {
				window.getActivePage().showView(CodesView.ID);
			} catch (PartInitException e) {
				Errors.show(window.getShell(), "Cannot show the codes", e);
			}
			return null;
		}
	}
}
