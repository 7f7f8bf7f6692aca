package org.policylens.codebook.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookCommands;
import org.policylens.codebook.CodebookEdit;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.edit.CodebookEditingDomain;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.ui.CodebookEditorInput;
import org.policylens.coding.CodingException;
import org.policylens.coding.CodingFilter;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.Codings;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.StudyEditorPart;

/**
 * The codebook editor: the tree of codes on the left (with colour swatches and the number of
 * codings; drag codes to move them), the form of the selected code on the right. Every edit is a
 * command of a {@link CodebookEditingDomain}, so it is recorded in the study's ledger and Undo and
 * Redo take back both the edit and its event. The editor is dirty while the command stack has
 * unsaved commands; Save writes the study with each edited codebook one version up and starts a new
 * undo history. Closing it without saving takes the edits back.
 */
public final class CodebookEditor extends StudyEditorPart implements IStudyListener {

	/** The id of the tree's context menu, for contributions. */
	public static final String CONTEXT_MENU = "org.policylens.codebook.ui.editor.tree"; //$NON-NLS-1$

	private IStudyService studies;
	private OpenStudy study;
	private Codebook codebook;
	private CodebookEditingDomain domain;
	private CodeTreeProviders providers;
	private TreeViewer tree;
	private CodeForm form;
	private CodeActions actions;
	private Label message;
	private final CommandStackListener stackListener = event -> changed();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CodebookEditorInput codebookInput)) {
			throw new PartInitException("Not a codebook: " + input.getName());
		}
		setSite(site);
		setInput(input);
		studies = site.getService(IStudyService.class);
		study = studies.getCurrent();
		if (study == null || !study.getDirectory().equals(codebookInput.study())) {
			throw new PartInitException("The study of the codebook " + codebookInput.codebook() + " is not open");
		}
		Codebooks codebooks = new Codebooks(study, studies.getActor());
		codebook = codebooks.find(codebookInput.codebook())
				.orElseThrow(() -> new PartInitException("The study has no codebook " + codebookInput.codebook()));
		domain = new CodebookEditingDomain(codebooks);
		providers = new CodeTreeProviders(domain.getItemProviders());
		setPartName(codebook.getName());
		setTitleToolTip(codebook.getId() + " \u2014 version " + codebook.getVersion()); //$NON-NLS-1$
		studies.addStudyListener(this);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);
		ToolBarManager toolbar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(toolbar.createControl(root));
		message = new Label(root, SWT.WRAP);
		message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(message);
		SashForm sash = new SashForm(root, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

		tree = new TreeViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		tree.getTree().setHeaderVisible(true);
		TreeViewerColumn name = new TreeViewerColumn(tree, SWT.LEFT);
		name.getColumn().setText("Code");
		name.getColumn().setWidth(300);
		name.setLabelProvider(providers.names());
		TreeViewerColumn count = new TreeViewerColumn(tree, SWT.RIGHT);
		count.getColumn().setText("Codings");
		count.getColumn().setWidth(70);
		count.setLabelProvider(providers.counts());
		ColumnViewerToolTipSupport.enableFor(tree);
		tree.setContentProvider(providers.content());
		countCodings();
		tree.setInput(codebook);
		tree.expandToLevel(2);

		form = new CodeForm(sash, this);
		sash.setWeights(45, 55);
		actions = new CodeActions(this);
		actions.fill(toolbar);
		toolbar.update(true);
		MenuManager menu = new MenuManager("#PopupMenu", CONTEXT_MENU); //$NON-NLS-1$
		actions.fill(menu);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
		getSite().registerContextMenu(CONTEXT_MENU, menu, tree);
		getSite().setSelectionProvider(tree);
		tree.addSelectionChangedListener(e -> {
			if (form.getCode() != getSelectedCode()) {
				form.commit();
				form.show(getSelectedCode());
			}
			actions.update();
		});
		dragAndDrop();
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), actions.undoAction());
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), actions.redoAction());
		getEditorSite().getActionBars().updateActionBars();
		domain.getCommandStack().addCommandStackListener(stackListener);
	}

	private void dragAndDrop() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		tree.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(tree.getStructuredSelection());
				event.doit = !tree.getStructuredSelection().isEmpty();
			}
		});
		tree.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(tree) {
			@Override
			public boolean performDrop(Object data) {
				return CodebookEditor.this.drop(dragged(), getCurrentTarget(), location(getCurrentLocation()));
			}

			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				List<?> codes = dragged();
				if (codes.isEmpty()) {
					return false;
				}
				Command command = dropCommand(codes, target, location(getCurrentLocation()));
				boolean valid = command.canExecute();
				command.dispose();
				return valid;
			}

			private List<?> dragged() {
				return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s ? s.toList() : List.of();
			}
		});
	}

	private static float location(int viewerLocation) {
		return switch (viewerLocation) {
		case ViewerDropAdapter.LOCATION_BEFORE -> 0.1f;
		case ViewerDropAdapter.LOCATION_AFTER -> 0.9f;
		default -> 0.5f;
		};
	}

	private Command dropCommand(List<?> codes, Object target, float location) {
		return DragAndDropCommand.create(domain, target == null ? codebook : target, location, DragAndDropFeedback.DROP_MOVE,
				DragAndDropFeedback.DROP_MOVE, codes);
	}

	/**
	 * Moves codes as dropping them in the tree does.
	 *
	 * @param codes    the codes dragged
	 * @param target   the code or codebook they are dropped on, or {@code null} for the codebook
	 * @param location where on the target: below 0.2 before it, above 0.8 after it, else into it
	 * @return whether they moved (else the message says why)
	 */
	public boolean drop(List<?> codes, Object target, float location) {
		boolean moved = execute(dropCommand(codes, target, location));
		if (moved && codes.size() == 1 && codes.get(0) instanceof Code code) {
			select(code);
		}
		return moved;
	}

	/**
	 * Executes a command on the editor's stack; a refused one changes nothing and its reason is
	 * shown above the tree.
	 *
	 * @param command a command of {@link CodebookCommands} or of the item providers
	 * @return whether it was executed
	 */
	public boolean execute(Command command) {
		try {
			domain.execute(command);
			showMessage(null);
			return true;
		} catch (IllegalArgumentException e) {
			showMessage(e.getMessage());
			return false;
		}
	}

	/**
	 * Merges a code into another, with its codings: both the codebook's merge and the recoding of
	 * its codings are one command, recorded and undone together.
	 *
	 * @param from the code to merge
	 * @param into the code that remains
	 * @return whether it was merged
	 */
	public boolean merge(Code from, Code into) {
		Codings codings = study.findPart(Codings.class);
		int count = providers.codings(from);
		if (count > 0 && !into.isCodable()) {
			showMessage("'" + CodeTree.pathOf(into) + "' is a category and cannot take the " + count + " coding(s) of "
					+ CodeTree.pathOf(from));
			return false;
		}
		String guid = from.getGuid();
		CodebookEdit edit = edit();
		Command command = CodebookCommands.of(edit, "Merge codes", () -> {
			Object merged = edit.merge(from, into);
			if (codings != null) {
				try {
					StudyCodings.of(study).recode(guid, into, studies.getActor());
				} catch (CodingException e) {
					throw new IllegalArgumentException(e.getMessage(), e);
				}
			}
			return merged;
		}, codings == null ? new Notifier[0] : new Notifier[] { codings });
		if (execute(command)) {
			select(into);
			return true;
		}
		return false;
	}

	private void changed() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		countCodings();
		tree.refresh();
		Code selected = getSelectedCode();
		if (selected != null && CodeTree.codebookOf(selected) != codebook) {
			tree.setSelection(StructuredSelection.EMPTY);
		}
		form.show(getSelectedCode());
		actions.update();
		setTitleToolTip(codebook.getId() + " \u2014 version " + codebook.getVersion()); //$NON-NLS-1$
		firePropertyChange(PROP_DIRTY);
	}

	private void countCodings() {
		Map<Code, Integer> counts = new HashMap<>();
		for (Coding coding : StudyCodings.of(study).find(CodingFilter.ALL.codebook(codebook))) {
			counts.merge(coding.getCode(), 1, Integer::sum);
		}
		providers.setCodings(counts);
	}

	/** @param text a message for the user above the tree, or {@code null} to hide it */
	public void showMessage(String text) {
		if (message == null || message.isDisposed()) {
			return;
		}
		boolean shown = text != null && !text.isBlank();
		message.setText(shown ? text : ""); //$NON-NLS-1$
		((org.eclipse.swt.layout.GridData) message.getLayoutData()).exclude = !shown;
		message.setVisible(shown);
		message.getParent().layout(true, true);
	}

	/** @return the message shown above the tree, or {@code ""} */
	public String getMessage() {
		return message.isVisible() ? message.getText() : ""; //$NON-NLS-1$
	}

	/** @return the code selected in the tree, or {@code null} */
	public Code getSelectedCode() {
		return tree == null ? null : tree.getStructuredSelection().getFirstElement() instanceof Code code ? code : null;
	}

	/** @param code the code to select and show, or {@code null} for none */
	public void select(Code code) {
		tree.setSelection(code == null ? StructuredSelection.EMPTY : new StructuredSelection(code), true);
	}

	/** @return the edits of the codebook, on the editor's stack */
	public CodebookEdit edit() {
		return domain.edit(codebook);
	}

	/** @return the codebook edited */
	public Codebook getCodebook() {
		return codebook;
	}

	/** @return the editing domain, with the command stack */
	public CodebookEditingDomain getDomain() {
		return domain;
	}

	/** @return the tree of codes */
	public TreeViewer getTree() {
		return tree;
	}

	/** @return the form of the selected code */
	public CodeForm getForm() {
		return form;
	}

	/** @return the actions of the toolbar and context menu */
	public CodeActions getActions() {
		return actions;
	}

	/** @return the tree's content and label providers */
	public CodeTreeProviders getProviders() {
		return providers;
	}

	@Override
	public boolean isDirty() {
		return domain != null && domain.isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		form.commit();
		try {
			domain.save(s -> studies.saveChanges());
		} catch (StudyException e) {
			Errors.show(getSite().getShell(), "Cannot save the codebook " + codebook.getId(), e);
		}
		changed();
	}

	@Override
	public void studyOpened(OpenStudy opened) {
		if (opened != study) {
			getSite().getPage().closeEditor(this, false);
		}
	}

	@Override
	public void studyChanged(OpenStudy changed) {
		if (changed == study && codebook.eContainer() == null) {
			getSite().getPage().closeEditor(this, false);
		} else if (changed == study) {
			changed();
		}
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		studies.removeStudyListener(this);
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
			BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
			// closed without saving: the edits and their ledger events are taken back
			while (stack.isSaveNeeded() && stack.canUndo()) {
				stack.undo();
			}
			domain.dispose();
		}
		if (form != null) {
			form.dispose();
		}
		if (providers != null) {
			providers.dispose();
		}
		super.dispose();
	}
}
