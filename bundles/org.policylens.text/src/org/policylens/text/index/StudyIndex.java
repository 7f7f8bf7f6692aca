package org.policylens.text.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.LanguageDetector;
import org.policylens.corpus.model.Clause;
import org.policylens.study.OpenStudy;
import org.policylens.text.TermExtractor;
import org.policylens.text.TextAnalysis;

/**
 * The full-text index of a study ({@value #FOLDER}/ in the study folder): one Lucene document per
 * clause line, analysed with the study's own tokenizers (HanLP for Chinese, Lucene for English)
 * and with character offsets, so that searches and the keyword-in-context view find exactly the
 * words that are counted and say in which clause they are.
 * <p>
 * The index records what it was built from (documents, tokenizers, dictionary); it is rebuilt when
 * that changes.
 */
public final class StudyIndex implements AutoCloseable {

	/** The index folder inside a study. */
	public static final String FOLDER = "index"; //$NON-NLS-1$

	private static final String FINGERPRINT = "policylens.fingerprint"; //$NON-NLS-1$
	private static final String DOC = "doc"; //$NON-NLS-1$
	private static final String LABEL = "label"; //$NON-NLS-1$
	private static final String START = "start"; //$NON-NLS-1$
	private static final String ORDER = "order"; //$NON-NLS-1$
	private static final List<String> FIELDS = TextAnalysis.LANGUAGES;

	private static final FieldType TEXT = new FieldType();

	static {
		TEXT.setTokenized(true);
		TEXT.setStored(true);
		TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT.freeze();
	}

	private final Directory directory;
	private final DirectoryReader reader;
	private final IndexSearcher searcher;
	private final Analyzer analyzer;

	private StudyIndex(Directory directory, Analyzer analyzer) throws IOException {
		this.directory = directory;
		this.analyzer = analyzer;
		this.reader = DirectoryReader.open(directory);
		this.searcher = new IndexSearcher(reader);
	}

	/**
	 * Opens the index of a study, building or rebuilding it when the study changed since.
	 *
	 * @param study    an open study
	 * @param analysis the study's pipeline (its tokenizers are used)
	 * @param monitor  progress while building
	 * @return the index; close it
	 * @throws IOException if it cannot be read or built
	 */
	public static StudyIndex open(OpenStudy study, TextAnalysis analysis, IProgressMonitor monitor) throws IOException {
		Analyzer analyzer = analyzer(analysis.extractor());
		Path folder = study.getDirectory().resolve(FOLDER);
		Directory directory = FSDirectory.open(folder);
		String fingerprint = fingerprint(study, analysis);
		if (!fingerprint.equals(storedFingerprint(directory))) {
			build(study, directory, analyzer, fingerprint, monitor);
		}
		return new StudyIndex(directory, analyzer);
	}

	/**
	 * Builds an index of units of text that are not a study's (benchmarks, tools).
	 *
	 * @param folder   the index folder
	 * @param analysis the pipeline
	 * @param units    document number, language, text; one Lucene document per line
	 * @return the index
	 * @throws IOException if it cannot be written
	 */
	public static StudyIndex build(Path folder, TextAnalysis analysis, Iterable<IndexUnit> units) throws IOException {
		Analyzer analyzer = analyzer(analysis.extractor());
		Directory directory = FSDirectory.open(folder);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
			for (IndexUnit unit : units) {
				int start = 0;
				int line = 0;
				while (start < unit.text().length()) {
					int end = unit.text().indexOf('\n', start);
					if (end < 0) {
						end = unit.text().length();
					}
					if (end > start) {
						writer.addDocument(document(unit.document(), unit.document() + "-l" + ++line, start, //$NON-NLS-1$
								unit.text().substring(start, end), unit.language()));
					}
					start = end + 1;
				}
			}
			writer.setLiveCommitData(Map.of(FINGERPRINT, "units").entrySet()); //$NON-NLS-1$
			writer.commit();
		}
		return new StudyIndex(directory, analyzer);
	}

	/**
	 * A text to index outside a study.
	 *
	 * @param document its number
	 * @param language its language
	 * @param text     the text
	 */
	public record IndexUnit(int document, String language, String text) {
	}

	private static Analyzer analyzer(TermExtractor extractor) {
		Map<String, Analyzer> perField = new HashMap<>();
		for (String language : FIELDS) {
			perField.put(language, new TokenizerAnalyzer(extractor.tokenizer(language)));
		}
		return new PerFieldAnalyzerWrapper(perField.get("en"), perField); //$NON-NLS-1$
	}

	private static String fingerprint(OpenStudy study, TextAnalysis analysis) {
		StringBuilder print = new StringBuilder(analysis.provenance().replaceAll("; [^;]*$", "")); //$NON-NLS-1$ //$NON-NLS-2$
		for (org.policylens.corpus.model.Document d : Corpora.documents(study)) {
			print.append('|').append(d.getNumber()).append(':').append(d.getSha256()).append(':').append(d.getBodyStart())
					.append(':').append(d.getLanguage()).append(':').append(Corpora.allClauses(d).size());
		}
		return Integer.toHexString(print.toString().hashCode()) + "-" + print.length(); //$NON-NLS-1$
	}

	private static String storedFingerprint(Directory directory) {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return null;
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				return reader.getIndexCommit().getUserData().get(FINGERPRINT);
			}
		} catch (IOException e) {
			return null; // damaged: rebuild
		}
	}

	private static void build(OpenStudy study, Directory directory, Analyzer analyzer, String fingerprint,
			IProgressMonitor monitor) throws IOException {
		List<org.policylens.corpus.model.Document> documents = Corpora.documents(study);
		SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + documents.size() + " document(s)", documents.size() + 1);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
			for (org.policylens.corpus.model.Document d : documents) {
				progress.subTask(d.getNumber() + " " + d.getTitle()); //$NON-NLS-1$
				String text = Corpora.text(study, d);
				for (Clause clause : Corpora.allClauses(d)) {
					String own = text.substring(clause.getStart(), Math.min(text.length(), clause.getHeadingEnd()));
					if (!own.isBlank()) {
						writer.addDocument(document(d.getNumber(), clause.getLabel(), clause.getStart(), own, d.getLanguage()));
					}
				}
				progress.split(1);
			}
			writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
			writer.commit();
			progress.split(1);
		}
		Files.createDirectories(study.getDirectory().resolve(FOLDER));
	}

	private static Document document(int doc, String label, int start, String text, String language) {
		Document document = new Document();
		document.add(new StoredField(DOC, doc));
		document.add(new StoredField(LABEL, label));
		document.add(new StoredField(START, start));
		document.add(new NumericDocValuesField(ORDER, ((long) doc << 32) | start));
		document.add(new Field(FIELDS.contains(language) ? language : "en", text, TEXT)); //$NON-NLS-1$
		return document;
	}

	/**
	 * The keyword-in-context lines of a word or phrase, in document order.
	 *
	 * @param query a word or phrase (tokenized like the texts)
	 * @param limit the most lines
	 * @param width characters of context on each side
	 * @return the lines and counts
	 * @throws IOException if the index cannot be read
	 */
	public Concordance concordance(String query, int limit, int width) throws IOException {
		Query q = phrase(query);
		return lines(query, q, limit, width, occurrences(q));
	}

	/**
	 * Full-text search with Lucene's query syntax (AND, OR, NOT, "phrases", wildcards) on the Chinese
	 * and English text, shown as keyword-in-context lines.
	 *
	 * @param query the query
	 * @param limit the most lines
	 * @param width characters of context
	 * @return the lines and counts
	 * @throws IOException if the index cannot be read or the query is not valid (the message says why)
	 */
	public Concordance search(String query, int limit, int width) throws IOException {
		MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS.toArray(String[]::new), analyzer);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		try {
			return lines(query, parser.parse(query), limit, width, -1);
		} catch (ParseException e) {
			throw new IOException("not a valid query: " + e.getMessage().lines().findFirst().orElse(""), e); //$NON-NLS-1$
		}
	}

	private Query phrase(String text) throws IOException {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		// a Chinese word is looked for in Chinese texts, an English one in English texts
		for (String field : List.of(LanguageDetector.detect(text))) {
			List<String> words = new ArrayList<>();
			try (TokenStream stream = analyzer.tokenStream(field, text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					words.add(term.toString());
				}
				stream.end();
			}
			if (words.size() == 1) {
				any.add(new TermQuery(new Term(field, words.get(0))), BooleanClause.Occur.SHOULD);
			} else if (words.size() > 1) {
				any.add(new PhraseQuery(field, words.toArray(String[]::new)), BooleanClause.Occur.SHOULD);
			}
		}
		return any.build();
	}

	/** Occurrences of a word from the index statistics; of a phrase by counting its matches (up to a limit). */
	private long occurrences(Query query) throws IOException {
		long total = 0;
		for (BooleanClause clause : ((BooleanQuery) query).clauses()) {
			if (!(clause.getQuery() instanceof TermQuery term)) {
				return countMatches(query, 50_000);
			}
			total += reader.totalTermFreq(term.getTerm());
		}
		return total;
	}

	private long countMatches(Query query, int maxClauses) throws IOException {
		Query rewritten = searcher.rewrite(query);
		TopDocs hits = searcher.search(rewritten, maxClauses);
		if (hits.totalHits.value > maxClauses) {
			return -1;
		}
		Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1);
		List<LeafReaderContext> leaves = reader.leaves();
		long total = 0;
		for (ScoreDoc hit : hits.scoreDocs) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
			Matches matches = weight.matches(leaf, hit.doc - leaf.docBase);
			for (String field : FIELDS) {
				MatchesIterator it = matches == null ? null : matches.getMatches(field);
				while (it != null && it.next()) {
					total++;
				}
			}
		}
		return total;
	}

	private Concordance lines(String text, Query query, int limit, int width, long occurrences) throws IOException {
		Query rewritten = searcher.rewrite(query);
		long clauses = searcher.count(rewritten);
		List<KwicLine> lines = new ArrayList<>();
		if (clauses == 0 || limit <= 0) {
			return new Concordance(text, lines, clauses, occurrences < 0 && clauses == 0 ? 0 : occurrences);
		}
		Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1);
		TopDocs hits = searcher.search(rewritten, Math.max(1, limit), new Sort(new SortField(ORDER, SortField.Type.LONG)));
		List<LeafReaderContext> leaves = reader.leaves();
		for (ScoreDoc hit : hits.scoreDocs) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
			Matches matches = weight.matches(leaf, hit.doc - leaf.docBase);
			if (matches == null) {
				continue;
			}
			Document stored = searcher.storedFields().document(hit.doc);
			int doc = stored.getField(DOC).numericValue().intValue();
			String label = stored.get(LABEL);
			int start = stored.getField(START).numericValue().intValue();
			for (String field : FIELDS) {
				String own = stored.get(field);
				MatchesIterator it = matches.getMatches(field);
				while (own != null && it != null && it.next() && lines.size() < limit) {
					int s = it.startOffset();
					int e = it.endOffset();
					if (s < 0) {
						continue;
					}
					lines.add(new KwicLine(doc, label, start + s, own.substring(Math.max(0, s - width), s).replace('\n', ' '),
							own.substring(s, e), own.substring(e, Math.min(own.length(), e + width)).replace('\n', ' ')));
				}
			}
			if (lines.size() >= limit) {
				break;
			}
		}
		return new Concordance(text, lines, clauses, occurrences);
	}

	/** @return how many clause lines are indexed */
	public int size() {
		return reader.numDocs();
	}

	@Override
	public void close() throws IOException {
		reader.close();
		directory.close();
		analyzer.close();
	}
}
