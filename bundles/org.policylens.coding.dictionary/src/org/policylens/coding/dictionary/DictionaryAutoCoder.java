package org.policylens.coding.dictionary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.coding.auto.AutoCodingRequest;
import org.policylens.coding.auto.IAutoCoder;
import org.policylens.coding.auto.Proposal;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.TermExtractor;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins;
import org.policylens.text.tokenize.ITokenizer;

/**
 * Dictionary auto-coding: proposes a code for every clause line in which the code's keywords occur.
 * Each clause's own line (as word frequency counts it) is tokenized with the study's tokenizer of
 * the document's language, the codebook's keywords added to the study's user dictionary so that
 * they are kept whole (培训 is found in 加强人才培训, 网络 is not found in 网络化 when the
 * tokenizer keeps 网络化 whole). A token matches a keyword as written or after the study's synonym
 * merging; English is compared in lower case.
 * <p>
 * Options ({@link AutoCodingRequest}): {@code minMatches}, the keyword occurrences a clause needs
 * (default 1); {@code leavesOnly}, only codes without sub-codes. The score is the number of keyword
 * occurrences; the evidence lists the keywords found, e.g. {@code 关键词: 人才, 培训}.
 */
public final class DictionaryAutoCoder implements IAutoCoder {

	private final Function<String, Optional<TextPlugins.NamedFactory>> factories;

	/** The auto-coder of the extension point: tokenizers come from the installed plugins. */
	public DictionaryAutoCoder() {
		this(null);
	}

	/**
	 * @param factories the tokenizer factory of each language (outside OSGi), or {@code null} for
	 *                  the installed tokenizer plugins
	 */
	public DictionaryAutoCoder(Function<String, Optional<TextPlugins.NamedFactory>> factories) {
		this.factories = factories;
	}

	@Override
	public List<Proposal> propose(AutoCodingRequest request, IProgressMonitor monitor) throws CoreException {
		int minMatches = Math.max(1, request.intOption(AutoCodingRequest.MIN_MATCHES, 1));
		boolean leavesOnly = request.flag(AutoCodingRequest.LEAVES_ONLY);
		Map<String, List<Code>> codesOf = new HashMap<>();
		Set<String> keywords = new LinkedHashSet<>();
		for (Code code : CodeTree.all(request.codebook())) {
			if (!code.isCodable() || leavesOnly && !code.getChildren().isEmpty()) {
				continue;
			}
			for (String keyword : code.getKeywords()) {
				if (!keyword.isBlank()) {
					keywords.add(keyword.strip());
					codesOf.computeIfAbsent(key(keyword), k -> new ArrayList<>()).add(code);
				}
			}
		}
		List<Document> documents = new ArrayList<>();
		for (int number : request.documents()) {
			if (Corpora.document(request.study(), number).isEmpty()) {
				throw new CoreException(Status.error("the study has no policy " + number));
			}
		}
		Corpora.documents(request.study()).stream().filter(d -> request.includes(d.getNumber())).forEach(documents::add);
		SubMonitor progress = SubMonitor.convert(monitor, "Dictionary auto-coding with " + request.codebook().getName(), documents.size());
		List<Proposal> proposals = new ArrayList<>();
		if (codesOf.isEmpty() || documents.isEmpty()) {
			return proposals;
		}
		TermExtractor extractor = pipeline(request, keywords).extractor();
		for (Document document : documents) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			String text;
			try {
				text = Corpora.text(request.study(), document);
			} catch (IOException e) {
				throw new CoreException(Status.error("cannot read the text of policy " + document.getNumber() + ": " + e.getMessage(), e));
			}
			ITokenizer tokenizer = extractor.tokenizer(document.getLanguage());
			for (Clause clause : Corpora.allClauses(document)) {
				if (request.includes(clause.getLabel())) {
					code(document, clause, text, tokenizer, extractor, codesOf, minMatches, proposals);
				}
			}
			progress.worked(1);
		}
		return proposals;
	}

	private TextAnalysis pipeline(AutoCodingRequest request, Set<String> keywords) throws CoreException {
		TextPlugins plugins = null;
		try {
			Function<String, Optional<TextPlugins.NamedFactory>> source = factories;
			if (source == null) {
				plugins = new TextPlugins(Platform.getExtensionRegistry(), null);
				plugins.start();
				TextPlugins started = plugins;
				source = language -> started.factory(language, null);
			}
			return TextAnalysis.of(request.study(), source, AnalysisSettings.DEFAULT, keywords);
		} catch (IllegalStateException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		} finally {
			if (plugins != null) {
				plugins.stop();
			}
		}
	}

	private static void code(Document document, Clause clause, String text, ITokenizer tokenizer, TermExtractor extractor,
			Map<String, List<Code>> codesOf, int minMatches, List<Proposal> proposals) {
		int start = Math.min(clause.getStart(), text.length());
		int end = Math.min(clause.getHeadingEnd(), text.length());
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (start >= end) {
			return;
		}
		Map<Code, int[]> matches = new LinkedHashMap<>();
		Map<Code, Set<String>> found = new HashMap<>();
		tokenizer.tokenize(text, start, end, (word, s, e, pos) -> {
			String keyword = key(word);
			List<Code> codes = codesOf.get(keyword);
			if (codes == null) {
				String term = extractor.accept(word, pos);
				keyword = term == null ? null : key(term);
				codes = keyword == null ? null : codesOf.get(keyword);
			}
			if (codes != null) {
				for (Code code : codes) {
					matches.computeIfAbsent(code, c -> new int[1])[0]++;
					found.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(keyword);
				}
			}
		});
		String label = "zh".equals(document.getLanguage()) ? "关键词: " : "keywords: "; //$NON-NLS-1$ //$NON-NLS-2$
		for (Map.Entry<Code, int[]> match : matches.entrySet()) {
			if (match.getValue()[0] >= minMatches) {
				proposals.add(new Proposal(match.getKey(), document.getNumber(), clause.getLabel(), start, end, match.getValue()[0],
						label + String.join(", ", found.get(match.getKey())))); //$NON-NLS-1$
			}
		}
	}

	private static String key(String word) {
		return word.strip().toLowerCase(Locale.ROOT);
	}
}
