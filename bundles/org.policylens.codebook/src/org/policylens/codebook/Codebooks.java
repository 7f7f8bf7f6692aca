package org.policylens.codebook;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policylens.codebook.internal.PendingVersion;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookFactory;
import org.policylens.codebook.qdc.QdcImport;
import org.policylens.codebook.qdc.QdcReader;
import org.policylens.codebook.qdc.QdcWriter;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.model.LedgerEvent;

/**
 * The codebooks of an open study: find them and their codes, create one, copy a contributed one,
 * import and export REFI-QDA {@code .qdc} files, edit them ({@link #edit}) and save them with
 * their versions.
 * <p>
 * Every change records an event in the study's ledger ({@code codebook.created},
 * {@code codebook.copied}, {@code codebook.imported}, {@code codebook.code.*}). A codebook is
 * version 1 when created, copied or imported; the first save after it was edited
 * ({@link #save}) makes it one version more, however many edits that save holds, and the ledger
 * events of those edits name that version.
 * <p>
 * Not thread-safe, like {@link OpenStudy}.
 */
public final class Codebooks {

	/** Ledger event: a new, empty codebook. */
	public static final String CREATED = "codebook.created"; //$NON-NLS-1$
	/** Ledger event: a contributed codebook copied into the study. */
	public static final String COPIED = "codebook.copied"; //$NON-NLS-1$
	/** Ledger event: a REFI-QDA codebook imported. */
	public static final String IMPORTED = "codebook.imported"; //$NON-NLS-1$
	/** Ledger event: a code added. */
	public static final String CODE_ADDED = "codebook.code.added"; //$NON-NLS-1$
	/** Ledger event: a code renamed. */
	public static final String CODE_RENAMED = "codebook.code.renamed"; //$NON-NLS-1$
	/** Ledger event: a code moved to another parent or position. */
	public static final String CODE_MOVED = "codebook.code.moved"; //$NON-NLS-1$
	/** Ledger event: a code merged into another. */
	public static final String CODE_MERGED = "codebook.code.merged"; //$NON-NLS-1$
	/** Ledger event: a code deleted. */
	public static final String CODE_DELETED = "codebook.code.deleted"; //$NON-NLS-1$
	/** Ledger event: a code's colour, definition, criteria, examples or keywords changed. */
	public static final String CODE_CHANGED = "codebook.code.changed"; //$NON-NLS-1$

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*"); //$NON-NLS-1$

	private final OpenStudy study;
	private final String actor;

	/**
	 * @param study the open study
	 * @param actor who makes the changes (recorded in the ledger)
	 */
	public Codebooks(OpenStudy study, String actor) {
		this.study = Objects.requireNonNull(study, "study"); //$NON-NLS-1$
		this.actor = Objects.requireNonNull(actor, "actor"); //$NON-NLS-1$
	}

	/** @return the study */
	public OpenStudy getStudy() {
		return study;
	}

	/** @return who makes the changes */
	public String getActor() {
		return actor;
	}

	/**
	 * @param study an open study
	 * @return its codebooks part, created (empty) if it has none
	 */
	public static org.policylens.codebook.model.Codebooks partOf(OpenStudy study) {
		return study.getPart(org.policylens.codebook.model.Codebooks.class, CodebookFactory.eINSTANCE::createCodebooks);
	}

	/** @return the study's codebooks in the order they were added (empty if it has none) */
	public List<Codebook> list() {
		org.policylens.codebook.model.Codebooks part = study.findPart(org.policylens.codebook.model.Codebooks.class);
		return part == null ? List.of() : List.copyOf(part.getCodebooks());
	}

	/**
	 * @param id a codebook id
	 * @return the study's codebook with that id
	 */
	public Optional<Codebook> find(String id) {
		return list().stream().filter(c -> c.getId().equals(id)).findFirst();
	}

	/**
	 * @param id a codebook id
	 * @return the study's codebook with that id
	 * @throws IllegalArgumentException if it has none (the message lists those it has)
	 */
	public Codebook get(String id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("the study has no codebook '" + id + "'; "
				+ (list().isEmpty() ? "it has none yet (policylens codebook available, then codebook add)"
						: "it has " + list().stream().map(Codebook::getId).collect(Collectors.joining(", "))))); //$NON-NLS-1$
	}

	/**
	 * Creates an empty codebook (ledger: {@code codebook.created}).
	 *
	 * @param id          its id: letters, digits, {@code . _ -}, not taken in the study
	 * @param name        its name
	 * @param description what it is for, or {@code null}
	 * @return the codebook, version 1
	 * @throws IllegalArgumentException if the id is malformed or taken, or the name is blank
	 */
	public Codebook create(String id, String name, String description) {
		checkNewId(id);
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a codebook needs a name");
		}
		Codebook codebook = CodebookFactory.eINSTANCE.createCodebook();
		codebook.setId(id);
		codebook.setName(name.strip());
		codebook.setDescription(description == null || description.isBlank() ? null : description.strip());
		codebook.setOrigin("new"); //$NON-NLS-1$
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("codebook", id); //$NON-NLS-1$
		parameters.put("name", codebook.getName()); //$NON-NLS-1$
		adopt(codebook, CREATED, "Created the codebook " + id, parameters);
		return codebook;
	}

	/**
	 * Copies a contributed codebook into the study (ledger: {@code codebook.copied}). The copy is
	 * version 1 and its origin names the source; its codes keep their guids.
	 *
	 * @param source the codebook to copy, e.g. one of {@link CodebookPlugins#available()}
	 * @param id     the id of the copy, or {@code null} for the source's id
	 * @return the study's copy
	 * @throws CodebookException        if the source cannot be read
	 * @throws IllegalArgumentException if the study has a codebook with that id already (give
	 *                                  another id), or the id is malformed
	 */
	public Codebook copy(ICodebookSource source, String id) throws CodebookException {
		String newId = id == null || id.isBlank() ? source.getId() : id.strip();
		checkNewId(newId);
		Codebook copy = source.load();
		copy.setId(newId);
		if (copy.getName() == null || copy.getName().isBlank()) {
			copy.setName(source.getName());
		}
		copy.setOrigin(source.getOrigin());
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("codebook", newId); //$NON-NLS-1$
		parameters.put("source", source.getOrigin()); //$NON-NLS-1$
		parameters.put("codes", Integer.toString(CodeTree.all(copy).size())); //$NON-NLS-1$
		adopt(copy, COPIED, "Copied the codebook " + source.getId() + (newId.equals(source.getId()) ? "" : " as " + newId) //$NON-NLS-1$ //$NON-NLS-2$
				+ " from " + source.getOrigin(), parameters);
		return copy;
	}

	/**
	 * Imports a REFI-QDA codebook file (ledger: {@code codebook.imported}). The file is read,
	 * checked against the REFI-QDA schema and turned into a codebook before anything in the
	 * study changes: a file that is refused leaves the study as it was.
	 *
	 * @param file the {@code .qdc} file
	 * @param id   the id of the new codebook, or {@code null} for one made from the file name
	 * @param name its name, or {@code null} for the file name
	 * @return the imported codebook (version 1) and the warnings about what could not be kept
	 * @throws CodebookException        if the file is too large, unsafe, malformed or not a
	 *                                  valid REFI-QDA codebook (the message gives the line)
	 * @throws IllegalArgumentException if the study has a codebook with that id already
	 */
	public QdcImport importQdc(Path file, String id, String name) throws CodebookException {
		String newId = id == null || id.isBlank() ? idFromFileName(file) : id.strip();
		checkNewId(newId);
		QdcImport read = new QdcReader().read(file);
		Codebook codebook = read.codebook();
		codebook.setId(newId);
		if (name != null && !name.isBlank()) {
			codebook.setName(name.strip());
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("codebook", newId); //$NON-NLS-1$
		parameters.put("file", file.toAbsolutePath().toString()); //$NON-NLS-1$
		parameters.put("codes", Integer.toString(CodeTree.all(codebook).size())); //$NON-NLS-1$
		if (codebook.getExchangeOrigin() != null) {
			parameters.put("origin", codebook.getExchangeOrigin()); //$NON-NLS-1$
		}
		if (!read.warnings().isEmpty()) {
			parameters.put("warnings", String.join(" | ", read.warnings())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		adopt(codebook, IMPORTED, "Imported the codebook " + newId + " from " + file.getFileName(), parameters);
		return read;
	}

	/**
	 * Adds a codebook that was read from another file, e.g. one of the codebooks of a REFI-QDA
	 * project ({@code .qdpx}) (ledger: {@code codebook.imported}). The codebook becomes version 1;
	 * its id, name, origin and codes are the caller's.
	 *
	 * @param codebook a codebook that belongs to no study yet
	 * @param file     the file it was read from (recorded in the ledger)
	 * @return the codebook, now the study's
	 * @throws IllegalArgumentException if the id is malformed or taken, or two codes share a guid
	 */
	public Codebook importCodebook(Codebook codebook, Path file) {
		checkNewId(codebook.getId());
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("codebook", codebook.getId()); //$NON-NLS-1$
		parameters.put("file", file.toAbsolutePath().toString()); //$NON-NLS-1$
		parameters.put("codes", Integer.toString(CodeTree.all(codebook).size())); //$NON-NLS-1$
		if (codebook.getOrigin() != null) {
			parameters.put("origin", codebook.getOrigin()); //$NON-NLS-1$
		}
		adopt(codebook, IMPORTED, "Imported the codebook " + codebook.getId() + " from " + file.getFileName(), parameters);
		return codebook;
	}

	/**
	 * Writes a codebook as a REFI-QDA {@code .qdc} file (atomically). Nothing in the study changes.
	 *
	 * @param codebook a codebook
	 * @param file     the file to write
	 * @throws CodebookException if the codebook cannot be expressed in REFI-QDA (e.g. it has no
	 *                           codes) or the file cannot be written
	 */
	public static void exportQdc(Codebook codebook, Path file) throws CodebookException {
		new QdcWriter().write(codebook, file);
	}

	/**
	 * @param codebook one of the study's codebooks
	 * @return the operations that edit it
	 */
	public CodebookEdit edit(Codebook codebook) {
		if (!list().contains(codebook)) {
			throw new IllegalArgumentException("the codebook " + codebook.getId() + " is not one of this study's");
		}
		return new CodebookEdit(this, codebook);
	}

	/**
	 * @param codebook a codebook of the study
	 * @return whether it was edited since the last {@link #save}
	 */
	public static boolean isEdited(Codebook codebook) {
		return PendingVersion.isMarked(codebook);
	}

	/**
	 * Saves the study, each codebook edited since the last save one version up.
	 *
	 * @param store the study store
	 * @return the codebooks whose version went up
	 * @throws StudyException if the study cannot be saved; the versions are then as they were
	 */
	public List<Codebook> save(StudyStore store) throws StudyException {
		return save(store::save);
	}

	/**
	 * Writes an open study to its folder: {@code store::save}, or whatever the product saves the
	 * open study with (its study service, which also tells the views).
	 */
	@FunctionalInterface
	public interface Saver {
		/**
		 * @param study the study to save (atomically, as {@link StudyStore#save} does)
		 * @throws StudyException if it cannot be saved
		 */
		void save(OpenStudy study) throws StudyException;
	}

	/**
	 * Saves the study with the given saver, each codebook edited since the last save one version
	 * up.
	 *
	 * @param saver writes the study, e.g. {@code store::save}
	 * @return the codebooks whose version went up
	 * @throws StudyException if the study cannot be saved; the versions are then as they were
	 */
	public List<Codebook> save(Saver saver) throws StudyException {
		List<Codebook> edited = list().stream().filter(PendingVersion::isMarked).toList();
		edited.forEach(c -> c.setVersion(c.getVersion() + 1));
		try {
			saver.save(study);
		} catch (StudyException | RuntimeException e) {
			edited.forEach(c -> c.setVersion(c.getVersion() - 1));
			throw e;
		}
		edited.forEach(PendingVersion::clear);
		return edited;
	}

	LedgerEvent record(String kind, String summary, Map<String, String> parameters) {
		return study.record(actor, kind, summary, parameters);
	}

	private void adopt(Codebook codebook, String kind, String summary, Map<String, String> parameters) {
		codebook.setVersion(1);
		Optional<String> problem = CodeTree.checkIdentities(codebook);
		if (problem.isPresent()) {
			throw new IllegalArgumentException("the codebook " + codebook.getId() + " cannot be added: " + problem.get());
		}
		partOf(study).getCodebooks().add(codebook);
		parameters.put("version", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		record(kind, summary, parameters);
	}

	private void checkNewId(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("a codebook id is one word of letters, digits, '.', '_' or '-' (e.g. policy-tools), not '"
					+ id + "'");
		}
		Optional<Codebook> taken = find(id);
		if (taken.isPresent()) {
			throw new IllegalArgumentException("the study has a codebook '" + id + "' already (version "
					+ taken.get().getVersion() + (taken.get().getOrigin() == null ? "" : ", from " + taken.get().getOrigin()) //$NON-NLS-1$
					+ "); give the new one another id");
		}
	}

	/**
	 * @param file a file
	 * @return a codebook id made from its name: {@code My codes.qdc} gives {@code my-codes}
	 */
	public static String idFromFileName(Path file) {
		String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String id = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return id.isEmpty() ? "codebook-" + UUID.randomUUID().toString().substring(0, 8) : id; //$NON-NLS-1$
	}
}
