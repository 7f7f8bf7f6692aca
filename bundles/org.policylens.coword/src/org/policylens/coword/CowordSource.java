package org.policylens.coword;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Where co-occurrence comes from: the units and their terms. {@link KeywordFieldSource} reads the
 * keyword fields of bibliographic export files, {@link CorpusTokenSource} the tokens of a study's
 * documents within a window; tests and other areas may supply their own.
 */
public interface CowordSource {

	/**
	 * Reads every unit, in a stable order (the same input gives the same units in the same order).
	 *
	 * @param sink    receives the units, numbered from 0
	 * @param monitor progress; the read stops with an {@link org.eclipse.core.runtime.OperationCanceledException}
	 *                when it is canceled
	 * @throws CowordException if the input cannot be read; the message names the file and line or record
	 */
	void read(UnitSink sink, IProgressMonitor monitor) throws CowordException;

	/**
	 * @return what was read, for people and for the ledger, e.g. "corpus of 5 documents, window clause,
	 *         tokens: hanlp ..." or "savedrecs.txt (Web of Science tab-delimited), fields DE;ID"
	 */
	String describe();

	/** @return the kind of unit, e.g. "record", "document", "clause", "sentence", "10 tokens" */
	String unitKind();
}
