package org.policylens.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.Codebooks;
import org.policylens.study.OpenStudy;

/**
 * Finding codes for coding: a study's codebooks, a code by its path of names or its GUID, the
 * codes of a codebook in tree order and the descendants of a code.
 */
public final class Codes {

	/** Separates the names of a code path, e.g. {@code Supply-based tools/Talent}. */
	public static final String PATH_SEPARATOR = "/"; //$NON-NLS-1$

	private Codes() {
	}

	/**
	 * @param study an open study
	 * @return its codebooks, in order (empty when it has none)
	 */
	public static List<Codebook> codebooks(OpenStudy study) {
		Codebooks part = study.findPart(Codebooks.class);
		return part == null ? List.of() : List.copyOf(part.getCodebooks());
	}

	/**
	 * @param study an open study
	 * @param id    a codebook id, e.g. policy-tools
	 * @return the codebook
	 */
	public static Optional<Codebook> codebook(OpenStudy study, String id) {
		return codebooks(study).stream().filter(b -> id.equals(b.getId())).findFirst();
	}

	/**
	 * @param codebook a codebook
	 * @param pathOrGuid a code's GUID, or its path of names from the top ({@code Supply-based
	 *                   tools/Talent}), or a name that only one code of the codebook has
	 * @return the code
	 */
	public static Optional<Code> find(Codebook codebook, String pathOrGuid) {
		String wanted = pathOrGuid.strip();
		List<Code> all = preorder(codebook);
		Optional<Code> byGuid = all.stream().filter(c -> wanted.equalsIgnoreCase(c.getGuid())).findFirst();
		if (byGuid.isPresent()) {
			return byGuid;
		}
		Optional<Code> byPath = all.stream().filter(c -> path(c).equals(wanted)).findFirst();
		if (byPath.isPresent()) {
			return byPath;
		}
		List<Code> byName = all.stream().filter(c -> wanted.equals(c.getName())).toList();
		return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
	}

	/**
	 * @param study an open study
	 * @param guid  a code's GUID
	 * @return the code of any of its codebooks with that GUID
	 */
	public static Optional<Code> byGuid(OpenStudy study, String guid) {
		return codebooks(study).stream().flatMap(b -> preorder(b).stream()).filter(c -> guid.equals(c.getGuid())).findFirst();
	}

	/**
	 * @param codebook a codebook
	 * @return all its codes, depth first in tree order (a category before its codes)
	 */
	public static List<Code> preorder(Codebook codebook) {
		List<Code> all = new ArrayList<>();
		codebook.getCodes().forEach(c -> collect(c, all));
		return all;
	}

	/**
	 * @param code a code
	 * @return the code and all codes below it, depth first
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
	 * @param code a code
	 * @return how deep it is: 0 for a code at the top of its codebook
	 */
	public static int depth(Code code) {
		int depth = 0;
		for (Code p = code.getParent(); p != null; p = p.getParent()) {
			depth++;
		}
		return depth;
	}

	/**
	 * @param code a code
	 * @return the code at the top of its codebook above it (itself if it is at the top)
	 */
	public static Code top(Code code) {
		Code top = code;
		while (top.getParent() != null) {
			top = top.getParent();
		}
		return top;
	}

	/**
	 * @param code a code
	 * @return the names from the top of its codebook down to it, e.g. {@code Supply-based tools/Talent}
	 */
	public static String path(Code code) {
		return code.getParent() == null ? code.getName() : path(code.getParent()) + PATH_SEPARATOR + code.getName();
	}

	/**
	 * @param code a code
	 * @return the codebook that holds it, or {@code null} if it is in none
	 */
	public static Codebook codebookOf(Code code) {
		EObject container = top(code).eContainer();
		return container instanceof Codebook book ? book : null;
	}
}
