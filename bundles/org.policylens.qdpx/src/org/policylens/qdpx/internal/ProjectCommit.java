package org.policylens.qdpx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.CodingException;
import org.policylens.coding.NewCoding;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coder;
import org.policylens.coding.model.CodingOrigin;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.CorpusImporter;
import org.policylens.corpus.ImportServices;
import org.policylens.corpus.LanguageDetector;
import org.policylens.corpus.metadata.MetadataExtractor;
import org.policylens.corpus.model.Corpus;
import org.policylens.corpus.model.CorpusFactory;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.corpus.segment.ClauseLabeler;
import org.policylens.qdpx.QdpxReport;
import org.policylens.qdpx.internal.ImportPlan.PlannedAttribute;
import org.policylens.qdpx.internal.ImportPlan.PlannedCoder;
import org.policylens.qdpx.internal.ImportPlan.PlannedCoding;
import org.policylens.qdpx.internal.ImportPlan.PlannedDocument;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.model.AttributeType;

/**
 * Puts an {@link ImportPlan} into a study, all or nothing: the texts and originals are written to a
 * staging folder first; then the model gets the documents (segmented with the study's segmenter
 * for their language), attributes and values, codebooks, coders and codings (origin imported, each
 * a {@code coding.added} event), and the import's own ledger event; then the files are moved into
 * place and the study is saved. If anything fails, an EMF change recorder undoes the model
 * changes and the moved files are deleted, so the study is as it was.
 */
public final class ProjectCommit {

	/** Ledger event: a REFI-QDA project was imported. */
	public static final String IMPORTED = "qdpx.imported"; //$NON-NLS-1$

	private final ImportServices services;
	private final StudyStore store;
	private final Clock clock;

	/**
	 * @param services the segmenters
	 * @param store    saves the study
	 * @param clock    for the import date of the documents
	 */
	public ProjectCommit(ImportServices services, StudyStore store, Clock clock) {
		this.services = services;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * @param study   a study without documents or codings
	 * @param plan    what to add
	 * @param report  the report so far; counts are added
	 * @param file    the archive
	 * @param archive the SHA-256 of the archive
	 * @param actor   who imports
	 * @throws StudyException if the study cannot be written; it is then as it was
	 */
	public void apply(OpenStudy study, ImportPlan plan, QdpxReport report, Path file, String archive, String actor) throws StudyException {
		Path dir = study.getDirectory();
		Path staging = dir.resolve(".import-" + UUID.randomUUID()); //$NON-NLS-1$
		List<Path> created = new ArrayList<>();
		List<Path> moved = new ArrayList<>();
		ChangeRecorder recorder = new ChangeRecorder(study.getResource());
		try {
			List<Path[]> moves = new ArrayList<>();
			List<Document> documents = documents(study, plan, staging, moves);
			report.count("documents", documents.size()); //$NON-NLS-1$
			codebooks(study, plan, file, actor, report);
			codings(study, plan, documents, actor, report);
			attributes(study, plan, documents, report);
			if (study.getStudy().getDescription() == null && plan.description != null && !plan.description.isBlank()) {
				study.getStudy().setDescription(plan.description.strip());
			}
			study.record(actor, IMPORTED, "Imported the REFI-QDA project \u201c" + plan.name + "\u201d from " + file.getFileName() + ": " //$NON-NLS-2$
					+ report.lines().get(0), parameters(plan, report, file, archive));
			for (String folder : List.of(CorpusImporter.TEXTS, CorpusImporter.SOURCES)) {
				if (!Files.isDirectory(dir.resolve(folder))) {
					created.add(Files.createDirectories(dir.resolve(folder)));
				}
			}
			for (Path[] move : moves) {
				Files.move(move[0], move[1], StandardCopyOption.ATOMIC_MOVE);
				moved.add(move[1]);
			}
			store.save(study);
			recorder.dispose();
		} catch (IOException | StudyException | RuntimeException e) {
			recorder.endRecording().apply();
			recorder.dispose();
			moved.forEach(CorpusImporter::deleteQuietly);
			created.forEach(CorpusImporter::deleteQuietly);
			if (e instanceof StudyException se) {
				throw se;
			}
			throw new StudyException(StudyException.Reason.IO, dir, "cannot import " + file.getFileName() + " into " + dir + ": "
					+ e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (nothing was imported)", e); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			CorpusImporter.deleteQuietly(staging);
		}
	}

	private List<Document> documents(OpenStudy study, ImportPlan plan, Path staging, List<Path[]> moves) throws IOException {
		Corpus corpus = study.getPart(Corpus.class, CorpusFactory.eINSTANCE::createCorpus);
		int next = corpus.getDocuments().stream().mapToInt(Document::getNumber).max().orElse(0) + 1;
		Files.createDirectories(staging);
		MetadataExtractor extractor = new MetadataExtractor();
		List<Document> documents = new ArrayList<>();
		for (PlannedDocument planned : plan.documents) {
			int number = next++;
			String base = String.format("%04d", number); //$NON-NLS-1$
			String textName = base + ".txt"; //$NON-NLS-1$
			String sourceName = base + "-" + planned.originalName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Files.writeString(staging.resolve(textName), planned.text, StandardCharsets.UTF_8);
			Files.write(staging.resolve(sourceName), planned.original);
			Path dir = study.getDirectory();
			moves.add(new Path[] { staging.resolve(textName), dir.resolve(CorpusImporter.TEXTS).resolve(textName) });
			moves.add(new Path[] { staging.resolve(sourceName), dir.resolve(CorpusImporter.SOURCES).resolve(sourceName) });

			Document document = CorpusFactory.eINSTANCE.createDocument();
			document.setNumber(number);
			document.setTitle(planned.title);
			document.setLanguage(LanguageDetector.detect(planned.text));
			document.setSourceName(planned.originalName);
			document.setSourcePath(CorpusImporter.SOURCES + "/" + sourceName); //$NON-NLS-1$
			document.setTextPath(CorpusImporter.TEXTS + "/" + textName); //$NON-NLS-1$
			document.setSha256(CorpusImporter.sha256(new ByteArrayInputStream(planned.original)));
			document.setFormat("txt"); //$NON-NLS-1$
			document.setEncoding(StandardCharsets.UTF_8.name());
			document.setLength(planned.text.length());
			int bodyStart = extractor.extract(planned.text, planned.title).bodyStart();
			document.setBodyStart(bodyStart);
			ImportServices.NamedSegmenter segmenter = services.segmenterFor(document.getLanguage(), null);
			document.setSegmenter(segmenter.id());
			document.setImported(Date.from(clock.instant()));
			document.getClauses().addAll(ClauseLabeler.label(number, segmenter.segmenter().segment(planned.text, bodyStart,
					planned.text.length())));
			corpus.getDocuments().add(document);
			documents.add(document);
		}
		return documents;
	}

	private static void attributes(OpenStudy study, ImportPlan plan, List<Document> documents, QdpxReport report) {
		for (PlannedAttribute planned : plan.attributes) {
			AttributeDefinition attribute = study.getAttribute(planned.name());
			if (attribute == null) {
				attribute = study.defineAttribute(planned.name(), planned.label(), planned.type());
				attribute.setDescription(planned.description());
				attribute.getValues().addAll(planned.values());
			}
		}
		report.count("variables", plan.attributes.size()); //$NON-NLS-1$
		int values = 0;
		for (int i = 0; i < documents.size(); i++) {
			for (Map.Entry<String, String> value : plan.documents.get(i).values.entrySet()) {
				Corpora.setValue(documents.get(i), value.getKey(), value.getValue(), ValueOrigin.IMPORTED);
				AttributeDefinition attribute = study.getAttribute(value.getKey());
				String stored = Corpora.value(documents.get(i), value.getKey());
				if (attribute.getType() == AttributeType.CATEGORY && stored != null && !attribute.getValues().contains(stored)) {
					attribute.getValues().add(stored);
				}
				values++;
			}
		}
		report.count("values", values); //$NON-NLS-1$
	}

	private static void codebooks(OpenStudy study, ImportPlan plan, Path file, String actor, QdpxReport report) {
		Codebooks codebooks = new Codebooks(study, actor);
		report.count("codebooks", plan.codebooks.size()); //$NON-NLS-1$
		for (Codebook codebook : plan.codebooks) {
			codebooks.importCodebook(codebook, file);
			report.count("codes", CodeTree.all(codebook).size()); //$NON-NLS-1$
		}
	}

	private static void codings(OpenStudy study, ImportPlan plan, List<Document> documents, String actor, QdpxReport report) {
		StudyCodings codings = StudyCodings.of(study);
		Map<String, String> ids = new LinkedHashMap<>();
		for (PlannedCoder planned : plan.coders) {
			Optional<Coder> same = codings.coders().stream().filter(c -> Guids.key(c.getGuid()).equals(Guids.key(planned.guid()))).findFirst();
			String id = planned.id();
			for (int n = 2; same.isEmpty() && codings.findCoder(id).isPresent(); n++) {
				id = planned.id() + "-" + n; //$NON-NLS-1$
			}
			ids.put(planned.id(), same.isPresent() ? same.get().getId() : codings.addCoder(id, planned.name(), planned.guid()).getId());
		}
		report.count("coders", ids.size()); //$NON-NLS-1$
		for (PlannedCoding planned : plan.codings) {
			NewCoding coding = new NewCoding(planned.code(), documents.get(planned.document()).getNumber(), planned.start(), planned.end(),
					null, ids.get(planned.coder()), planned.memo(), CodingOrigin.IMPORTED, null);
			try {
				codings.restore(coding, planned.guid(), planned.created(), actor);
				report.count("codings", 1); //$NON-NLS-1$
				if (planned.memo() != null) {
					report.count("memos", 1); //$NON-NLS-1$
				}
			} catch (CodingException e) {
				report.drop("codings PolicyLens cannot add", planned.where() + ": " + e.getMessage()); //$NON-NLS-1$
			}
		}
	}

	private static Map<String, String> parameters(ImportPlan plan, QdpxReport report, Path file, String archive) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("file", file.toAbsolutePath().toString()); //$NON-NLS-1$
		parameters.put("sha256", archive); //$NON-NLS-1$
		parameters.put("project", plan.name); //$NON-NLS-1$
		if (plan.origin != null) {
			parameters.put("origin", plan.origin); //$NON-NLS-1$
		}
		report.counts().keySet().stream().sorted().forEach(k -> parameters.put(k, Integer.toString(report.count(k))));
		if (!report.isComplete()) {
			parameters.put("not carried over", report.dropped().stream().map(d -> d.count() + " " + d.what()) //$NON-NLS-1$ //$NON-NLS-2$
					.collect(Collectors.joining("; "))); //$NON-NLS-1$
		}
		return parameters;
	}
}
