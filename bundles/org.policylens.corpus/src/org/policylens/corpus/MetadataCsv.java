package org.policylens.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;

/**
 * Applies a metadata table (CSV, UTF-8, first row = column names) to the documents of a study. One
 * column says which document a row is about — {@code policy} (the policy number), {@code file}
 * (the imported file's name), {@code sha256} or {@code title} — and every other column is a case
 * attribute ({@code title} sets the title when it is not the key). Empty cells change nothing.
 * Values the user set by hand are kept unless the table's origin is the user.
 */
public final class MetadataCsv {

	/** The columns that can identify a document, in the order they are preferred. */
	public static final List<String> KEYS = List.of("policy", "file", "sha256", "title"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * What a metadata table did.
	 *
	 * @param documents how many documents got a new value
	 * @param values    how many values were set
	 * @param unmatched the rows that matched no document, as "line N: ..."
	 */
	public record Report(int documents, int values, List<String> unmatched) {
	}

	private final StudyStore store;

	/** @param store saves the study */
	public MetadataCsv(StudyStore store) {
		this.store = store;
	}

	/**
	 * @param study  the open study
	 * @param csv    the table
	 * @param origin where the values come from ({@link ValueOrigin#CSV} for a user's table,
	 *               {@link ValueOrigin#CORPUS} for a contributed corpus)
	 * @param actor  who applies it
	 * @return what changed
	 * @throws IOException    if the table cannot be read or has no key column (the message names the
	 *                        file and line)
	 * @throws StudyException if the study cannot be saved (nothing is changed then)
	 */
	public Report apply(OpenStudy study, Path csv, ValueOrigin origin, String actor) throws IOException, StudyException {
		List<Document> documents = Corpora.documents(study);
		ChangeRecorder recorder = new ChangeRecorder(study.getResource());
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
						.setIgnoreEmptyLines(true).get().parse(reader)) {
			List<String> columns = parser.getHeaderNames().stream().map(c -> c.replace("\uFEFF", "").strip()).toList(); //$NON-NLS-1$ //$NON-NLS-2$
			String key = KEYS.stream().filter(k -> columns.stream().anyMatch(c -> c.equalsIgnoreCase(k))).findFirst()
					.orElseThrow(() -> new IOException(csv + ", line 1: the first row must name a column that identifies "
							+ "the document: " + String.join(", ", KEYS)));
			int documentsChanged = 0;
			int values = 0;
			List<String> unmatched = new ArrayList<>();
			List<Document> changed = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < columns.size() && i < record.size(); i++) {
					row.put(columns.get(i).toLowerCase(Locale.ROOT).equals(key) ? key : columns.get(i), record.get(i));
				}
				Optional<Document> document = find(documents, key, row.get(key));
				if (document.isEmpty()) {
					unmatched.add("line " + record.getParser().getCurrentLineNumber() + ": no document with " + key + " '"
							+ row.get(key) + "'");
					continue;
				}
				int before = values;
				for (Map.Entry<String, String> cell : row.entrySet()) {
					if (cell.getKey().equals(key) || cell.getValue() == null || cell.getValue().isBlank()) {
						continue;
					}
					if (cell.getKey().equalsIgnoreCase("title")) { //$NON-NLS-1$
						if (!cell.getValue().strip().equals(document.get().getTitle())) {
							document.get().setTitle(cell.getValue().strip());
							values++;
						}
					} else if (Corpora.setValue(document.get(), cell.getKey(), cell.getValue(), origin)) {
						values++;
					}
				}
				if (values > before) {
					documentsChanged++;
					changed.add(document.get());
				}
			}
			if (values > 0) {
				CorpusImporter.defineAttributes(study, changed);
				study.record(actor, "corpus.metadata", "Applied the metadata table " + csv.getFileName() + " to " //$NON-NLS-1$
						+ documentsChanged + " document(s)", Map.of("file", csv.getFileName().toString(), //$NON-NLS-1$
								"key", key, "values", Integer.toString(values), "unmatched", Integer.toString(unmatched.size()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				store.save(study);
			}
			recorder.dispose();
			return new Report(documentsChanged, values, unmatched);
		} catch (IOException | StudyException | RuntimeException e) {
			recorder.endRecording().apply();
			recorder.dispose();
			if (e instanceof UncheckedIOException u) {
				throw new IOException(csv + ": " + u.getCause().getMessage(), u.getCause());
			}
			if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
				throw new IOException(csv + ": not a valid CSV table (" + e.getMessage() + ")", e);
			}
			throw e;
		}
	}

	private static Optional<Document> find(List<Document> documents, String key, String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String v = value.strip();
		return documents.stream().filter(d -> switch (key) {
		case "policy" -> Integer.toString(d.getNumber()).equals(v); //$NON-NLS-1$
		case "file" -> v.equals(d.getSourceName()); //$NON-NLS-1$
		case "sha256" -> v.equalsIgnoreCase(d.getSha256()); //$NON-NLS-1$
		default -> v.equals(d.getTitle());
		}).findFirst();
	}
}
