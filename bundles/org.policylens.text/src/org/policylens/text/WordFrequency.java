package org.policylens.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.model.AttributeType;

/**
 * Counts terms per document and per group (any case attribute: city, year, issuer, ...): raw
 * count, documents, share and TF-IDF, for words or n-grams. Documents are read and counted one at
 * a time on several threads, so memory holds the counts, not the corpus.
 */
public final class WordFrequency {

	/** The group of documents that have no value for the attribute grouped by. */
	public static final String NO_VALUE = "(none)"; //$NON-NLS-1$

	private WordFrequency() {
	}

	/**
	 * The policy texts of a study's documents, grouped by an attribute.
	 *
	 * @param study   an open study
	 * @param groupBy an attribute name, or {@code null} for one group of all documents
	 * @return the units in policy-number order
	 */
	public static List<TextUnit> units(OpenStudy study, String groupBy) {
		List<TextUnit> units = new ArrayList<>();
		for (Document document : Corpora.documents(study)) {
			String group = ""; //$NON-NLS-1$
			if (groupBy != null) {
				String value = Corpora.value(document, groupBy);
				group = value == null || value.isBlank() ? NO_VALUE : value;
			}
			units.add(new TextUnit(document.getNumber(), group, document.getLanguage(), spans(document),
					() -> Corpora.text(study, document)));
		}
		return units;
	}

	/**
	 * @param document a document
	 * @return the ranges of its clause lines (each clause's own line, without its children), in text order
	 */
	public static int[][] spans(Document document) {
		return Corpora.allClauses(document).stream().map(c -> new int[] { c.getStart(), c.getHeadingEnd() })
				.toArray(int[][]::new);
	}

	/**
	 * Counts a study's documents.
	 *
	 * @param study    an open study
	 * @param analysis the pipeline
	 * @param groupBy  an attribute name, or {@code null}
	 * @param threads  how many threads
	 * @param monitor  progress and cancellation
	 * @return the table, groups in the order of the attribute's categories (else sorted)
	 * @throws IOException if a document's text cannot be read
	 */
	public static FrequencyTable count(OpenStudy study, TextAnalysis analysis, String groupBy, int threads,
			IProgressMonitor monitor) throws IOException {
		List<String> order = new ArrayList<>();
		AttributeDefinition attribute = groupBy == null ? null : study.getAttribute(groupBy);
		if (attribute != null && attribute.getType() == AttributeType.CATEGORY) {
			order.addAll(attribute.getValues());
		}
		return count(units(study, groupBy), analysis.extractor(), groupBy, analysis.provenance(), order, threads, monitor);
	}

	/**
	 * Counts units of text.
	 *
	 * @param units      the texts
	 * @param extractor  the pipeline
	 * @param groupedBy  the attribute the units are grouped by, or {@code null}
	 * @param provenance what produced the counts
	 * @param groupOrder groups listed first, in this order; the others follow sorted
	 * @param threads    how many threads (1 or more)
	 * @param monitor    progress and cancellation
	 * @return the table
	 * @throws IOException                if a text cannot be read
	 * @throws OperationCanceledException if canceled
	 */
	public static FrequencyTable count(List<TextUnit> units, TermExtractor extractor, String groupedBy, String provenance,
			List<String> groupOrder, int threads, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Counting words in " + units.size() + " document(s)", units.size());
		int ngram = Math.max(1, extractor.settings().ngram());
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicBoolean canceled = new AtomicBoolean();
		// the calling thread counts too: threads - 1 helpers (none for one thread)
		int helpers = Math.max(1, threads) - 1;
		ExecutorService pool = helpers == 0 ? null : Executors.newFixedThreadPool(helpers, r -> {
			Thread t = new Thread(r, "policylens-word-frequency"); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
		List<Future<Partial>> futures = new ArrayList<>();
		for (int t = 0; t < helpers; t++) {
			futures.add(pool.submit(() -> {
				Partial partial = new Partial();
				int i;
				while (!canceled.get() && (i = next.getAndIncrement()) < units.size()) {
					partial.count(units.get(i), extractor, ngram);
					done.incrementAndGet();
				}
				return partial;
			}));
		}
		try {
			Partial total = new Partial();
			int reported = 0;
			int i;
			while (!canceled.get() && (i = next.getAndIncrement()) < units.size()) {
				total.count(units.get(i), extractor, ngram);
				int now = done.incrementAndGet();
				progress.worked(now - reported);
				reported = now;
				if (progress.isCanceled()) {
					canceled.set(true);
				}
			}
			for (Future<Partial> future : futures) {
				total.merge(future.get());
			}
			progress.worked(done.get() - reported);
			if (canceled.get() || progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			return total.table(groupedBy, provenance, groupOrder, units.size());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			canceled.set(true);
			throw new OperationCanceledException();
		} catch (java.util.concurrent.ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof java.io.UncheckedIOException uio) {
				throw uio.getCause();
			}
			throw new IllegalStateException(e.getCause());
		} catch (java.io.UncheckedIOException e) {
			canceled.set(true);
			throw e.getCause();
		} finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
	}

	/** The counts of one thread. */
	private static final class Partial {
		final Map<String, Map<String, long[]>> groups = new HashMap<>();
		final Map<String, int[]> groupSizes = new HashMap<>(); // group -> {documents}
		final Map<String, long[]> groupTerms = new HashMap<>(); // group -> {terms}

		void count(TextUnit unit, TermExtractor extractor, int ngram) {
			String text;
			try {
				text = unit.text().read();
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			// one lookup a token: {occurrences, documents, the last document counted}
			Map<String, long[]> counts = groups.computeIfAbsent(unit.group(), g -> new HashMap<>(8192));
			long document = unit.id();
			long[] terms = { 0 };
			String joiner = "zh".equals(unit.language()) ? "" : " "; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			ArrayDeque<String> window = new ArrayDeque<>(ngram);
			TermExtractor.Sink sink = new TermExtractor.Sink() {
						@Override
						public void term(String term, int start, int end) {
							String counted = term;
							if (ngram > 1) {
								window.addLast(term);
								if (window.size() > ngram) {
									window.removeFirst();
								}
								if (window.size() < ngram) {
									return;
								}
								counted = String.join(joiner, window);
							}
							long[] c = counts.get(counted);
							if (c == null) {
								c = new long[] { 0, 0, Long.MIN_VALUE };
								counts.put(counted, c);
							}
							c[0]++;
							if (c[2] != document) {
								c[1]++;
								c[2] = document;
							}
							terms[0]++;
						}

						@Override
						public void gap() {
							window.clear();
						}
					};
			int[][] spans = unit.spans() == null ? new int[][] { { 0, text.length() } } : unit.spans();
			for (int[] span : spans) {
				extractor.extract(text, Math.min(span[0], text.length()), Math.min(span[1], text.length()), unit.language(), sink);
				sink.gap();
			}
			groupTerms.computeIfAbsent(unit.group(), g -> new long[1])[0] += terms[0];
			groupSizes.computeIfAbsent(unit.group(), g -> new int[1])[0]++;
		}

		void merge(Partial other) {
			other.groups.forEach((group, counts) -> {
				Map<String, long[]> mine = groups.computeIfAbsent(group, g -> new HashMap<>());
				counts.forEach((term, c) -> {
					long[] m = mine.computeIfAbsent(term, t -> new long[] { 0, 0, Long.MIN_VALUE });
					m[0] += c[0];
					m[1] += c[1];
				});
			});
			other.groupSizes.forEach((g, n) -> groupSizes.computeIfAbsent(g, x -> new int[1])[0] += n[0]);
			other.groupTerms.forEach((g, n) -> groupTerms.computeIfAbsent(g, x -> new long[1])[0] += n[0]);
		}

		FrequencyTable table(String groupedBy, String provenance, List<String> order, int documents) {
			TreeSet<String> rest = new TreeSet<>(Comparator.naturalOrder());
			rest.addAll(groups.keySet());
			Map<String, FrequencyTable.Group> ordered = new LinkedHashMap<>();
			for (String group : order) {
				if (groups.containsKey(group)) {
					ordered.put(group, group(group));
					rest.remove(group);
				}
			}
			boolean none = rest.remove(NO_VALUE);
			rest.forEach(g -> ordered.put(g, group(g)));
			if (none) {
				ordered.put(NO_VALUE, group(NO_VALUE));
			}
			// a document is in one group: a term's documents in the corpus are the sum over the groups
			Map<String, Integer> frequencies = new HashMap<>();
			groups.values().forEach(counts -> counts.forEach((t, c) -> frequencies.merge(t, (int) c[1], Integer::sum)));
			return new FrequencyTable(ordered, frequencies, documents, groupedBy, provenance);
		}

		private FrequencyTable.Group group(String name) {
			return new FrequencyTable.Group(groupSizes.getOrDefault(name, new int[1])[0],
					groupTerms.getOrDefault(name, new long[1])[0], groups.get(name));
		}
	}
}
