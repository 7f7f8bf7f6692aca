package org.policylens.codebook;

/**
 * A codebook a study can copy, wherever it comes from: a plugin's contribution to
 * {@code org.policylens.codebook.codebooks} ({@link CodebookPlugins}), or a test stub. Consumers
 * ({@link Codebooks#copy}, the command line, the product) do not care which.
 */
public interface ICodebookSource {

	/** @return the codebook's id, e.g. {@code policy-tools}: the id of the study's copy unless the caller gives another */
	String getId();

	/** @return its name, shown to users */
	String getName();

	/** @return what it holds, in a sentence or two; may be empty */
	String getDescription();

	/**
	 * @return where it comes from, recorded as the origin of a study's copy, e.g.
	 *         {@code plugin:org.policylens.codebook.policytools/policy-tools@0.1.0}
	 */
	String getOrigin();

	/**
	 * Reads the codebook (the first call may read a file; later calls may reuse what was read).
	 *
	 * @return a new copy that belongs to no study: the caller may change it
	 * @throws CodebookException if the codebook cannot be read (the message names the file)
	 */
	org.policylens.codebook.model.Codebook load() throws CodebookException;
}
