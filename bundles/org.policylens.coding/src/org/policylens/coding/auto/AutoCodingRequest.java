package org.policylens.coding.auto;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policylens.codebook.model.Codebook;
import org.policylens.study.OpenStudy;

/**
 * What to auto-code.
 *
 * @param study     the study
 * @param codebook  the codebook whose codes are proposed (one of the study's)
 * @param documents the policy numbers to look at; empty for all documents
 * @param clauses   clause labels to look at (e.g. 5-2-1); empty for every clause of the documents
 * @param options   the auto-coder's options by name (see {@link #MIN_MATCHES}, {@link #LEAVES_ONLY})
 */
public record AutoCodingRequest(OpenStudy study, Codebook codebook, List<Integer> documents, Set<String> clauses,
		Map<String, String> options) {

	/** Option: the fewest keyword matches a clause needs for a proposal (default 1). */
	public static final String MIN_MATCHES = "minMatches"; //$NON-NLS-1$
	/** Option: {@code true} proposes only codable codes without children (default: every codable code). */
	public static final String LEAVES_ONLY = "leavesOnly"; //$NON-NLS-1$

	/**
	 * @param study     the study
	 * @param codebook  the codebook
	 * @param documents the documents, empty for all
	 * @param clauses   the clauses, empty for all
	 * @param options   options
	 */
	public AutoCodingRequest {
		documents = List.copyOf(documents);
		clauses = Set.copyOf(clauses);
		options = Map.copyOf(options);
	}

	/**
	 * @param name         an option
	 * @param defaultValue its value if not given
	 * @return the option as a whole number
	 * @throws IllegalArgumentException if it is not one
	 */
	public int intOption(String name, int defaultValue) {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("option " + name + " needs a whole number, not '" + value + "'", e);
		}
	}

	/**
	 * @param name an option
	 * @return whether it is {@code true}
	 */
	public boolean flag(String name) {
		return Boolean.parseBoolean(options.getOrDefault(name, "false")); //$NON-NLS-1$
	}

	/**
	 * @param document a policy number
	 * @return whether it is to be looked at
	 */
	public boolean includes(int document) {
		return documents.isEmpty() || documents.contains(document);
	}

	/**
	 * @param clause a clause label
	 * @return whether it is to be looked at
	 */
	public boolean includes(String clause) {
		return clauses.isEmpty() || clauses.contains(clause);
	}
}
