package org.policylens.codebook.edit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.policylens.codebook.CodeField;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookCommands;
import org.policylens.codebook.CodebookEdit;
import org.policylens.codebook.edit.CodebookEditingDomain;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookPackage;

/**
 * Turns the generic commands that item providers are asked for (set, remove, delete, move, drag
 * and drop; add and create child are refused) into {@link CodebookCommands}, so that every edit
 * of a codebook made through an editing domain goes through {@link CodebookEdit}: checked,
 * recorded in the ledger, undoable. Outside a {@link CodebookEditingDomain} they are refused.
 */
public final class LedgerRouting {

	private static final String ADD = "codes are added with Add Code, which gives them a name and a guid";

	private LedgerRouting() {
	}

	/**
	 * @param domain       the editing domain
	 * @param commandClass the kind of command asked for
	 * @param parameter    its parameters
	 * @return the command, or {@code null} for kinds that change nothing (copy, ...), which the
	 *         generated item provider makes
	 */
	public static Command command(EditingDomain domain, Class<? extends Command> commandClass, CommandParameter parameter) {
		if (commandClass == SetCommand.class) {
			return parameter.getIndex() == CommandParameter.NO_INDEX
					? set(domain, parameter.getOwner(), parameter.getEStructuralFeature(), parameter.getValue())
					: refuse("a keyword or example is changed by setting the whole list");
		}
		if (commandClass == RemoveCommand.class || commandClass == DeleteCommand.class) {
			return each(domain, parameter.getCollection(), (edit, code) -> CodebookCommands.delete(edit, code, false));
		}
		if (commandClass == MoveCommand.class) {
			return parameter.getValue() instanceof Code code
					? on(domain, code, edit -> CodebookCommands.move(edit, code, parentOf(parameter.getOwner()), parameter.getIndex()))
					: refuse("only codes move");
		}
		if (commandClass == DragAndDropCommand.class && parameter.getFeature() instanceof DragAndDropCommand.Detail detail) {
			return new CodeDropCommand(domain, parameter.getOwner(), detail.location, detail.operations, detail.operation,
					parameter.getCollection());
		}
		if (commandClass == AddCommand.class || commandClass == CreateChildCommand.class || commandClass == ReplaceCommand.class) {
			return refuse(ADD);
		}
		return null;
	}

	/**
	 * @param reason why, in words for the user
	 * @return a command that cannot execute and says why
	 */
	public static Command refuse(String reason) {
		return new RefusedCommand(reason);
	}

	/**
	 * @param owner a code, or the codebook for the top of its tree
	 * @return the parent that {@link CodebookEdit} takes: the code, or {@code null} for the top
	 */
	static Code parentOf(Object owner) {
		return owner instanceof Code code ? code : null;
	}

	/**
	 * @param domain the editing domain
	 * @param code   a code
	 * @param make   makes the command from the code's codebook edit
	 * @return the command, or a refusal if the domain does not edit the code's codebook
	 */
	static Command on(EditingDomain domain, Object code, Function<CodebookEdit, Command> make) {
		if (!(domain instanceof CodebookEditingDomain codebooks)) {
			return refuse("codebooks are edited in a CodebookEditingDomain, which records every edit in the study's ledger");
		}
		Codebook codebook = code instanceof Code c ? CodeTree.codebookOf(c) : code instanceof Codebook b ? b : null;
		if (codebook == null) {
			return refuse("not a code of a codebook: " + code);
		}
		try {
			return make.apply(codebooks.edit(codebook));
		} catch (IllegalArgumentException e) {
			return refuse(e.getMessage());
		}
	}

	/** An edit of one code. */
	interface CodeOperation {
		Command make(CodebookEdit edit, Code code);
	}

	/**
	 * @return one command per code, in one compound (a refusal if any is not a code)
	 */
	static Command each(EditingDomain domain, Collection<?> codes, CodeOperation operation) {
		if (codes == null || codes.isEmpty()) {
			return refuse("nothing to change");
		}
		List<Command> commands = new ArrayList<>();
		for (Object object : codes) {
			if (!(object instanceof Code code)) {
				return refuse("only codes can be changed here, not " + object);
			}
			commands.add(on(domain, code, edit -> operation.make(edit, code)));
		}
		if (commands.size() == 1) {
			return commands.get(0);
		}
		CompoundCommand compound = new CompoundCommand(commands.get(0).getLabel());
		commands.forEach(compound::append);
		return compound;
	}

	private static Command set(EditingDomain domain, Object owner, EStructuralFeature feature, Object value) {
		if (!(owner instanceof Code code)) {
			return refuse("a codebook's own fields are set when it is created, copied or imported");
		}
		if (feature == CodebookPackage.Literals.CODE__NAME) {
			return on(domain, code, edit -> CodebookCommands.rename(edit, code, value instanceof String s ? s : null));
		}
		for (CodeField field : CodeField.values()) {
			if (field.feature() == feature) {
				return on(domain, code, edit -> CodebookCommands.set(edit, code, field, value == SetCommand.UNSET_VALUE ? unset(field) : value));
			}
		}
		return refuse("a code's " + (feature == null ? "?" : feature.getName()) + " cannot be set");
	}

	private static Object unset(CodeField field) {
		return field == CodeField.CODABLE ? Boolean.TRUE : field.isList() ? List.of() : null;
	}
}
