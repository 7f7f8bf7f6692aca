package org.policylens.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The result of a word count: for every group (city, year, ... or all documents), how often each
 * term occurs, in how many documents, its share of the group's terms and its TF-IDF. With the
 * provenance needed to cite and repeat it.
 */
public final class FrequencyTable {

	/** How rows are ranked. */
	public enum Measure {
		/** occurrences */
		COUNT,
		/** documents that contain the term */
		DOCUMENTS,
		/** occurrences × ln(all documents / documents with the term in the whole corpus) */
		TFIDF
	}

	/**
	 * One term of one group.
	 *
	 * @param rank      1 for the first
	 * @param term      the term
	 * @param count     its occurrences in the group
	 * @param documents the group's documents that contain it
	 * @param share     count / all terms of the group
	 * @param tfidf     count × ln(N / df), N and df over the whole corpus
	 */
	public record Row(int rank, String term, long count, int documents, double share, double tfidf) {
	}

	/**
	 * The counts of one group.
	 *
	 * @param documents how many documents it has
	 * @param terms     how many terms (occurrences) it has
	 * @param counts    term → {occurrences, documents}
	 */
	public record Group(int documents, long terms, Map<String, long[]> counts) {
	}

	private final Map<String, Group> groups;
	private final Map<String, Integer> documentFrequency;
	private final int documents;
	private final String groupedBy;
	private final String provenance;

	/**
	 * @param groups            the counts by group name, in display order
	 * @param documentFrequency term → documents of the whole corpus that contain it
	 * @param documents         all documents
	 * @param groupedBy         the attribute grouped by, or {@code null}
	 * @param provenance        what produced it
	 */
	public FrequencyTable(Map<String, Group> groups, Map<String, Integer> documentFrequency, int documents, String groupedBy,
			String provenance) {
		this.groups = groups;
		this.documentFrequency = documentFrequency;
		this.documents = documents;
		this.groupedBy = groupedBy;
		this.provenance = provenance;
	}

	/** @return the group names in display order ("" is "all documents") */
	public List<String> groups() {
		return List.copyOf(groups.keySet());
	}

	/**
	 * @param group a group name
	 * @return its counts
	 */
	public Group group(String group) {
		return groups.get(group);
	}

	/** @return the attribute grouped by, or {@code null} */
	public String groupedBy() {
		return groupedBy;
	}

	/** @return the number of documents counted */
	public int documents() {
		return documents;
	}

	/** @return what produced the table: tokenizers, word lists, settings */
	public String provenance() {
		return provenance;
	}

	/**
	 * @param group   a group name
	 * @param n       how many rows
	 * @param measure how to rank
	 * @return the top rows (ties by term, so the order is reproducible)
	 */
	public List<Row> top(String group, int n, Measure measure) {
		Group g = groups.get(group);
		if (g == null) {
			return List.of();
		}
		List<Row> rows = new ArrayList<>(g.counts().size());
		for (Map.Entry<String, long[]> e : g.counts().entrySet()) {
			long count = e.getValue()[0];
			int docs = (int) e.getValue()[1];
			int df = documentFrequency.getOrDefault(e.getKey(), docs);
			double tfidf = count * Math.log((double) documents / Math.max(1, df));
			rows.add(new Row(0, e.getKey(), count, docs, g.terms() == 0 ? 0 : (double) count / g.terms(), tfidf));
		}
		Comparator<Row> order = switch (measure) {
		case COUNT -> Comparator.comparingLong(Row::count).reversed();
		case DOCUMENTS -> Comparator.comparingInt(Row::documents).reversed().thenComparing(Comparator.comparingLong(Row::count).reversed());
		case TFIDF -> Comparator.comparingDouble(Row::tfidf).reversed();
		};
		rows.sort(order.thenComparing(Row::term));
		List<Row> top = new ArrayList<>();
		for (int i = 0; i < Math.min(n, rows.size()); i++) {
			Row r = rows.get(i);
			top.add(new Row(i + 1, r.term(), r.count(), r.documents(), r.share(), r.tfidf()));
		}
		return top;
	}
}
