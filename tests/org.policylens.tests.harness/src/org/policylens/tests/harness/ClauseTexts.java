package org.policylens.tests.harness;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;

/**
 * The clauses of a study's documents with their own text (a clause's text up to its first
 * sub-clause), for tests that look for words in clauses, e.g. a codebook's keyword dictionary.
 *
 * @param policy the document's number
 * @param label  the clause id, e.g. 5-8-3
 * @param text   the clause's own text
 */
public record ClauseTexts(int policy, String label, String text) {

	/**
	 * @param study a study with documents
	 * @return every clause of every document, in document and text order
	 * @throws IOException if a document's text cannot be read
	 */
	public static List<ClauseTexts> of(OpenStudy study) throws IOException {
		List<ClauseTexts> all = new ArrayList<>();
		for (Document document : Corpora.documents(study)) {
			String text = Corpora.text(study, document);
			for (Clause clause : Corpora.allClauses(document)) {
				int end = clause.getChildren().isEmpty() ? clause.getEnd() : clause.getChildren().get(0).getStart();
				all.add(new ClauseTexts(document.getNumber(), clause.getLabel(), text.substring(clause.getStart(), end)));
			}
		}
		return all;
	}
}
