package org.policylens.coding.ui.internal.matrix;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.policylens.coding.model.Coding;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;

/**
 * The texts of a study's documents as an editor lists codings from them: each read once, on first
 * use, from {@code documents/NNNN.txt}. Use it in the UI thread; {@link #clear()} it when the
 * study changes.
 */
public final class DocumentTexts {

	private final OpenStudy study;
	private final Map<Integer, String> texts = new HashMap<>();

	/** @param study the open study */
	public DocumentTexts(OpenStudy study) {
		this.study = study;
	}

	/**
	 * @param number a policy number
	 * @return the document, if the corpus still has it
	 */
	public Optional<Document> document(int number) {
		return Corpora.document(study, number);
	}

	/**
	 * @param number a policy number
	 * @return its text, or {@code null} when the document or its text file is missing (logged)
	 */
	public String text(int number) {
		if (!texts.containsKey(number)) {
			String text = null;
			Optional<Document> document = document(number);
			if (document.isPresent()) {
				try {
					text = Corpora.text(study, document.get());
				} catch (IOException e) {
					ILog.of(DocumentTexts.class).warn("Cannot read the text of policy " + number + ": " + e.getMessage(), e);
				}
			}
			texts.put(number, text);
		}
		return texts.get(number);
	}

	/**
	 * @param number a policy number
	 * @return the number and title, as the corpus view shows documents
	 */
	public String label(int number) {
		return document(number).map(d -> d.getNumber() + "  " + d.getTitle()).orElse(number + "  (no longer in the corpus)"); //$NON-NLS-1$
	}

	/**
	 * @param coding a coding
	 * @param length at most this many characters
	 * @return the coded text on one line
	 */
	public String excerpt(Coding coding, int length) {
		return EditorParts.excerpt(text(coding.getDocument()), coding.getStart(), coding.getEnd(), length);
	}

	/** Forgets the texts read, e.g. after the study changed. */
	public void clear() {
		texts.clear();
	}
}
