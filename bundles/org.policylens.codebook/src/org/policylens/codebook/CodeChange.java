package org.policylens.codebook;

import org.policylens.codebook.model.Code;
import org.policylens.study.model.LedgerEvent;

/**
 * What one edit of a codebook did (add, rename, move, change a field).
 *
 * @param kind  the ledger event kind, e.g. {@code codebook.code.renamed}
 * @param code  the code added or changed
 * @param event the ledger event that records it, or {@code null} if the edit changed nothing
 *              (e.g. a rename to the same name) and so recorded nothing
 */
public record CodeChange(String kind, Code code, LedgerEvent event) {

	/** @return whether the edit changed the codebook */
	public boolean changed() {
		return event != null;
	}
}
