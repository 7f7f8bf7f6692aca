package org.policylens.codebook;

import java.util.ArrayList;
import java.util.List;

import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;

/**
 * What a codebook needs to be usable for reproducible coding and dictionary auto-coding, checked
 * code by code: a definition for every code, and for every codable code inclusion and exclusion
 * criteria and a keyword dictionary. Plugin authors call it from a test of their codebook;
 * {@code policylens codebook show --details} shows the fields.
 */
public final class CodebookChecks {

	private CodebookChecks() {
	}

	/**
	 * @param codebook a codebook
	 * @return one sentence per missing field, naming the code by its path; empty if nothing is
	 *         missing
	 */
	public static List<String> incomplete(Codebook codebook) {
		List<String> missing = new ArrayList<>();
		CodeTree.checkIdentities(codebook).ifPresent(missing::add);
		for (Code code : CodeTree.all(codebook)) {
			String path = CodeTree.pathOf(code);
			if (isBlank(code.getDefinition())) {
				missing.add(path + " has no definition");
			}
			if (!code.isCodable()) {
				continue;
			}
			if (isBlank(code.getInclusion())) {
				missing.add(path + " has no inclusion criteria");
			}
			if (isBlank(code.getExclusion())) {
				missing.add(path + " has no exclusion criteria");
			}
			if (code.getKeywords().isEmpty()) {
				missing.add(path + " has no keywords");
			}
		}
		return missing;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
