package org.policylens.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.policylens.corpus.importers.ExtractedText;
import org.policylens.corpus.importers.IDocumentImporter;
import org.policylens.corpus.importers.ImportException;
import org.policylens.corpus.metadata.ExtractedMetadata;
import org.policylens.corpus.metadata.Keys;
import org.policylens.corpus.metadata.MetadataExtractor;
import org.policylens.corpus.model.Corpus;
import org.policylens.corpus.model.CorpusFactory;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.corpus.segment.ClauseLabeler;
import org.policylens.corpus.segment.Segment;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.model.AttributeType;

/**
 * Imports files into a study's corpus: reads each with the importer that claims it, normalises the
 * text, extracts the metadata, segments the clauses and numbers them, copies the original and
 * stores the text in the study folder, records the import in the ledger and saves the study.
 * <p>
 * A file that cannot be read is reported with its reason and the others are imported. The batch
 * is all or nothing on disk: texts are written to a staging folder and moved in only when
 * everything is ready; if saving the study fails the moved files and the model changes are undone;
 * if the user cancels, nothing is written. The user's files are only read.
 */
public final class CorpusImporter {

	/** Where document texts are kept inside a study. */
	public static final String TEXTS = "documents"; //$NON-NLS-1$
	/** Where copies of the original files are kept inside a study. */
	public static final String SOURCES = "sources"; //$NON-NLS-1$

	private static final int HEAD = 4096;

	private final ImportServices services;
	private final StudyStore store;
	private final Clock clock;
	private final MetadataExtractor metadata = new MetadataExtractor();

	/**
	 * @param services where importers and segmenters come from
	 * @param store    saves the study
	 * @param clock    for the import date
	 */
	public CorpusImporter(ImportServices services, StudyStore store, Clock clock) {
		this.services = services;
		this.store = store;
		this.clock = clock;
	}

	/** A document ready to be added, with its original, its normalised text and its clause tree. */
	private record Staged(Document document, Path source, String text, List<Segment> segments) {
	}

	/**
	 * @param study   the open study
	 * @param files   files and folders (read recursively, hidden files skipped)
	 * @param options what the user chose
	 * @param actor   who imports (recorded in the ledger)
	 * @param monitor progress and cancellation
	 * @return the documents added and the files not added, with reasons
	 * @throws StudyException             if the study cannot be saved; nothing is left of the import
	 * @throws OperationCanceledException if the user canceled; nothing was changed
	 */
	public ImportReport importFiles(OpenStudy study, List<Path> files, ImportOptions options, String actor,
			IProgressMonitor monitor) throws StudyException {
		List<Path> all = expand(files);
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + all.size() + " file(s)", all.size() + 2);
		Corpus corpus = Corpora.of(study);
		Map<String, Integer> known = new HashMap<>();
		corpus.getDocuments().forEach(d -> known.put(d.getSha256(), d.getNumber()));
		List<Staged> staged = new ArrayList<>();
		List<ImportReport.Problem> problems = new ArrayList<>();
		for (Path file : all) {
			progress.subTask(file.getFileName().toString());
			try {
				byte[] bytes = Files.readAllBytes(file);
				String sha = sha256(bytes);
				Integer previous = known.get(sha);
				if (previous != null) {
					problems.add(new ImportReport.Problem(file, previous < 0 ? "the same file is in this import twice"
							: "already in the study as policy " + previous, true));
				} else {
					Staged document = read(file, bytes, options);
					document.document().setSha256(sha);
					known.put(sha, -1);
					staged.add(document);
				}
			} catch (ImportException e) {
				problems.add(new ImportReport.Problem(file, e.getMessage(), false));
			} catch (IOException e) {
				problems.add(new ImportReport.Problem(file, "cannot be read: " + e.getMessage(), false));
			} catch (RuntimeException e) {
				problems.add(new ImportReport.Problem(file, "cannot be read: " + describe(e), false));
			}
			progress.split(1);
		}
		if (staged.isEmpty()) {
			progress.done();
			return new ImportReport(List.of(), problems);
		}
		progress.subTask("Saving the study");
		List<Document> imported = commit(study, corpus, staged, problems, options, actor);
		progress.split(2);
		return new ImportReport(imported, problems);
	}

	private Staged read(Path file, byte[] bytes, ImportOptions options) throws ImportException, IOException {
		String name = file.getFileName().toString();
		byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, HEAD));
		if (bytes.length == 0) {
			throw new ImportException("the file is empty");
		}
		Optional<IDocumentImporter> importer = services.importerFor(name, head);
		if (importer.isEmpty()) {
			throw new ImportException("PolicyLens cannot read this kind of file (it reads " + services.formats() + ")");
		}
		ExtractedText extracted = importer.get().read(file, options.settings());
		String text = normalise(extracted.text());
		if (text.isBlank()) {
			throw new ImportException("the file holds no text" + ("pdf".equals(extracted.format()) //$NON-NLS-1$
					? " (a scanned PDF needs text recognition first)" : "")); //$NON-NLS-1$
		}
		String language = options.language() != null ? options.language() : LanguageDetector.detect(text);
		ExtractedMetadata meta = metadata.extract(text, extracted.titleHint());
		ImportServices.NamedSegmenter segmenter = services.segmenterFor(language, options.segmenter());

		Document document = CorpusFactory.eINSTANCE.createDocument();
		document.setTitle(meta.title() != null ? meta.title() : stripExtension(name));
		document.setLanguage(language);
		document.setSourceName(name);
		document.setFormat(extracted.format());
		document.setEncoding(extracted.encoding());
		document.setLength(text.length());
		document.setBodyStart(meta.bodyStart());
		document.setSegmenter(segmenter.id());
		document.setImported(Date.from(clock.instant()));
		meta.values().forEach((k, v) -> Corpora.setValue(document, k, v, ValueOrigin.EXTRACTED));
		// clauses are labelled when the document gets its number
		return new Staged(document, file, text, segmenter.segmenter().segment(text, meta.bodyStart(), text.length()));
	}

	private List<Document> commit(OpenStudy study, Corpus corpus, List<Staged> staged, List<ImportReport.Problem> problems,
			ImportOptions options, String actor) throws StudyException {
		Path dir = study.getDirectory();
		Path staging = dir.resolve(".import-" + UUID.randomUUID()); //$NON-NLS-1$
		int next = corpus.getDocuments().stream().mapToInt(Document::getNumber).max().orElse(0) + 1;
		List<Path[]> moves = new ArrayList<>();
		try {
			Files.createDirectories(staging.resolve(TEXTS));
			Files.createDirectories(staging.resolve(SOURCES));
			for (Staged s : staged) {
				Document document = s.document();
				int number = next++;
				document.setNumber(number);
				String base = String.format("%04d", number); //$NON-NLS-1$
				String textName = base + ".txt"; //$NON-NLS-1$
				String sourceName = base + "-" + safe(document.getSourceName()); //$NON-NLS-1$
				document.setTextPath(TEXTS + "/" + textName); //$NON-NLS-1$
				document.setSourcePath(SOURCES + "/" + sourceName); //$NON-NLS-1$
				Files.writeString(staging.resolve(TEXTS).resolve(textName), s.text(), StandardCharsets.UTF_8);
				Files.copy(s.source(), staging.resolve(SOURCES).resolve(sourceName), StandardCopyOption.COPY_ATTRIBUTES);
				moves.add(new Path[] { staging.resolve(TEXTS).resolve(textName), dir.resolve(TEXTS).resolve(textName) });
				moves.add(new Path[] { staging.resolve(SOURCES).resolve(sourceName), dir.resolve(SOURCES).resolve(sourceName) });
			}
		} catch (IOException e) {
			deleteQuietly(staging);
			throw new StudyException(StudyException.Reason.IO, staging, "cannot write the imported texts into "
					+ dir + ": " + e.getMessage() + " (nothing was imported)", e);
		}

		ChangeRecorder recorder = new ChangeRecorder(study.getResource());
		List<Path> moved = new ArrayList<>();
		try {
			Files.createDirectories(dir.resolve(TEXTS));
			Files.createDirectories(dir.resolve(SOURCES));
			for (Path[] move : moves) {
				Files.move(move[0], move[1], StandardCopyOption.ATOMIC_MOVE);
				moved.add(move[1]);
			}
			List<Document> documents = new ArrayList<>();
			for (Staged s : staged) {
				Document document = s.document();
				document.getClauses().addAll(ClauseLabeler.label(document.getNumber(), s.segments()));
				corpus.getDocuments().add(document);
				documents.add(document);
			}
			defineAttributes(study, documents);
			study.record(actor, "corpus.import", summary(documents, problems), parameters(documents, problems, options)); //$NON-NLS-1$
			store.save(study);
			recorder.dispose();
			return documents;
		} catch (IOException | StudyException | RuntimeException e) {
			recorder.endRecording().apply();
			recorder.dispose();
			moved.forEach(CorpusImporter::deleteQuietly);
			if (e instanceof StudyException se) {
				throw se;
			}
			throw new StudyException(StudyException.Reason.IO, dir, "cannot import into " + dir + ": " + describe(e)
					+ " (nothing was imported)", e);
		} finally {
			deleteQuietly(staging);
		}
	}

	/** Makes sure the study defines the attributes the documents have values for. */
	static void defineAttributes(OpenStudy study, List<Document> documents) {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put(Keys.CITY, "City"); //$NON-NLS-1$
		labels.put(Keys.PROVINCE, "Province"); //$NON-NLS-1$
		labels.put(Keys.LEVEL, "Administrative level"); //$NON-NLS-1$
		labels.put(Keys.ISSUER, "Issuing body"); //$NON-NLS-1$
		labels.put(Keys.NUMBER, "Document number"); //$NON-NLS-1$
		labels.put(Keys.ISSUED, "Date of issue"); //$NON-NLS-1$
		labels.put(Keys.YEAR, "Year of issue"); //$NON-NLS-1$
		labels.put(Keys.EFFECTIVE, "Effective date"); //$NON-NLS-1$
		labels.put(Keys.VALIDITY, "Validity"); //$NON-NLS-1$
		labels.put(Keys.TYPE, "Document type"); //$NON-NLS-1$
		for (Document document : documents) {
			for (Map.Entry<String, String> value : Corpora.values(document).entrySet()) {
				String name = value.getKey();
				AttributeDefinition attribute = study.getAttribute(name);
				if (attribute == null) {
					attribute = study.defineAttribute(name, labels.getOrDefault(name, name), typeOf(name));
				}
				if (attribute.getType() == AttributeType.CATEGORY && !attribute.getValues().contains(value.getValue())) {
					attribute.getValues().add(value.getValue());
				}
			}
		}
	}

	private static AttributeType typeOf(String name) {
		return switch (name) {
		case Keys.ISSUED, Keys.EFFECTIVE -> AttributeType.DATE;
		case Keys.YEAR -> AttributeType.NUMBER;
		case Keys.CITY, Keys.PROVINCE, Keys.LEVEL, Keys.TYPE -> AttributeType.CATEGORY;
		default -> AttributeType.TEXT;
		};
	}

	private static String summary(List<Document> documents, List<ImportReport.Problem> problems) {
		long failed = problems.stream().filter(p -> !p.duplicate()).count();
		long duplicates = problems.size() - failed;
		return "Imported " + documents.size() + " document(s)" + (failed > 0 ? ", " + failed + " file(s) failed" : "") //$NON-NLS-3$
				+ (duplicates > 0 ? ", " + duplicates + " already in the study" : ""); //$NON-NLS-2$
	}

	private static Map<String, String> parameters(List<Document> documents, List<ImportReport.Problem> problems,
			ImportOptions options) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("documents", documents.stream().map(d -> d.getNumber() + ":" + d.getSourceName() //$NON-NLS-1$ //$NON-NLS-2$
				+ ":" + d.getFormat() + (d.getEncoding() == null ? "" : "/" + d.getEncoding()) + ":" + d.getSha256().substring(0, 12)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.reduce((a, b) -> a + "; " + b).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		parameters.put("segmenters", documents.stream().map(Document::getSegmenter).distinct().reduce((a, b) -> a + ", " + b) //$NON-NLS-1$ //$NON-NLS-2$
				.orElse("")); //$NON-NLS-1$
		if (options.settings().encoding() != null) {
			parameters.put("encoding", options.settings().encoding().name()); //$NON-NLS-1$
		}
		if (!problems.isEmpty()) {
			parameters.put("not imported", problems.stream().map(p -> p.file().getFileName() + ": " + p.reason()) //$NON-NLS-1$ //$NON-NLS-2$
					.reduce((a, b) -> a + "; " + b).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return parameters;
	}

	/**
	 * The text as it is stored: LF line ends, no byte-order mark, no NUL or other control
	 * characters (tabs and line ends stay).
	 *
	 * @param text extracted text
	 * @return the normalised text
	 */
	public static String normalise(String text) {
		String s = text.replace("\r\n", "\n").replace('\r', '\n'); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\uFEFF' || c < 0x20 && c != '\n' && c != '\t') {
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

	private static List<Path> expand(List<Path> files) {
		List<Path> all = new ArrayList<>();
		for (Path file : files) {
			if (Files.isDirectory(file)) {
				try (Stream<Path> walk = Files.walk(file)) {
					walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted() //$NON-NLS-1$
							.forEach(all::add);
				} catch (IOException e) {
					all.add(file);
				}
			} else {
				all.add(file);
			}
		}
		return all;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * @param in a stream
	 * @return the SHA-256 of its bytes, in hex
	 * @throws IOException if it cannot be read
	 */
	public static String sha256(InputStream in) throws IOException {
		return sha256(in.readAllBytes());
	}

	private static String safe(String name) {
		return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String stripExtension(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null ? "" : ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Deletes a file, or a folder with its contents, as far as it can (for rolling back an import).
	 *
	 * @param path a file or folder
	 */
	public static void deleteQuietly(Path path) {
		try {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			} else {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// best effort: a leftover file is not referenced by the study
		}
	}
}
