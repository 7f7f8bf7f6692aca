package org.policylens.codebook.edit.internal;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookCommands;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;

/**
 * Dragging codes in a codebook's tree moves them: dropped on a code they become its last
 * children, dropped on the codebook they go to the top of the tree, dropped before or after a
 * code they go there. Every move is a {@link CodebookCommands#move}; copies and links are not
 * offered. A drop that would put a code under itself is not allowed.
 */
final class CodeDropCommand extends DragAndDropCommand {

	CodeDropCommand(EditingDomain domain, Object owner, float location, int operations, int operation, Collection<?> collection) {
		super(domain, owner, location, operations, operation, collection);
	}

	@Override
	protected boolean prepareDropMoveOn() {
		return moveAll(owner instanceof Code || owner instanceof Codebook ? owner : null, -1);
	}

	@Override
	protected boolean prepareDropMoveInsert(Object parent, Collection<?> children, int index) {
		if (collection.contains(owner) || children.containsAll(collection)) {
			// among siblings: the generated MoveCommands, which LedgerRouting makes CodebookCommands
			return super.prepareDropMoveInsert(parent, children, index);
		}
		return moveAll(parent, index);
	}

	private boolean moveAll(Object parent, int index) {
		dragCommand = IdentityCommand.INSTANCE;
		Code newParent = LedgerRouting.parentOf(parent);
		if (parent == null || collection.stream().anyMatch(c -> !(c instanceof Code code) || CodeTree.contains(code, newParent))) {
			dropCommand = UnexecutableCommand.INSTANCE;
			return false;
		}
		AtomicInteger position = new AtomicInteger(index);
		dropCommand = LedgerRouting.each(domain, collection,
				(edit, code) -> CodebookCommands.move(edit, code, newParent, index < 0 ? -1 : position.getAndIncrement()));
		return dropCommand.canExecute();
	}

	@Override
	protected boolean prepareDropCopyInsert(Object parent, Collection<?> children, int index) {
		return refuse();
	}

	@Override
	protected boolean prepareDropLinkInsert(Object parent, Collection<?> children, int index) {
		return refuse();
	}

	@Override
	protected boolean prepareDropCopyOn() {
		return refuse();
	}

	@Override
	protected boolean prepareDropLinkOn() {
		return refuse();
	}

	private boolean refuse() {
		dragCommand = IdentityCommand.INSTANCE;
		dropCommand = UnexecutableCommand.INSTANCE;
		return false;
	}
}
