package org.policylens.codebook.ui.internal;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.policylens.codebook.CodeChange;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookCommands;
import org.policylens.codebook.model.Code;

/**
 * The editor's actions, in its toolbar and the tree's context menu: Add Code, Add Child, Delete,
 * Merge Into…, Move Up/Down, Undo/Redo (also the global Edit actions) and Save. Each acts on the
 * selected code and runs one command of the editor.
 */
public final class CodeActions {

	/** The name of a new code, numbered if a sibling has it. */
	public static final String NEW_CODE = "New code";

	private final CodebookEditor editor;
	private final Action addCode;
	private final Action addChild;
	private final Action delete;
	private final Action merge;
	private final Action moveUp;
	private final Action moveDown;
	private final Action undo;
	private final Action redo;
	private final Action save;

	CodeActions(CodebookEditor editor) {
		this.editor = editor;
		ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
		addCode = action("Add Code", icon("add-code.png"), () -> add(false));
		addCode.setToolTipText("Add a code beside the selected one (at the top of the tree if none is selected)");
		addChild = action("Add Child", shared.getImageDescriptor(ISharedImages.IMG_OBJ_ADD), () -> add(true));
		delete = action("Delete", shared.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE), this::delete);
		merge = action("Merge Into…", null, this::merge);
		moveUp = action("Move Up", shared.getImageDescriptor(ISharedImages.IMG_TOOL_UP), () -> move(-1));
		moveDown = action("Move Down", null, () -> move(1));
		undo = action("Undo", shared.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO), () -> stack().undo());
		redo = action("Redo", shared.getImageDescriptor(ISharedImages.IMG_TOOL_REDO), () -> stack().redo());
		save = action("Save", shared.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT), () -> editor.doSave(null));
		update();
	}

	private static ImageDescriptor icon(String name) {
		return ImageDescriptor.createFromURL(CodeActions.class.getResource("/icons/" + name)); //$NON-NLS-1$
	}

	private static Action action(String label, ImageDescriptor image, Runnable run) {
		Action action = new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setImageDescriptor(image);
		return action;
	}

	private CommandStack stack() {
		return editor.getDomain().getCommandStack();
	}

	/** @param manager the toolbar or context menu to fill */
	void fill(IContributionManager manager) {
		manager.add(addCode);
		manager.add(addChild);
		manager.add(delete);
		manager.add(merge);
		manager.add(new Separator());
		manager.add(moveUp);
		manager.add(moveDown);
		manager.add(new Separator());
		manager.add(undo);
		manager.add(redo);
		manager.add(save);
	}

	/** Enables the actions for the selected code and the command stack, and names undo and redo. */
	public void update() {
		Code code = editor.getSelectedCode();
		addChild.setEnabled(code != null);
		delete.setEnabled(code != null);
		merge.setEnabled(code != null);
		List<Code> siblings = code == null ? List.of() : CodeTree.childrenOf(editor.getCodebook(), code.getParent());
		moveUp.setEnabled(code != null && siblings.indexOf(code) > 0);
		moveDown.setEnabled(code != null && siblings.indexOf(code) < siblings.size() - 1);
		Command undoable = stack().getUndoCommand();
		Command redoable = stack().getRedoCommand();
		undo.setEnabled(stack().canUndo());
		undo.setText(undoable == null ? "Undo" : "Undo " + undoable.getLabel());
		redo.setEnabled(stack().canRedo());
		redo.setText(redoable == null ? "Redo" : "Redo " + redoable.getLabel());
		save.setEnabled(editor.isDirty());
	}

	/**
	 * Adds a code named {@value #NEW_CODE} (numbered if taken) and selects it, to be named in the
	 * form.
	 *
	 * @param child under the selected code; else beside it (at the top if none is selected)
	 * @return the new code, or {@code null} if it was refused
	 */
	public Code add(boolean child) {
		Code selected = editor.getSelectedCode();
		if (child && selected == null) {
			return null;
		}
		Code parent = child ? selected : selected == null ? null : selected.getParent();
		List<Code> siblings = CodeTree.childrenOf(editor.getCodebook(), parent);
		String name = NEW_CODE;
		for (int n = 2; hasName(siblings, name); n++) {
			name = NEW_CODE + " " + n; //$NON-NLS-1$
		}
		Command command = CodebookCommands.addCode(editor.edit(), parent, name, true);
		if (!editor.execute(command)) {
			return null;
		}
		Code added = command.getResult().stream().filter(CodeChange.class::isInstance).map(c -> ((CodeChange) c).code()).findFirst()
				.orElse(null);
		editor.select(added);
		return added;
	}

	private static boolean hasName(List<Code> siblings, String name) {
		return siblings.stream().anyMatch(c -> name.equals(c.getName()));
	}

	/** Deletes the selected code; one with child codes or codings is refused with a message. */
	public void delete() {
		Code code = editor.getSelectedCode();
		if (code == null) {
			return;
		}
		int codings = editor.getProviders().codings(code);
		if (codings > 0) {
			editor.showMessage("The code " + CodeTree.pathOf(code) + " has " + codings
					+ " coding(s); merge it into another code instead, so that they are kept");
			return;
		}
		Code parent = code.getParent();
		if (editor.execute(CodebookCommands.delete(editor.edit(), code, false))) {
			editor.select(parent);
		}
	}

	/** Asks for a code to merge the selected one into, and merges them. */
	public void merge() {
		Code code = editor.getSelectedCode();
		if (code == null) {
			return;
		}
		ITreeContentProvider content = editor.getProviders().content();
		ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(editor.getSite().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return editor.getProviders().names().getText(element);
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof Code c ? editor.getProviders().swatch(c) : null;
			}
		}, content);
		dialog.setTitle("Merge Into");
		dialog.setMessage("Merge " + CodeTree.pathOf(code) + " into (its keywords, examples, children and codings go there):");
		dialog.setInput(editor.getCodebook());
		dialog.setAllowMultiple(false);
		dialog.setValidator(selection -> {
			boolean valid = selection.length == 1 && selection[0] instanceof Code into && !CodeTree.contains(code, into);
			return new org.eclipse.core.runtime.Status(valid ? org.eclipse.core.runtime.IStatus.OK : org.eclipse.core.runtime.IStatus.ERROR,
					"org.policylens.codebook.ui", valid ? "" : "Choose another code, not this one nor one below it"); //$NON-NLS-1$ //$NON-NLS-2$
		});
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Code into) {
			editor.merge(code, into);
		}
	}

	/**
	 * Moves the selected code among its siblings.
	 *
	 * @param by -1 up, 1 down
	 */
	public void move(int by) {
		Code code = editor.getSelectedCode();
		if (code == null) {
			return;
		}
		List<Code> siblings = CodeTree.childrenOf(editor.getCodebook(), code.getParent());
		int index = siblings.indexOf(code) + by;
		if (index >= 0 && index < siblings.size()) {
			editor.execute(CodebookCommands.move(editor.edit(), code, code.getParent(), index));
			editor.select(code);
		}
	}

	/** @return Add Code */
	public IAction addCodeAction() {
		return addCode;
	}

	/** @return Add Child */
	public IAction addChildAction() {
		return addChild;
	}

	/** @return Delete */
	public IAction deleteAction() {
		return delete;
	}

	/** @return Move Up */
	public IAction moveUpAction() {
		return moveUp;
	}

	/** @return Move Down */
	public IAction moveDownAction() {
		return moveDown;
	}

	/** @return Undo, also the global Edit → Undo in the editor */
	public IAction undoAction() {
		return undo;
	}

	/** @return Redo, also the global Edit → Redo in the editor */
	public IAction redoAction() {
		return redo;
	}

	/** @return Save */
	public IAction saveAction() {
		return save;
	}

	/** @return Merge Into… */
	public IAction mergeAction() {
		return merge;
	}
}
