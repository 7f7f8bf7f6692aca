package org.policylens.coword.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.policylens.coword.CorpusTokenSource;
import org.policylens.coword.CowordAnalysis;
import org.policylens.coword.CowordException;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.CowordOptions;
import org.policylens.coword.CowordSource;
import org.policylens.coword.KeywordFieldSource;
import org.policylens.coword.Measures;
import org.policylens.coword.TermSelection;
import org.policylens.coword.Window;
import org.policylens.study.OpenStudy;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins;

/**
 * What the Co-word Map dialog asks for: the source (the study's corpus within a window, or a
 * bibliographic export file and its keyword fields), the term selection, the similarity measure,
 * Leiden's resolution and the seed.
 *
 * @param file         a bibliographic export (WoS, Scopus, RIS, CSSCI), or {@code null} for the study's corpus
 * @param fields       the keyword fields of the file (roles {@code author}, {@code index}); ignored for the corpus
 * @param window       the unit of co-occurrence in the corpus
 * @param windowSize   terms per window when {@code window} is {@link Window#TOKENS}
 * @param minFrequency the least number of units a term must occur in
 * @param topN         the most frequent terms kept, 0 for all
 * @param measure      the similarity measure's id ({@link Measures})
 * @param resolution   Leiden's resolution
 * @param seed         the seed of clustering and layout
 */
public record CowordRequest(Path file, List<String> fields, Window window, int windowSize, int minFrequency, int topN, String measure,
		double resolution, long seed) {

	/** The dialog's defaults: clauses of the corpus, terms in at least 3 clauses, the top 100, association strength, seed 42. */
	public static final CowordRequest DEFAULT = new CowordRequest(null, List.of(KeywordFieldSource.AUTHOR), Window.CLAUSE, 10, 3, 100,
			Measures.ASSOCIATION, 1.0, CowordOptions.DEFAULT_SEED);

	/** Copies the list. */
	public CowordRequest {
		fields = List.copyOf(fields);
	}

	/** @return the editor's title */
	public String title() {
		String source = file != null ? file.getFileName().toString() : window.id() + (window == Window.TOKENS ? " " + windowSize : ""); //$NON-NLS-1$ //$NON-NLS-2$
		return "Co-word map: " + source + ", " + measure; //$NON-NLS-1$
	}

	/**
	 * Builds the network: reads the source, selects the terms, counts co-occurrences, clusters and
	 * lays out. Long: run it in a Job.
	 *
	 * @param study   the open study (its corpus and text settings), may be {@code null} for a file
	 * @param monitor progress, cancelable
	 * @return the network
	 * @throws CowordException if the source cannot be read or the measure is not installed
	 */
	public CowordNetwork build(OpenStudy study, IProgressMonitor monitor) throws CowordException {
		Measures measures = new Measures(Platform.getExtensionRegistry(), null);
		TextPlugins plugins = new TextPlugins(Platform.getExtensionRegistry(), null);
		measures.start();
		plugins.start();
		try {
			CowordSource source;
			if (file != null) {
				source = new KeywordFieldSource(List.of(file), new ArrayList<>(fields));
			} else {
				if (study == null) {
					throw new IllegalStateException("Open a study to map the co-words of its corpus");
				}
				source = new CorpusTokenSource(study, TextAnalysis.of(study, plugins, AnalysisSettings.DEFAULT), window, windowSize);
			}
			CowordOptions options = CowordOptions.DEFAULTS.withResolution(resolution).withSeed(seed);
			return new CowordAnalysis(measures::get).build(source, TermSelection.of(minFrequency, topN), measure.toLowerCase(Locale.ROOT),
					options, monitor);
		} finally {
			plugins.stop();
			measures.stop();
		}
	}
}
