package org.policylens.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policylens.corpus.model.AttributeValue;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Corpus;
import org.policylens.corpus.model.CorpusFactory;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.study.OpenStudy;

/**
 * The corpus of a study: its documents, their texts, metadata and clauses.
 */
public final class Corpora {

	private Corpora() {
	}

	/**
	 * @param study an open study
	 * @return its corpus, created (empty) if it has none
	 */
	public static Corpus of(OpenStudy study) {
		return study.getPart(Corpus.class, CorpusFactory.eINSTANCE::createCorpus);
	}

	/**
	 * @param study an open study
	 * @return its documents by number
	 */
	public static List<Document> documents(OpenStudy study) {
		Corpus corpus = study.findPart(Corpus.class);
		if (corpus == null) {
			return List.of();
		}
		List<Document> documents = new ArrayList<>(corpus.getDocuments());
		documents.sort(Comparator.comparingInt(Document::getNumber));
		return documents;
	}

	/**
	 * @param study  an open study
	 * @param number a policy number
	 * @return the document
	 */
	public static Optional<Document> document(OpenStudy study, int number) {
		return documents(study).stream().filter(d -> d.getNumber() == number).findFirst();
	}

	/**
	 * @param study    the study the document belongs to
	 * @param document a document
	 * @return its text (UTF-8, LF line ends), as stored in the study folder
	 * @throws IOException if the text file cannot be read
	 */
	public static String text(OpenStudy study, Document document) throws IOException {
		return Files.readString(study.getDirectory().resolve(document.getTextPath()), StandardCharsets.UTF_8);
	}

	/**
	 * @param document a document
	 * @param name     an attribute name
	 * @return its value, or {@code null}
	 */
	public static String value(Document document, String name) {
		return document.getValues().stream().filter(v -> name.equals(v.getName())).map(AttributeValue::getValue)
				.findFirst().orElse(null);
	}

	/**
	 * @param document a document
	 * @return its attribute values by name, in the order they were set
	 */
	public static Map<String, String> values(Document document) {
		Map<String, String> values = new LinkedHashMap<>();
		document.getValues().forEach(v -> values.put(v.getName(), v.getValue()));
		return values;
	}

	/**
	 * Sets an attribute value. A value the user set is kept unless {@code origin} is
	 * {@link ValueOrigin#USER} too.
	 *
	 * @param document a document
	 * @param name     an attribute name
	 * @param value    the value; {@code null} or blank removes it
	 * @param origin   where it comes from
	 * @return whether the value changed
	 */
	public static boolean setValue(Document document, String name, String value, ValueOrigin origin) {
		AttributeValue existing = document.getValues().stream().filter(v -> name.equals(v.getName())).findFirst()
				.orElse(null);
		if (existing != null && existing.getOrigin() == ValueOrigin.USER && origin != ValueOrigin.USER) {
			return false;
		}
		if (value == null || value.isBlank()) {
			return existing != null && document.getValues().remove(existing);
		}
		if (existing == null) {
			existing = CorpusFactory.eINSTANCE.createAttributeValue();
			existing.setName(name);
			document.getValues().add(existing);
		} else if (value.strip().equals(existing.getValue()) && existing.getOrigin() == origin) {
			return false;
		}
		existing.setValue(value.strip());
		existing.setOrigin(origin);
		return true;
	}

	/**
	 * @param document a document
	 * @return all its clauses, depth first in text order
	 */
	public static List<Clause> allClauses(Document document) {
		List<Clause> all = new ArrayList<>();
		document.getClauses().forEach(c -> collect(c, all));
		return all;
	}

	private static void collect(Clause clause, List<Clause> all) {
		all.add(clause);
		clause.getChildren().forEach(c -> collect(c, all));
	}

	/**
	 * @param document a document
	 * @param offset   a character offset into its text
	 * @return the innermost clause that contains the offset
	 */
	public static Optional<Clause> clauseAt(Document document, int offset) {
		Clause found = null;
		List<Clause> level = document.getClauses();
		boolean deeper = true;
		while (deeper) {
			deeper = false;
			for (Clause clause : level) {
				if (clause.getStart() <= offset && offset < clause.getEnd()) {
					found = clause;
					level = clause.getChildren();
					deeper = true;
					break;
				}
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * @param document a document
	 * @param label    a clause id, e.g. 12-3-2
	 * @return the clause
	 */
	public static Optional<Clause> clause(Document document, String label) {
		return allClauses(document).stream().filter(c -> c.getLabel().equals(label)).findFirst();
	}
}
