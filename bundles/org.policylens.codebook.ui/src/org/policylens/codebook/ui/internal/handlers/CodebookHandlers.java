package org.policylens.codebook.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.ICodebookSource;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.ui.CodebookEditors;
import org.policylens.codebook.ui.internal.CodebookEditor;
import org.policylens.codebook.ui.internal.CodebookTasks;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;

/**
 * The Codebooks commands: Open, Add from Plugin…, New Codebook…, Import and Export REFI-QDA (.qdc)…,
 * Show Codebooks. They act on the codebooks selected in the Codebooks view (Export also on the
 * codebook of the active codebook editor).
 */
public final class CodebookHandlers {

	/** The command that opens the selected codebooks. */
	public static final String OPEN = "org.policylens.codebook.ui.open"; //$NON-NLS-1$

	private CodebookHandlers() {
	}

	static IStudyService studies() {
		return PlatformUI.getWorkbench().getService(IStudyService.class);
	}

	static boolean studyOpen() {
		return PlatformUI.isWorkbenchRunning() && studies().getCurrent() != null;
	}

	/**
	 * @param event the command's event
	 * @return the codebooks selected in the Codebooks view, else the active editor's codebook
	 */
	static List<Codebook> selected(ExecutionEvent event) {
		List<Codebook> codebooks = HandlerUtil.getCurrentStructuredSelection(event).stream().filter(Codebook.class::isInstance)
				.map(Codebook.class::cast).toList();
		if (codebooks.isEmpty() && HandlerUtil.getActiveEditor(event) instanceof CodebookEditor editor) {
			return List.of(editor.getCodebook());
		}
		return codebooks;
	}

	private abstract static class StudyHandler extends AbstractHandler {
		@Override
		public boolean isEnabled() {
			return studyOpen();
		}
	}

	/** Opens the selected codebooks in the codebook editor. */
	public static final class Open extends StudyHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			OpenStudy study = studies().getCurrent();
			for (Codebook codebook : selected(event)) {
				try {
					CodebookEditors.open(window.getActivePage(), study, codebook);
				} catch (PartInitException e) {
					Errors.show(window.getShell(), "Cannot open the codebook " + codebook.getId(), e);
				}
			}
			return null;
		}
	}

	/** Copies a codebook that a plugin contributes into the study. */
	public static final class AddFromPlugin extends StudyHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			List<ICodebookSource> available = CodebookTasks.available();
			if (available.isEmpty()) {
				MessageDialog.openInformation(shell, "Add Codebook from Plugin", "No installed plugin contributes a codebook.");
				return null;
			}
			ListDialog dialog = new ListDialog(shell);
			dialog.setTitle("Add Codebook from Plugin");
			dialog.setMessage("Codebooks that installed plugins contribute:");
			dialog.setContentProvider(ArrayContentProvider.getInstance());
			dialog.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					ICodebookSource source = (ICodebookSource) element;
					return source.getName() + " (" + source.getId() + ")" //$NON-NLS-1$ //$NON-NLS-2$
							+ (source.getDescription().isBlank() ? "" : " \u2014 " + source.getDescription()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			});
			dialog.setInput(available);
			dialog.setWidthInChars(90);
			if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
				return null;
			}
			ICodebookSource source = (ICodebookSource) dialog.getResult()[0];
			String id = null;
			if (new Codebooks(studies().getCurrent(), studies().getActor()).find(source.getId()).isPresent()) {
				InputDialog rename = new InputDialog(shell, "Add Codebook from Plugin", "The study has a codebook " + source.getId()
						+ " already. Id of the new copy:", source.getId() + "-2", null); //$NON-NLS-1$
				if (rename.open() != IDialogConstants.OK_ID) {
					return null;
				}
				id = rename.getValue();
			}
			try {
				CodebookTasks.copy(studies(), source, id);
			} catch (CodebookException | StudyException | IllegalArgumentException e) {
				Errors.show(shell, "Cannot add the codebook " + source.getId(), e);
			}
			return null;
		}
	}

	/** Adds an empty codebook to the study. */
	public static final class NewCodebook extends StudyHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			InputDialog name = new InputDialog(shell, "New Codebook", "Name of the codebook:", "", //$NON-NLS-1$
					v -> v.isBlank() ? "A codebook needs a name" : null);
			if (name.open() != IDialogConstants.OK_ID) {
				return null;
			}
			InputDialog id = new InputDialog(shell, "New Codebook", "Id (letters, digits, '.', '_' or '-'):",
					Codebooks.idFromFileName(Path.of(name.getValue().strip().replace('/', '-'))), null);
			if (id.open() != IDialogConstants.OK_ID) {
				return null;
			}
			try {
				Codebook created = CodebookTasks.create(studies(), id.getValue().strip(), name.getValue().strip(), null);
				CodebookEditors.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), studies().getCurrent(), created);
			} catch (StudyException | PartInitException | IllegalArgumentException e) {
				Errors.show(shell, "Cannot add the codebook", e);
			}
			return null;
		}
	}

	/** Imports a REFI-QDA codebook (.qdc) as a Job. */
	public static final class ImportQdc extends StudyHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText("Import REFI-QDA Codebook");
			dialog.setFilterExtensions(new String[] { "*.qdc", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
			dialog.setFilterNames(new String[] { "REFI-QDA codebooks (*.qdc)", "All files" });
			String file = dialog.open();
			if (file != null) {
				CodebookTasks.importQdc(shell, studies(), Path.of(file), null);
			}
			return null;
		}
	}

	/** Exports the selected codebook as a REFI-QDA codebook (.qdc), as a Job. */
	public static final class ExportQdc extends StudyHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			List<Codebook> codebooks = selected(event);
			if (codebooks.size() != 1) {
				MessageDialog.openInformation(shell, "Export REFI-QDA Codebook", "Select one codebook in the Codebooks view.");
				return null;
			}
			Codebook codebook = codebooks.get(0);
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setText("Export " + codebook.getName());
			dialog.setFileName(codebook.getId() + ".qdc"); //$NON-NLS-1$
			dialog.setFilterExtensions(new String[] { "*.qdc" }); //$NON-NLS-1$
			dialog.setOverwrite(true);
			String file = dialog.open();
			if (file != null) {
				CodebookTasks.exportQdc(codebook, Path.of(file));
			}
			return null;
		}
	}

	/** Shows the Codebooks view. */
	public static final class ShowCodebooks extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			try {
				window.getActivePage().showView(CodebookEditors.VIEW_ID);
			} catch (PartInitException e) {
				Errors.show(window.getShell(), "Cannot show the codebooks", e);
			}
			return null;
		}
	}

	/** Saves the active codebook editor (File → Save is not in the product's menus; Ctrl+S is). */
	public static final class Save extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			if (HandlerUtil.getActiveEditor(event) instanceof CodebookEditor editor && editor.isDirty()) {
				editor.doSave(null);
			}
			return null;
		}
	}
}
