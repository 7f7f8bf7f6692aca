package org.policylens.codebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.policylens.codebook.model.Code;

/**
 * The edits of {@link CodebookEdit} as EMF commands, for an editor's command stack (an
 * {@code EditingDomain}'s, or a plain {@code BasicCommandStack}). Each command runs the plain
 * operation while an EMF {@link ChangeRecorder} watches the study's codebooks and ledger; undo
 * reverses everything the operation changed (the codebook and the ledger event it appended), redo
 * applies it again. {@link Command#getResult()} holds what the operation returned
 * ({@link CodeChange}, {@link MergeResult} or {@link Deletion}).
 * <p>
 * The ledger is append-only once saved: undoing an edit whose event was saved makes the next
 * save fail. An editor therefore starts a new undo history when it saves (e.g.
 * {@code BasicCommandStack.flush()}), or records a new edit that reverses the old one.
 * <p>
 * A command whose operation refuses the edit ({@link IllegalArgumentException}) changes nothing:
 * whatever it changed before refusing is rolled back, and the exception reaches the stack.
 */
public final class CodebookCommands {

	private CodebookCommands() {
	}

	/**
	 * @param edit        the edits of a codebook
	 * @param label       the command's label, e.g. {@code Rename code}
	 * @param operation   the edit, e.g. {@code () -> edit.rename(code, "Talent")}
	 * @param alsoWatched other parts of the study the operation changes besides the codebooks and
	 *                    the ledger, e.g. the codings when a merge moves the merged code's codings
	 *                    along; undo and redo cover them too
	 * @return the command
	 */
	public static Command of(CodebookEdit edit, String label, Supplier<?> operation, Notifier... alsoWatched) {
		List<Notifier> watched = new ArrayList<>(List.of(Codebooks.partOf(edit.getCodebooks().getStudy()),
				edit.getCodebooks().getStudy().getStudy().getLedger()));
		watched.addAll(List.of(alsoWatched));
		return new RecordingCommand(label, watched, operation);
	}

	/**
	 * @param edit    the edits of a codebook
	 * @param parent  the parent, or {@code null} for the top
	 * @param name    the name
	 * @param codable whether it can be applied to text
	 * @return a command that adds a code
	 */
	public static Command addCode(CodebookEdit edit, Code parent, String name, boolean codable) {
		return of(edit, "Add code", () -> edit.addCode(parent, name, codable));
	}

	/**
	 * @param edit the edits of a codebook
	 * @param code a code
	 * @param name the new name
	 * @return a command that renames it
	 */
	public static Command rename(CodebookEdit edit, Code code, String name) {
		return of(edit, "Rename code", () -> edit.rename(code, name));
	}

	/**
	 * @param edit      the edits of a codebook
	 * @param code      a code
	 * @param newParent the new parent, or {@code null} for the top
	 * @param index     the new position, or -1 for the end
	 * @return a command that moves it
	 */
	public static Command move(CodebookEdit edit, Code code, Code newParent, int index) {
		return of(edit, "Move code", () -> edit.move(code, newParent, index));
	}

	/**
	 * @param edit the edits of a codebook
	 * @param from the code to merge
	 * @param into the code that remains
	 * @return a command that merges them
	 */
	public static Command merge(CodebookEdit edit, Code from, Code into) {
		return of(edit, "Merge codes", () -> edit.merge(from, into));
	}

	/**
	 * @param edit         the edits of a codebook
	 * @param code         a code
	 * @param withChildren whether its children go too
	 * @return a command that deletes it
	 */
	public static Command delete(CodebookEdit edit, Code code, boolean withChildren) {
		return of(edit, "Delete code", () -> edit.delete(code, withChildren));
	}

	/**
	 * @param edit  the edits of a codebook
	 * @param code  a code
	 * @param field the field
	 * @param value its new value (see {@link CodebookEdit#set})
	 * @return a command that sets it
	 */
	public static Command set(CodebookEdit edit, Code code, CodeField field, Object value) {
		return of(edit, "Set " + field.key(), () -> edit.set(code, field, value));
	}

	/** Runs an operation under a change recorder; undo and redo replay the recorded change. */
	private static final class RecordingCommand extends AbstractCommand {
		private final Collection<Notifier> watched;
		private final Supplier<?> operation;
		private ChangeDescription change;
		private Object result;

		RecordingCommand(String label, Collection<Notifier> watched, Supplier<?> operation) {
			super(label);
			this.watched = watched;
			this.operation = operation;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			ChangeRecorder recorder = new ChangeRecorder(watched);
			try {
				result = operation.get();
				change = recorder.endRecording();
			} catch (RuntimeException e) {
				recorder.endRecording().apply();
				throw e;
			} finally {
				recorder.dispose();
			}
		}

		@Override
		public void undo() {
			change.applyAndReverse();
		}

		@Override
		public void redo() {
			change.applyAndReverse();
		}

		@Override
		public Collection<?> getResult() {
			return result == null ? List.of() : List.of(result);
		}
	}
}
