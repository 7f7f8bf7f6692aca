package org.policylens.coding.auto;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Proposes codings for the user to accept or reject, contributed through the extension point
 * {@code org.policylens.coding.autocoders} (the keyword dictionaries of the codes, a classifier,
 * ...). An auto-coder never writes codings itself: {@link AutoCoding#accept} does, when the user
 * says so.
 */
public interface IAutoCoder {

	/**
	 * @param request the study, the codebook, the documents or clauses to look at, and options
	 * @param monitor progress; stop with {@code OperationCanceledException} when it is canceled
	 * @return the proposals, in document and text order
	 * @throws CoreException if the documents cannot be read or the auto-coder cannot work (e.g. no
	 *                       tokenizer for a language), with a message naming the document
	 */
	List<Proposal> propose(AutoCodingRequest request, IProgressMonitor monitor) throws CoreException;
}
