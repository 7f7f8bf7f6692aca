package org.policylens.codebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.policylens.codebook.internal.PendingVersion;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookFactory;
import org.policylens.study.model.LedgerEvent;

/**
 * The edits of one codebook of a study, each a small operation that changes the model, records a
 * ledger event and returns what it changed. The codebook's version goes up with the next
 * {@link Codebooks#save}; every event names that version.
 * <p>
 * A bad edit (an empty name, a name a sibling has, a move into the code's own subtree, ...)
 * throws {@link IllegalArgumentException} with a message for the user and changes nothing. An
 * editor puts these operations on its command stack with {@link CodebookCommands}.
 */
public final class CodebookEdit {

	private final Codebooks codebooks;
	private final Codebook codebook;

	CodebookEdit(Codebooks codebooks, Codebook codebook) {
		this.codebooks = codebooks;
		this.codebook = codebook;
	}

	/** @return the codebook edited */
	public Codebook getCodebook() {
		return codebook;
	}

	/** @return the codebooks of the study this edit belongs to */
	public Codebooks getCodebooks() {
		return codebooks;
	}

	/**
	 * Adds a code at the end of its parent's children ({@code codebook.code.added}).
	 *
	 * @param parent  the parent, or {@code null} for the top of the tree
	 * @param name    its name (no {@code /}; no sibling may have it)
	 * @param codable whether it can be applied to text ({@code false} for a category)
	 * @return the change, with the new code (a new random guid)
	 */
	public CodeChange addCode(Code parent, String name, boolean codable) {
		checkMine(parent);
		String newName = checkName(name, CodeTree.childrenOf(codebook, parent), null);
		Code code = CodebookFactory.eINSTANCE.createCode();
		code.setGuid(UUID.randomUUID().toString());
		code.setName(newName);
		code.setCodable(codable);
		CodeTree.childrenOf(codebook, parent).add(code);
		Map<String, String> parameters = parameters(code);
		parameters.put("parent", parent == null ? "" : parent.getGuid()); //$NON-NLS-1$ //$NON-NLS-2$
		parameters.put("codable", Boolean.toString(codable)); //$NON-NLS-1$
		return new CodeChange(Codebooks.CODE_ADDED, code,
				record(Codebooks.CODE_ADDED, "Added the code " + CodeTree.pathOf(code) + " to " + codebook.getId(), parameters));
	}

	/**
	 * Renames a code ({@code codebook.code.renamed}).
	 *
	 * @param code a code of this codebook
	 * @param name the new name (no {@code /}; no sibling may have it)
	 * @return the change (unchanged if the name is the same)
	 */
	public CodeChange rename(Code code, String name) {
		checkMine(code);
		String oldPath = CodeTree.pathOf(code);
		String newName = checkName(name, CodeTree.childrenOf(codebook, code.getParent()), code);
		if (newName.equals(code.getName())) {
			return new CodeChange(Codebooks.CODE_RENAMED, code, null);
		}
		String oldName = code.getName();
		code.setName(newName);
		Map<String, String> parameters = parameters(code);
		parameters.put("from", oldName); //$NON-NLS-1$
		parameters.put("to", newName); //$NON-NLS-1$
		return new CodeChange(Codebooks.CODE_RENAMED, code,
				record(Codebooks.CODE_RENAMED, "Renamed the code " + oldPath + " of " + codebook.getId() + " to " + newName, parameters));
	}

	/**
	 * Moves a code to another parent, or to another position among its siblings
	 * ({@code codebook.code.moved}). Its children go with it.
	 *
	 * @param code      a code of this codebook
	 * @param newParent the new parent, or {@code null} for the top of the tree; not the code
	 *                  itself nor one of its descendants
	 * @param index     the position among the new siblings (0 first), or -1 for the end
	 * @return the change (unchanged if the code is there already)
	 */
	public CodeChange move(Code code, Code newParent, int index) {
		checkMine(code);
		checkMine(newParent);
		if (newParent != null && CodeTree.contains(code, newParent)) {
			throw new IllegalArgumentException("cannot move " + CodeTree.pathOf(code) + " under itself ("
					+ CodeTree.pathOf(newParent) + ")");
		}
		EList<Code> target = CodeTree.childrenOf(codebook, newParent);
		String from = CodeTree.pathOf(code);
		Code oldParent = code.getParent();
		int position;
		if (oldParent == newParent) {
			position = index < 0 || index >= target.size() ? target.size() - 1 : index;
			if (target.indexOf(code) == position) {
				return new CodeChange(Codebooks.CODE_MOVED, code, null);
			}
			target.move(position, code);
		} else {
			checkName(code.getName(), target, null);
			position = index < 0 || index > target.size() ? target.size() : index;
			target.add(position, code);
		}
		Map<String, String> parameters = parameters(code);
		parameters.put("from", from); //$NON-NLS-1$
		parameters.put("parent", newParent == null ? "" : newParent.getGuid()); //$NON-NLS-1$ //$NON-NLS-2$
		parameters.put("index", Integer.toString(position)); //$NON-NLS-1$
		return new CodeChange(Codebooks.CODE_MOVED, code, record(Codebooks.CODE_MOVED, "Moved the code " + from + " of "
				+ codebook.getId() + " to " + CodeTree.pathOf(code) + " (position " + (position + 1) + ")", parameters));
	}

	/**
	 * Merges a code into another ({@code codebook.code.merged}): {@code into} gains the keywords
	 * and examples of {@code from} (without repeats), and its definition and criteria where it has
	 * none; the children of {@code from} move under {@code into}; {@code from} is removed. The
	 * result names the guid pair, so that codings of {@code from} can follow.
	 *
	 * @param from the code to merge and remove
	 * @param into the code that remains; not {@code from} nor one of its descendants
	 * @return what was merged into what
	 */
	public MergeResult merge(Code from, Code into) {
		checkMine(from);
		checkMine(into);
		Objects.requireNonNull(from, "from"); //$NON-NLS-1$
		Objects.requireNonNull(into, "into"); //$NON-NLS-1$
		if (CodeTree.contains(from, into)) {
			throw new IllegalArgumentException("cannot merge " + CodeTree.pathOf(from) + " into "
					+ (from == into ? "itself" : "its own descendant " + CodeTree.pathOf(into)));
		}
		for (Code child : from.getChildren()) {
			if (into.getChildren().stream().anyMatch(c -> c.getName().equals(child.getName()))) {
				throw new IllegalArgumentException("cannot merge " + CodeTree.pathOf(from) + " into " + CodeTree.pathOf(into)
						+ ": both have a child named '" + child.getName() + "'; merge or rename those first");
			}
		}
		String fromPath = CodeTree.pathOf(from);
		List<String> newKeywords = addAll(into.getKeywords(), from.getKeywords());
		List<String> newExamples = addAll(into.getExamples(), from.getExamples());
		if (into.getDefinition() == null) {
			into.setDefinition(from.getDefinition());
		}
		if (into.getInclusion() == null) {
			into.setInclusion(from.getInclusion());
		}
		if (into.getExclusion() == null) {
			into.setExclusion(from.getExclusion());
		}
		into.getChildren().addAll(new ArrayList<>(from.getChildren()));
		CodeTree.childrenOf(codebook, from.getParent()).remove(from);
		Map<String, String> parameters = parameters(into);
		parameters.put("from", from.getGuid()); //$NON-NLS-1$
		parameters.put("fromPath", fromPath); //$NON-NLS-1$
		parameters.put("keywords", String.join("; ", newKeywords)); //$NON-NLS-1$ //$NON-NLS-2$
		parameters.put("examples", Integer.toString(newExamples.size())); //$NON-NLS-1$
		LedgerEvent event = record(Codebooks.CODE_MERGED, "Merged the code " + fromPath + " of " + codebook.getId() + " into "
				+ CodeTree.pathOf(into), parameters);
		return new MergeResult(into, List.of(new MergeResult.MergedCode(from.getGuid(), into.getGuid())), event);
	}

	/**
	 * Deletes a code ({@code codebook.code.deleted}).
	 *
	 * @param code         a code of this codebook
	 * @param withChildren whether its children may go too; without it a code with children is
	 *                     refused
	 * @return the guids of the deleted codes
	 */
	public Deletion delete(Code code, boolean withChildren) {
		checkMine(code);
		Objects.requireNonNull(code, "code"); //$NON-NLS-1$
		if (!code.getChildren().isEmpty() && !withChildren) {
			throw new IllegalArgumentException("the code " + CodeTree.pathOf(code) + " has " + code.getChildren().size()
					+ " child code(s); move or delete them first, or delete them with it");
		}
		List<String> guids = CodeTree.subtree(code).stream().map(Code::getGuid).toList();
		String path = CodeTree.pathOf(code);
		Map<String, String> parameters = parameters(code);
		parameters.put("deleted", Integer.toString(guids.size())); //$NON-NLS-1$
		parameters.put("guids", String.join(",", guids)); //$NON-NLS-1$ //$NON-NLS-2$
		CodeTree.childrenOf(codebook, code.getParent()).remove(code);
		LedgerEvent event = record(Codebooks.CODE_DELETED, "Deleted the code " + path + " of " + codebook.getId()
				+ (guids.size() > 1 ? " and its " + (guids.size() - 1) + " descendant(s)" : ""), parameters); //$NON-NLS-1$
		return new Deletion(guids, event);
	}

	/**
	 * Sets a colour, definition, criterion, the examples or the keywords of a code
	 * ({@code codebook.code.changed}). The value is normalised by {@link CodeField#normalise}.
	 *
	 * @param code  a code of this codebook
	 * @param field what to set
	 * @param value the new value: a string, a boolean for {@link CodeField#CODABLE}, a list of
	 *              strings for {@link CodeField#EXAMPLES} and {@link CodeField#KEYWORDS};
	 *              {@code null} or blank clears a text
	 * @return the change (unchanged if the value is the same)
	 */
	public CodeChange set(Code code, CodeField field, Object value) {
		checkMine(code);
		Objects.requireNonNull(code, "code"); //$NON-NLS-1$
		Object normalised = field.normalise(value);
		Object current = code.eGet(field.feature());
		if (Objects.equals(normalised, field.isList() ? new ArrayList<>((List<?>) current) : current)) {
			return new CodeChange(Codebooks.CODE_CHANGED, code, null);
		}
		code.eSet(field.feature(), normalised);
		Map<String, String> parameters = parameters(code);
		parameters.put("field", field.key()); //$NON-NLS-1$
		parameters.put("value", normalised instanceof List<?> list //$NON-NLS-1$
				? list.stream().map(Object::toString).collect(Collectors.joining("; ")) //$NON-NLS-1$
				: normalised == null ? "" : normalised.toString()); //$NON-NLS-1$
		return new CodeChange(Codebooks.CODE_CHANGED, code, record(Codebooks.CODE_CHANGED,
				"Changed the " + field.key() + " of the code " + CodeTree.pathOf(code) + " of " + codebook.getId(), parameters));
	}

	/**
	 * @param code   a code of this codebook
	 * @param colour {@code #RRGGBB}, or {@code null} for the default colour
	 * @return the change
	 */
	public CodeChange setColour(Code code, String colour) {
		return set(code, CodeField.COLOUR, colour);
	}

	/**
	 * @param code       a code of this codebook
	 * @param definition what it means
	 * @return the change
	 */
	public CodeChange setDefinition(Code code, String definition) {
		return set(code, CodeField.DEFINITION, definition);
	}

	/**
	 * @param code      a code of this codebook
	 * @param inclusion when to apply it
	 * @return the change
	 */
	public CodeChange setInclusion(Code code, String inclusion) {
		return set(code, CodeField.INCLUSION, inclusion);
	}

	/**
	 * @param code      a code of this codebook
	 * @param exclusion when not to apply it
	 * @return the change
	 */
	public CodeChange setExclusion(Code code, String exclusion) {
		return set(code, CodeField.EXCLUSION, exclusion);
	}

	/**
	 * @param code     a code of this codebook
	 * @param examples example passages, one line each
	 * @return the change
	 */
	public CodeChange setExamples(Code code, List<String> examples) {
		return set(code, CodeField.EXAMPLES, examples);
	}

	/**
	 * @param code     a code of this codebook
	 * @param keywords the keyword dictionary
	 * @return the change
	 */
	public CodeChange setKeywords(Code code, List<String> keywords) {
		return set(code, CodeField.KEYWORDS, keywords);
	}

	private LedgerEvent record(String kind, String summary, Map<String, String> parameters) {
		PendingVersion.mark(codebook);
		return codebooks.record(kind, summary + " (version " + (codebook.getVersion() + 1) + ")", parameters); //$NON-NLS-1$
	}

	private Map<String, String> parameters(Code code) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("codebook", codebook.getId()); //$NON-NLS-1$
		parameters.put("version", Integer.toString(codebook.getVersion() + 1)); //$NON-NLS-1$
		parameters.put("guid", code.getGuid()); //$NON-NLS-1$
		parameters.put("path", CodeTree.pathOf(code)); //$NON-NLS-1$
		return parameters;
	}

	private void checkMine(Code code) {
		if (code != null && CodeTree.codebookOf(code) != codebook) {
			throw new IllegalArgumentException("the code " + CodeTree.pathOf(code) + " is not in the codebook " + codebook.getId());
		}
	}

	private static String checkName(String name, List<Code> siblings, Code self) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a code needs a name");
		}
		String stripped = name.strip();
		if (stripped.contains(CodeTree.SEPARATOR)) {
			throw new IllegalArgumentException("a code name cannot hold '/' (it separates the names of a path): '" + stripped + "'");
		}
		for (Code sibling : siblings) {
			if (sibling != self && stripped.equals(sibling.getName())) {
				throw new IllegalArgumentException("there is a code named '" + stripped + "' at " + CodeTree.pathOf(sibling)
						+ " already");
			}
		}
		return stripped;
	}

	private static List<String> addAll(EList<String> into, List<String> from) {
		LinkedHashSet<String> present = new LinkedHashSet<>(into);
		List<String> added = new ArrayList<>();
		for (String item : from) {
			if (present.add(item)) {
				added.add(item);
			}
		}
		into.addAll(added);
		return added;
	}
}
