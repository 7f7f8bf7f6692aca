package org.policylens.codebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;

/**
 * Finding and walking the codes of a codebook.
 * <p>
 * A code is found by its guid or by its <em>path</em>, the names from the top of the tree down
 * joined with {@code /}, e.g. {@code Supply-based tools/Talent}. A path segment matches a code
 * whose name is the segment, or whose bilingual name starts or ends with it: {@code Talent} and
 * {@code 人才培养} both match {@code Talent 人才培养}. An exact name wins over a partial one; two
 * partial matches are ambiguous. A single name that is not a top-level code finds the one code
 * of that name anywhere in the tree.
 */
public final class CodeTree {

	/** Separates the names of a path. */
	public static final String SEPARATOR = "/"; //$NON-NLS-1$

	private CodeTree() {
	}

	/**
	 * @param codebook a codebook
	 * @return all its codes, depth first in tree order (a parent before its children)
	 */
	public static List<Code> all(Codebook codebook) {
		List<Code> all = new ArrayList<>();
		codebook.getCodes().forEach(c -> collect(c, all));
		return all;
	}

	/**
	 * @param code a code
	 * @return the code and all codes under it, depth first
	 */
	public static List<Code> subtree(Code code) {
		List<Code> all = new ArrayList<>();
		collect(code, all);
		return all;
	}

	private static void collect(Code code, List<Code> all) {
		all.add(code);
		code.getChildren().forEach(c -> collect(c, all));
	}

	/**
	 * @param codebook a codebook
	 * @param guid     a code's guid
	 * @return the code with that guid
	 */
	public static Optional<Code> byGuid(Codebook codebook, String guid) {
		return all(codebook).stream().filter(c -> guid.equals(c.getGuid())).findFirst();
	}

	/**
	 * @param codebook a codebook
	 * @param path     names joined with {@code /}, e.g. {@code Supply-based tools/Talent}
	 * @return the code at that path, or empty if there is none
	 * @throws IllegalArgumentException if a segment matches several codes
	 */
	public static Optional<Code> byPath(Codebook codebook, String path) {
		List<Code> level = codebook.getCodes();
		Code found = null;
		for (String segment : path.split(SEPARATOR)) {
			String name = segment.strip();
			if (name.isEmpty()) {
				continue;
			}
			found = match(level, name, path);
			if (found == null) {
				return Optional.empty();
			}
			level = found.getChildren();
		}
		return Optional.ofNullable(found);
	}

	private static Code match(List<Code> level, String name, String path) {
		for (Code code : level) {
			if (name.equals(code.getName())) {
				return code;
			}
		}
		List<Code> partial = level.stream().filter(c -> c.getName() != null
				&& (c.getName().startsWith(name + " ") || c.getName().endsWith(" " + name))).toList(); //$NON-NLS-1$ //$NON-NLS-2$
		if (partial.size() > 1) {
			throw new IllegalArgumentException("'" + name + "' in the path '" + path + "' matches several codes: "
					+ partial.stream().map(Code::getName).collect(Collectors.joining(", "))); //$NON-NLS-1$
		}
		return partial.isEmpty() ? null : partial.get(0);
	}

	/**
	 * @param codebook  a codebook
	 * @param reference a code's guid, its path, or the name of the only code so named
	 * @return the code
	 * @throws IllegalArgumentException if there is no such code (the message lists the top-level
	 *                                  codes), or the path is ambiguous
	 */
	public static Code find(Codebook codebook, String reference) {
		Optional<Code> code = byGuid(codebook, reference.strip());
		if (code.isEmpty()) {
			code = byPath(codebook, reference);
		}
		if (code.isEmpty() && !reference.contains(SEPARATOR)) {
			code = byName(codebook, reference.strip());
		}
		return code.orElseThrow(() -> new IllegalArgumentException("the codebook " + codebook.getId() + " has no code '"
				+ reference + "' (give a guid or a path such as '" + examplePath(codebook) + "')"));
	}

	/**
	 * @param codebook a codebook
	 * @param name     a code's name, or either part of a bilingual name
	 * @return the one code anywhere in the tree with that name
	 * @throws IllegalArgumentException if several codes have it (the message gives their paths)
	 */
	public static Optional<Code> byName(Codebook codebook, String name) {
		List<Code> exact = all(codebook).stream().filter(c -> name.equals(c.getName())).toList();
		List<Code> found = exact.isEmpty() ? all(codebook).stream().filter(c -> c.getName() != null
				&& (c.getName().startsWith(name + " ") || c.getName().endsWith(" " + name))).toList() : exact; //$NON-NLS-1$ //$NON-NLS-2$
		if (found.size() > 1) {
			throw new IllegalArgumentException("several codes are named '" + name + "': "
					+ found.stream().map(CodeTree::pathOf).collect(Collectors.joining(", ")) + "; give the path"); //$NON-NLS-1$
		}
		return found.stream().findFirst();
	}

	private static String examplePath(Codebook codebook) {
		return all(codebook).stream().filter(c -> c.getParent() != null).findFirst().map(CodeTree::pathOf)
				.orElse("Category/Code"); //$NON-NLS-1$
	}

	/**
	 * @param code a code
	 * @return its path: the names from the top of the tree down to it, joined with {@code /}
	 */
	public static String pathOf(Code code) {
		List<String> names = new ArrayList<>();
		for (Code c = code; c != null; c = c.getParent()) {
			names.add(0, c.getName());
		}
		return String.join(SEPARATOR, names);
	}

	/**
	 * @param code a code
	 * @return its depth: 0 for a code at the top of the tree
	 */
	public static int depth(Code code) {
		int depth = 0;
		for (Code c = code.getParent(); c != null; c = c.getParent()) {
			depth++;
		}
		return depth;
	}

	/**
	 * @param code a code in a codebook
	 * @return the codebook that holds it, or {@code null} if it is in none
	 */
	public static Codebook codebookOf(Code code) {
		EObject container = code;
		while (container != null && !(container instanceof Codebook)) {
			container = container.eContainer();
		}
		return (Codebook) container;
	}

	/**
	 * @param codebook the codebook
	 * @param parent   a code of it, or {@code null} for the top of the tree
	 * @return the list that holds the parent's children (the codebook's codes for {@code null})
	 */
	public static EList<Code> childrenOf(Codebook codebook, Code parent) {
		return parent == null ? codebook.getCodes() : parent.getChildren();
	}

	/**
	 * @param ancestor a code
	 * @param code     another code
	 * @return whether {@code code} is {@code ancestor} or lies under it
	 */
	public static boolean contains(Code ancestor, Code code) {
		for (Code c = code; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param codebook a codebook
	 * @return a problem with its codes (a code without a name or guid, a guid used twice), or
	 *         empty if there is none
	 */
	public static Optional<String> checkIdentities(Codebook codebook) {
		Map<String, Code> byGuid = new HashMap<>();
		for (Code code : all(codebook)) {
			if (code.getName() == null || code.getName().isBlank()) {
				return Optional.of("a code under '" + (code.getParent() == null ? "the top" : pathOf(code.getParent()))
						+ "' has no name");
			}
			if (code.getGuid() == null || code.getGuid().isBlank()) {
				return Optional.of("the code '" + pathOf(code) + "' has no guid");
			}
			Code other = byGuid.put(code.getGuid(), code);
			if (other != null) {
				return Optional.of("the guid " + code.getGuid() + " is used by two codes, '" + pathOf(other) + "' and '"
						+ pathOf(code) + "'");
			}
		}
		return Optional.empty();
	}
}
