package org.policylens.study;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.policylens.study.model.Study;
import org.policylens.study.model.StudyFactory;
import org.policylens.study.model.StudyPackage;

/**
 * Creates, opens and saves study folders.
 * <p>
 * A study folder holds {@value #STUDY_FILE} (the model, XMI) and, as later parts of PolicyLens
 * add them, sources, indexes and codebooks. Saves are atomic ({@link AtomicFiles}); a file written
 * by a newer PolicyLens is refused with a message saying so; a save never overwrites changes that
 * another program made to the file since it was opened; and the ledger can only grow.
 * <p>
 * Runs without OSGi: only EMF is needed.
 */
public final class StudyStore {

	/** The model file inside a study folder. */
	public static final String STUDY_FILE = "study.policylens"; //$NON-NLS-1$

	/** The study file format this code writes and the newest it reads. */
	public static final int SCHEMA_VERSION = 1;

	private final Clock clock;
	private final AtomicFiles files;

	/** A store with the system clock and plain atomic writes. */
	public StudyStore() {
		this(Clock.systemDefaultZone(), new AtomicFiles());
	}

	/**
	 * @param clock the clock for creation dates and ledger timestamps
	 * @param files how files are written
	 */
	public StudyStore(Clock clock, AtomicFiles files) {
		this.clock = clock;
		this.files = files;
	}

	/**
	 * @param directory a folder
	 * @return whether it holds a study
	 */
	public static boolean isStudy(Path directory) {
		return Files.isRegularFile(directory.resolve(STUDY_FILE));
	}

	/**
	 * Creates a study in a folder that does not hold one yet (it may exist and hold other files).
	 * The ledger's first event records the creation.
	 *
	 * @param directory   the study folder
	 * @param title       the title
	 * @param description a description, or {@code null}
	 * @param actor       who creates it
	 * @return the saved, open study
	 * @throws StudyException if the folder holds a study already or cannot be written
	 */
	public OpenStudy create(Path directory, String title, String description, String actor) throws StudyException {
		Path dir = directory.toAbsolutePath().normalize();
		if (isStudy(dir)) {
			throw new StudyException(StudyException.Reason.NOT_A_STUDY, dir,
					"there is a study in " + dir + " already: open it, or choose another folder");
		}
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new StudyException(StudyException.Reason.NOT_A_STUDY, dir, dir + " is a file, not a folder");
		}
		Study study = StudyFactory.eINSTANCE.createStudy();
		study.setTitle(title == null || title.isBlank() ? dir.getFileName().toString() : title.trim());
		study.setDescription(description);
		study.setCreated(Date.from(clock.instant()));
		study.setSchemaVersion(SCHEMA_VERSION);
		study.setLedger(StudyFactory.eINSTANCE.createLedger());
		Resource resource = newResourceSet().createResource(fileUri(dir));
		resource.getContents().add(study);
		OpenStudy open = new OpenStudy(dir, resource, clock, null);
		open.record(actor, "study.created", "Created the study \u201c" + study.getTitle() + "\u201d", //$NON-NLS-1$
				Map.of("schemaVersion", Integer.toString(SCHEMA_VERSION))); //$NON-NLS-1$
		save(open);
		return open;
	}

	/**
	 * Opens the study in a folder.
	 *
	 * @param directory the study folder
	 * @return the open study
	 * @throws StudyException if there is no study, the file is damaged (the message gives the
	 *                        line) or was written by a newer PolicyLens
	 */
	public OpenStudy open(Path directory) throws StudyException {
		Path dir = directory.toAbsolutePath().normalize();
		Path file = dir.resolve(STUDY_FILE);
		if (!Files.isRegularFile(file)) {
			throw new StudyException(StudyException.Reason.NOT_A_STUDY, dir,
					dir + " is not a PolicyLens study (it has no " + STUDY_FILE + ")");
		}
		int version = StudyFileProbe.schemaVersion(file);
		if (version > SCHEMA_VERSION) {
			throw new StudyException(StudyException.Reason.NEWER_SCHEMA, file, "cannot open " + dir
					+ ": it was saved by a newer PolicyLens (study format " + version + "; this PolicyLens reads up to "
					+ SCHEMA_VERSION + "). Update PolicyLens to open it; the study was not changed.");
		}
		if (version < 1) {
			throw new StudyException(StudyException.Reason.INVALID, file,
					file + " is damaged: its study element has no valid schemaVersion");
		}
		try {
			AtomicFiles.removeLeftovers(file);
			byte[] bytes = Files.readAllBytes(file);
			Resource resource = newResourceSet().createResource(fileUri(dir));
			resource.load(new java.io.ByteArrayInputStream(bytes), loadOptions());
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Study study)) {
				throw new StudyException(StudyException.Reason.INVALID, file, file + " holds no study");
			}
			if (study.getLedger() == null) {
				study.setLedger(StudyFactory.eINSTANCE.createLedger());
			}
			return new OpenStudy(dir, resource, clock, digest(bytes));
		} catch (Resource.IOWrappedException e) {
			throw invalid(file, e.getCause() != null ? e.getCause() : e);
		} catch (IOException | RuntimeException e) {
			throw invalid(file, e);
		}
	}

	/**
	 * Writes the study to its folder, atomically.
	 *
	 * @param study an open study
	 * @throws StudyException if the ledger lost or changed events, another program changed the
	 *                        file since it was opened, or writing failed (the file on disk is then
	 *                        the previous version)
	 */
	public void save(OpenStudy study) throws StudyException {
		Path file = study.getFile();
		int rewritten = study.firstRewrittenEvent();
		if (rewritten >= 0) {
			throw new StudyException(StudyException.Reason.LEDGER_REWRITTEN, file, "not saved: the history of "
					+ study.getDirectory() + " is append-only, but event " + (rewritten + 1)
					+ " was removed, changed or reordered");
		}
		checkNotChangedOnDisk(study, file);
		study.getStudy().setSchemaVersion(SCHEMA_VERSION);
		try {
			ByteArrayOutputStream buffer = new ByteArrayOutputStream();
			study.getResource().save(buffer, saveOptions());
			byte[] bytes = buffer.toByteArray();
			files.write(file, out -> out.write(bytes));
			study.saved(digest(bytes));
		} catch (IOException | RuntimeException e) {
			throw new StudyException(StudyException.Reason.IO, file, "cannot save " + file + ": " + e.getMessage()
					+ " (the previous version on disk is intact)", e);
		}
	}

	private static void checkNotChangedOnDisk(OpenStudy study, Path file) throws StudyException {
		byte[] expected = study.getSavedDigest();
		try {
			if (expected == null) {
				if (Files.exists(file)) {
					throw conflict(study);
				}
				return;
			}
			if (!Files.exists(file) || !Arrays.equals(expected, digest(Files.readAllBytes(file)))) {
				throw conflict(study);
			}
		} catch (IOException e) {
			throw new StudyException(StudyException.Reason.IO, file, "cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	private static StudyException conflict(OpenStudy study) {
		return new StudyException(StudyException.Reason.CONFLICT, study.getFile(),
				"not saved: " + study.getDirectory() + " was changed by another program since it was opened."
						+ " Reopen the study and repeat the change.");
	}

	private static StudyException invalid(Path file, Throwable e) {
		String where = ""; //$NON-NLS-1$
		if (e instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
			where = ", line " + diagnostic.getLine() + ", column " + diagnostic.getColumn(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String message = e.getMessage() == null ? e.getClass().getSimpleName()
				: e.getMessage().replaceFirst("\\s*\\([^()]*, \\d+, \\d+\\)$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return new StudyException(StudyException.Reason.INVALID, file,
				file + where + ": the study file is damaged and was not opened (" + message + ")", e);
	}

	private static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		// the parts of other areas (corpus, codings, ...) are found in the global registry: in OSGi their
		// bundles register their packages (org.eclipse.emf.ecore.generated_package); outside OSGi a
		// package registers itself when its class is first used
		set.setPackageRegistry(new EPackageRegistryImpl(EPackage.Registry.INSTANCE));
		set.getPackageRegistry().put(StudyPackage.eNS_URI, StudyPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("policylens", (Resource.Factory) StudyResource::new); //$NON-NLS-1$
		return set;
	}

	private static URI fileUri(Path dir) {
		return URI.createFileURI(dir.resolve(STUDY_FILE).toString());
	}

	private static Map<String, Object> loadOptions() {
		Map<String, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}

	private static Map<String, Object> saveOptions() {
		Map<String, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		return options;
	}

	private static byte[] digest(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** XMI with a UUID for every object, so that other files can refer to them for good. */
	static final class StudyResource extends XMIResourceImpl {
		StudyResource(URI uri) {
			super(uri);
		}

		@Override
		protected boolean useUUIDs() {
			return true;
		}
	}
}
