package org.policylens.coword;

import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;
import org.policylens.text.TextAnalysis;

/**
 * The terms of a study's documents, through the study's text analysis (tokenizer, stop words,
 * user dictionary, synonyms, parts of speech: {@link TextAnalysis}), within a window: a whole
 * document, a clause line of the corpus' clause tree, a sentence, or N consecutive terms sliding
 * by one. Units are spans of {@code documents/NNNN.txt} labelled with the document's number and
 * the clause ("京经信发〔2022〕87号 §3-2").
 */
public final class CorpusTokenSource implements CowordSource {

	private final OpenStudy study;
	private final TextAnalysis analysis;
	private final Window window;
	private final int size;
	private final Predicate<Document> filter;
	private final String filterDescription;

	/**
	 * @param study    an open study
	 * @param analysis its text analysis pipeline
	 * @param window   the unit of co-occurrence
	 * @param size     the number of terms of a {@link Window#TOKENS} window (at least 2); ignored otherwise
	 * @throws IllegalArgumentException if a token window is smaller than 2
	 */
	public CorpusTokenSource(OpenStudy study, TextAnalysis analysis, Window window, int size) {
		this(study, analysis, window, size, d -> true, ""); //$NON-NLS-1$
	}

	private CorpusTokenSource(OpenStudy study, TextAnalysis analysis, Window window, int size,
			Predicate<Document> filter, String filterDescription) {
		if (window == Window.TOKENS && size < 2) {
			throw new IllegalArgumentException("a window of tokens needs at least 2 tokens, not " + size);
		}
		this.study = study;
		this.analysis = analysis;
		this.window = window;
		this.size = size;
		this.filter = filter;
		this.filterDescription = filterDescription;
	}

	/**
	 * @param description what the filter keeps, e.g. "year 2018-2019"
	 * @param documents   which documents to read
	 * @return this source restricted to those documents (a period for {@link TermEvolution})
	 */
	public CorpusTokenSource restrict(String description, Predicate<Document> documents) {
		return new CorpusTokenSource(study, analysis, window, size, filter.and(documents),
				filterDescription.isEmpty() ? description : filterDescription + ", " + description); //$NON-NLS-1$
	}

	@Override
	public void read(UnitSink sink, IProgressMonitor monitor) throws CowordException {
		throw new CowordException(CowordException.Reason.BAD_INPUT, "not implemented yet");
	}

	@Override
	public String describe() {
		return "corpus of " + study.getDirectory().getFileName() + (filterDescription.isEmpty() ? "" : " (" + filterDescription + ")") //$NON-NLS-2$
				+ "; " + analysis.provenance(); //$NON-NLS-1$
	}

	@Override
	public String unitKind() {
		return window == Window.TOKENS ? size + " tokens" : window.id(); //$NON-NLS-1$
	}
}
