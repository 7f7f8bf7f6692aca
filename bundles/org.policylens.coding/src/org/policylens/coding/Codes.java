package org.policylens.coding;

import java.util.List;
import java.util.Optional;

import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.Codebooks;
import org.policylens.study.OpenStudy;

/**
 * A study's codebooks and their codes as coding looks them up (a codebook by id, a code by GUID in
 * any codebook); walking one codebook's tree is {@link CodeTree}'s.
 */
public final class Codes {

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
	 * @param codebook   a codebook
	 * @param pathOrGuid a code's GUID, its path ({@code Supply-based tools/Talent}) or a name only
	 *                   one code has (see {@link CodeTree#find})
	 * @return the code, or empty when there is none or the reference is ambiguous
	 */
	public static Optional<Code> find(Codebook codebook, String pathOrGuid) {
		try {
			return Optional.of(CodeTree.find(codebook, pathOrGuid));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/**
	 * @param study an open study
	 * @param guid  a code's GUID
	 * @return the code of any of its codebooks with that GUID
	 */
	public static Optional<Code> byGuid(OpenStudy study, String guid) {
		return codebooks(study).stream().map(b -> CodeTree.byGuid(b, guid)).flatMap(Optional::stream).findFirst();
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
}
