package org.policylens.corpus;

import java.nio.file.Path;
import java.util.List;

import org.policylens.corpus.model.Document;

/**
 * What an import did: the documents it added and the files it could not (or need not) add, each
 * with its reason.
 *
 * @param imported the new documents, in the order of the files
 * @param problems the files that were not imported
 */
public record ImportReport(List<Document> imported, List<Problem> problems) {

	/**
	 * A file that was not imported.
	 *
	 * @param file      the file
	 * @param reason    why, in words
	 * @param duplicate whether it was skipped because the same file is in the corpus already
	 */
	public record Problem(Path file, String reason, boolean duplicate) {
		@Override
		public String toString() {
			return file + ": " + reason; //$NON-NLS-1$
		}
	}

	/** @return the problems that are failures (not duplicates) */
	public List<Problem> failures() {
		return problems.stream().filter(p -> !p.duplicate()).toList();
	}
}
