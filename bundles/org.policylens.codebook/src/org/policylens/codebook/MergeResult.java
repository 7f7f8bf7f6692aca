package org.policylens.codebook;

import java.util.List;

import org.policylens.codebook.model.Code;
import org.policylens.study.model.LedgerEvent;

/**
 * What merging a code into another did. Codings of the merged code should follow it: the coding
 * area moves every coding of {@link MergedCode#from()} to {@link MergedCode#into()}.
 *
 * @param into   the code that remains, with the keywords and examples of the merged one
 * @param merged the guid pairs: which code went into which (one pair for a merge of one code;
 *               the merged code's children keep their guids and move under {@code into})
 * @param event  the ledger event ({@code codebook.code.merged})
 */
public record MergeResult(Code into, List<MergedCode> merged, LedgerEvent event) {

	/**
	 * @param from the guid of the code that was merged and removed
	 * @param into the guid of the code it went into
	 */
	public record MergedCode(String from, String into) {
	}
}
