package org.policylens.qdpx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.model.Codings;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.CorpusImporter;
import org.policylens.corpus.ImportServices;
import org.policylens.qdpx.internal.ImportPlan;
import org.policylens.qdpx.internal.ProjectCommit;
import org.policylens.qdpx.internal.ProjectReader;
import org.policylens.qdpx.internal.ProjectXml;
import org.policylens.qdpx.internal.QdpxArchive;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;

/**
 * Imports a REFI-QDA project ({@code .qdpx}) into a new study or a study without documents: text
 * sources become documents (the text from the archive, segmented into clauses with the study's
 * segmenter for their language), the codebook becomes the study's codebooks (PolicyLens codebooks
 * come back as they were, other codes form one codebook named after the project), users become
 * coders, the codings of text selections become codings (origin imported, GUIDs kept, the clause
 * the innermost one that holds the selection), variables become case attributes and the values of
 * cases and sources the documents' values.
 * <p>
 * Everything or nothing: the archive is checked ({@link QdpxLimits}: entries, size, compression
 * ratio, paths that lead out of it), {@code project.qde} is parsed without DTDs and validated
 * against the REFI-QDA project schema, and the whole project is read before the study changes; a
 * refused archive, a cancellation or a failed save leaves the study as it was. What PolicyLens
 * cannot take (picture, PDF, audio and video sources, sets, links, graphs, notes not attached to a
 * coding, selections outside the text, ...) is listed in the returned {@link QdpxReport}.
 */
public final class QdpxImporter {

	/** Ledger event: a REFI-QDA project was imported. */
	public static final String IMPORTED = ProjectCommit.IMPORTED;

	/**
	 * A study made from a project.
	 *
	 * @param study  the study, open and saved
	 * @param report what was carried over and what was not
	 */
	public record Result(OpenStudy study, QdpxReport report) {
	}

	private final StudyStore store;
	private final QdpxLimits limits;
	private final ProjectCommit commit;

	/**
	 * An importer with the system clock and the default limits.
	 *
	 * @param services the segmenters (in the product, {@code CorpusPlugins})
	 * @param store    saves the study
	 */
	public QdpxImporter(ImportServices services, StudyStore store) {
		this(services, store, Clock.systemDefaultZone(), QdpxLimits.DEFAULT);
	}

	/**
	 * @param services the segmenters
	 * @param store    saves the study
	 * @param clock    for the import date of the documents
	 * @param limits   what an archive may hold
	 */
	public QdpxImporter(ImportServices services, StudyStore store, Clock clock, QdpxLimits limits) {
		this.store = store;
		this.limits = limits;
		this.commit = new ProjectCommit(services, store, clock);
	}

	/**
	 * Imports a project into an open study that has no documents and no codings yet.
	 *
	 * @param study   the study
	 * @param file    the {@code .qdpx} file
	 * @param actor   who imports (recorded in the ledger)
	 * @param monitor progress and cancellation
	 * @return what was carried over and what was not
	 * @throws QdpxException              if the archive is refused or the study cannot take it
	 *                                    (it has documents, or a codebook or code the project has
	 *                                    too); the study is unchanged
	 * @throws StudyException             if the study cannot be saved; it is unchanged
	 * @throws OperationCanceledException if the user canceled; the study is unchanged
	 */
	public QdpxReport importInto(OpenStudy study, Path file, String actor, IProgressMonitor monitor) throws QdpxException, StudyException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + file.getFileName(), 10);
		checkEmpty(study);
		QdpxReport report = new QdpxReport();
		ImportPlan plan = read(file, report, progress.split(8));
		checkFits(study, plan, file);
		progress.subTask("Saving the study");
		commit.apply(study, plan, report, file, sha256(file), actor);
		progress.split(2);
		return report;
	}

	/**
	 * Imports a project into a new study in a folder that does not exist or is empty (or, if the
	 * folder holds a study, into that study, as {@link #importInto}). The study takes the project's
	 * name as its title and its description. If the import fails or is canceled, the folder is as
	 * it was (absent, or empty).
	 *
	 * @param directory the study folder
	 * @param file      the {@code .qdpx} file
	 * @param actor     who imports
	 * @param monitor   progress and cancellation
	 * @return the new study and the report
	 * @throws QdpxException              if the archive is refused, or the folder is neither
	 *                                    empty nor a study
	 * @throws StudyException             if the study cannot be made or saved
	 * @throws OperationCanceledException if the user canceled
	 */
	public Result importNew(Path directory, Path file, String actor, IProgressMonitor monitor) throws QdpxException, StudyException {
		Path dir = directory.toAbsolutePath().normalize();
		if (StudyStore.isStudy(dir)) {
			OpenStudy study = store.open(dir);
			return new Result(study, importInto(study, file, actor, monitor));
		}
		boolean existed = Files.exists(dir);
		if (existed && !isEmptyFolder(dir)) {
			throw new QdpxException(dir + " is neither a study nor an empty folder: import a .qdpx into a new or empty folder, "
					+ "or into a study without documents");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + file.getFileName(), 10);
		QdpxReport report = new QdpxReport();
		ImportPlan plan = read(file, report, progress.split(8));
		String archive = sha256(file);
		progress.subTask("Saving the study");
		try {
			OpenStudy study = store.create(dir, plan.name, plan.description == null || plan.description.isBlank() ? null
					: plan.description.strip(), actor);
			checkFits(study, plan, file);
			commit.apply(study, plan, report, file, archive, actor);
			progress.split(2);
			return new Result(study, report);
		} catch (QdpxException | StudyException | RuntimeException e) {
			if (existed) {
				try (Stream<Path> children = Files.list(dir)) {
					children.forEach(CorpusImporter::deleteQuietly);
				} catch (IOException ignored) {
					// best effort
				}
			} else {
				CorpusImporter.deleteQuietly(dir);
			}
			throw e;
		}
	}

	private ImportPlan read(Path file, QdpxReport report, SubMonitor progress) throws QdpxException {
		progress.setWorkRemaining(10);
		progress.subTask("Checking " + file.getFileName());
		try (QdpxArchive archive = QdpxArchive.open(file, limits)) {
			byte[] project = archive.read(ProjectSchema.PROJECT_FILE);
			progress.subTask("Reading " + ProjectSchema.PROJECT_FILE);
			org.w3c.dom.Document xml = ProjectXml.parse(project, file.getFileName() + ": " + ProjectSchema.PROJECT_FILE);
			progress.split(2);
			return new ProjectReader(file, archive, report).read(xml.getDocumentElement(), progress.split(8));
		}
	}

	private static void checkEmpty(OpenStudy study) throws QdpxException {
		int documents = Corpora.documents(study).size();
		Codings part = study.findPart(Codings.class);
		int codings = part == null ? 0 : part.getCodings().size();
		if (documents > 0 || codings > 0) {
			throw new QdpxException("cannot import a REFI-QDA project into " + study.getDirectory() + ": the study has " + documents
					+ " document(s) and " + codings + " coding(s); import it into a new folder or a study without documents");
		}
	}

	private static void checkFits(OpenStudy study, ImportPlan plan, Path file) throws QdpxException {
		Set<String> ids = Codes.codebooks(study).stream().map(Codebook::getId).collect(Collectors.toSet());
		List<String> taken = plan.codebooks.stream().map(Codebook::getId).filter(ids::contains).toList();
		if (!taken.isEmpty()) {
			throw new QdpxException("cannot import " + file.getFileName() + " into " + study.getDirectory() + ": the study has the codebook(s) "
					+ String.join(", ", taken) + " already; import it into a new folder");
		}
		for (Codebook book : plan.codebooks) {
			for (Code code : CodeTree.all(book)) {
				if (Codes.byGuid(study, code.getGuid()).isPresent()) {
					throw new QdpxException("cannot import " + file.getFileName() + " into " + study.getDirectory() + ": its code '"
							+ CodeTree.pathOf(code) + "' has the GUID of a code the study has already (" + code.getGuid() + ")");
				}
			}
		}
	}

	private static boolean isEmptyFolder(Path dir) {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> children = Files.list(dir)) {
			return children.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}

	private static String sha256(Path file) throws QdpxException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (IOException e) {
			throw new QdpxException("cannot read " + file + ": " + e.getMessage(), -1, -1, e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
