package org.policylens.coding;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.model.Coding;

/**
 * Which codings to list; {@code null} fields do not filter.
 *
 * @param document    a policy number
 * @param codebook    the codebook the codes belong to
 * @param code        a code
 * @param descendants whether the codes below {@code code} count as it
 * @param coder       a coder id
 */
public record CodingFilter(Integer document, Codebook codebook, Code code, boolean descendants, String coder) {

	/** Every coding. */
	public static final CodingFilter ALL = new CodingFilter(null, null, null, false, null);

	/**
	 * @param number a policy number
	 * @return this filter, for that document only
	 */
	public CodingFilter document(int number) {
		return new CodingFilter(number, codebook, code, descendants, coder);
	}

	/**
	 * @param book a codebook
	 * @return this filter, for codes of that codebook only
	 */
	public CodingFilter codebook(Codebook book) {
		return new CodingFilter(document, book, code, descendants, coder);
	}

	/**
	 * @param wanted     a code
	 * @param andBelow   whether its descendants count too
	 * @return this filter, for that code only
	 */
	public CodingFilter code(Code wanted, boolean andBelow) {
		return new CodingFilter(document, codebook, wanted, andBelow, coder);
	}

	/**
	 * @param id a coder id
	 * @return this filter, for that coder only
	 */
	public CodingFilter coder(String id) {
		return new CodingFilter(document, codebook, code, descendants, id);
	}

	/** @return the test a coding must pass */
	public Predicate<Coding> predicate() {
		Set<Code> codes = new HashSet<>();
		if (code != null) {
			codes.addAll(descendants ? CodeTree.subtree(code) : Set.of(code));
		}
		return c -> (document == null || c.getDocument() == document) && (coder == null || coder.equals(c.getCoder()))
				&& (code == null || codes.contains(c.getCode()))
				&& (codebook == null || c.getCode() != null && CodeTree.codebookOf(c.getCode()) == codebook);
	}
}
