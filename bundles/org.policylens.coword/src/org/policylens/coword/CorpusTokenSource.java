package org.policylens.coword;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.metadata.Keys;
import org.policylens.corpus.model.Document;
import org.policylens.coword.internal.TokenWindows;
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

	/**
	 * @param from the first year (inclusive)
	 * @param to   the last year (inclusive)
	 * @return this source restricted to documents whose {@code year} attribute is in that range
	 *         (a period for {@link TermEvolution}); documents without a year are left out
	 */
	public CorpusTokenSource years(int from, int to) {
		return restrict("year " + from + "-" + to, d -> { //$NON-NLS-1$ //$NON-NLS-2$
			String year = Corpora.value(d, Keys.YEAR);
			try {
				int y = year == null ? Integer.MIN_VALUE : Integer.parseInt(year.strip());
				return y >= from && y <= to;
			} catch (NumberFormatException e) {
				return false;
			}
		});
	}

	@Override
	public void read(UnitSink sink, IProgressMonitor monitor) throws CowordException {
		List<Document> documents = Corpora.documents(study).stream().filter(filter).toList();
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + documents.size() + " document(s)", documents.size());
		TokenWindows windows = new TokenWindows(analysis.extractor(), window, size, sink);
		for (Document document : documents) {
			progress.subTask(document.getNumber() + " " + document.getTitle()); //$NON-NLS-1$
			String text;
			try {
				text = Corpora.text(study, document);
			} catch (IOException e) {
				throw new CowordException(CowordException.Reason.BAD_INPUT, "the text of document " + document.getNumber()
						+ " (" + document.getTitle() + ") cannot be read: " + e.getMessage(), e);
			}
			windows.document(document, name(document), text);
			progress.split(1);
		}
	}

	/** The document number as people cite it: 文号, else the title, else #N. */
	private static String name(Document document) {
		String number = Corpora.value(document, Keys.NUMBER);
		if (number != null && !number.isBlank()) {
			return number.strip();
		}
		String title = document.getTitle();
		return title != null && !title.isBlank() ? title.strip() : "#" + document.getNumber(); //$NON-NLS-1$
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
