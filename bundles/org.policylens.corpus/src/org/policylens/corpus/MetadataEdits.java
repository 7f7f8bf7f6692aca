package org.policylens.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policylens.corpus.model.Document;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.study.OpenStudy;

/**
 * A user's corrections of a document's metadata, from the metadata editor or {@code policylens
 * corpus set}: the values are marked as the user's (no later extraction or table overwrites them)
 * and the change is recorded in the ledger. The caller saves the study.
 */
public final class MetadataEdits {

	private MetadataEdits() {
	}

	/**
	 * @param study    the open study
	 * @param document the document
	 * @param changes  attribute name → new value (blank removes it); {@code title} changes the title
	 * @param actor    who corrects
	 * @return whether anything changed
	 */
	public static boolean apply(OpenStudy study, Document document, Map<String, String> changes, String actor) {
		Map<String, String> done = new LinkedHashMap<>();
		for (Map.Entry<String, String> change : changes.entrySet()) {
			String value = change.getValue() == null ? "" : change.getValue().strip(); //$NON-NLS-1$
			if (change.getKey().equals("title")) { //$NON-NLS-1$
				if (!value.isEmpty() && !value.equals(document.getTitle())) {
					done.put("title", value); //$NON-NLS-1$
					document.setTitle(value);
				}
			} else if (Corpora.setValue(document, change.getKey(), value, ValueOrigin.USER)) {
				done.put(change.getKey(), value);
			}
		}
		if (done.isEmpty()) {
			return false;
		}
		CorpusImporter.defineAttributes(study, List.of(document));
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("policy", Integer.toString(document.getNumber())); //$NON-NLS-1$
		parameters.putAll(done);
		study.record(actor, "corpus.metadata.edited", "Corrected the metadata of policy " + document.getNumber() + ": " //$NON-NLS-1$
				+ String.join(", ", done.keySet()), parameters); //$NON-NLS-1$
		return true;
	}
}
