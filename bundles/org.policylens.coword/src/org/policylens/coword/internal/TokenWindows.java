package org.policylens.coword.internal;

import java.util.ArrayList;
import java.util.List;

import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.coword.CowordUnit;
import org.policylens.coword.UnitSink;
import org.policylens.coword.Window;
import org.policylens.text.TermExtractor;

/**
 * Cuts a document's clause lines into units of co-occurrence and sends each, with its terms, to a
 * sink: the whole document, each clause line, each sentence of a clause line, or each window of N
 * consecutive terms (sliding by one; a document with fewer terms is one window).
 */
public final class TokenWindows {

	/** Where a sentence ends: Chinese and Latin full stops, question and exclamation marks, semicolons. */
	private static final String SENTENCE_ENDS = "。！？；!?;\n"; //$NON-NLS-1$

	private final TermExtractor extractor;
	private final Window window;
	private final int size;
	private final UnitSink sink;
	private int index;

	/**
	 * @param extractor the study's term pipeline
	 * @param window    the unit
	 * @param size      the terms of a token window
	 * @param sink      receives the units
	 */
	public TokenWindows(TermExtractor extractor, Window window, int size, UnitSink sink) {
		this.extractor = extractor;
		this.window = window;
		this.size = size;
		this.sink = sink;
	}

	/** A term and where it is. */
	private record Term(String text, int start, int end) {
	}

	/**
	 * @param document a document
	 * @param name     how people cite it (文号)
	 * @param text     its text
	 */
	public void document(Document document, String name, String text) {
		String id = Integer.toString(document.getNumber());
		String language = document.getLanguage();
		List<Clause> clauses = Corpora.allClauses(document);
		switch (window) {
		case DOCUMENT -> {
			List<Term> terms = new ArrayList<>();
			clauses.forEach(c -> terms.addAll(terms(text, c.getStart(), c.getHeadingEnd(), language)));
			emit(id, name, 0, text.length(), terms);
		}
		case CLAUSE -> {
			for (Clause clause : clauses) {
				List<Term> terms = terms(text, clause.getStart(), clause.getHeadingEnd(), language);
				if (!terms.isEmpty()) {
					emit(id, name + " §" + clause.getLabel(), clause.getStart(), clause.getHeadingEnd(), terms); //$NON-NLS-1$
				}
			}
		}
		case SENTENCE -> {
			for (Clause clause : clauses) {
				sentences(id, name + " §" + clause.getLabel(), text, clause.getStart(), //$NON-NLS-1$
						Math.min(text.length(), clause.getHeadingEnd()), language);
			}
		}
		case TOKENS -> {
			List<Term> terms = new ArrayList<>();
			clauses.forEach(c -> terms.addAll(terms(text, c.getStart(), c.getHeadingEnd(), language)));
			for (int first = 0; first == 0 || first + size <= terms.size(); first++) {
				List<Term> slice = terms.subList(first, Math.min(terms.size(), first + size));
				if (slice.isEmpty()) {
					break;
				}
				emit(id, name + " @" + slice.get(0).start(), slice.get(0).start(), slice.get(slice.size() - 1).end(), slice); //$NON-NLS-1$
			}
		}
		}
	}

	private void sentences(String id, String label, String text, int start, int end, String language) {
		int from = start;
		int sentence = 1;
		for (int at = start; at < end; at++) {
			if (SENTENCE_ENDS.indexOf(text.charAt(at)) >= 0 || at == end - 1) {
				List<Term> terms = terms(text, from, at + 1, language);
				if (!terms.isEmpty()) {
					emit(id, label + "." + sentence, from, at + 1, terms); //$NON-NLS-1$
				}
				sentence++;
				from = at + 1;
			}
		}
	}

	private List<Term> terms(String text, int start, int end, String language) {
		List<Term> terms = new ArrayList<>();
		int stop = Math.min(text.length(), end);
		if (start < stop) {
			extractor.extract(text, start, stop, language, (term, s, e) -> terms.add(new Term(term, s, e)));
		}
		return terms;
	}

	private void emit(String id, String label, int start, int end, List<Term> terms) {
		sink.unit(new CowordUnit(index++, id, label, start, end), terms.stream().map(Term::text).toList());
	}
}
