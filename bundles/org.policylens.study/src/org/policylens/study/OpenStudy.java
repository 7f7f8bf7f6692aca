package org.policylens.study;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.model.AttributeType;
import org.policylens.study.model.Ledger;
import org.policylens.study.model.LedgerEvent;
import org.policylens.study.model.Study;
import org.policylens.study.model.StudyFactory;
import org.policylens.study.model.StudyPart;

/**
 * A study that is open: its folder, its model and the state of the file it was read from.
 * Changes go through the model ({@link #getStudy()}) and become permanent with
 * {@link StudyStore#save(OpenStudy)}. Everything that changes the study's data should also
 * {@link #record} an event in the ledger.
 * <p>
 * Not thread-safe: the product changes a study from one thread at a time.
 */
public final class OpenStudy {

	private final Path directory;
	private final Resource resource;
	private final Clock clock;
	private List<String> savedLedger;
	private byte[] savedDigest;

	OpenStudy(Path directory, Resource resource, Clock clock, byte[] savedDigest) {
		this.directory = directory;
		this.resource = resource;
		this.clock = clock;
		this.savedDigest = savedDigest;
		this.savedLedger = fingerprint();
	}

	/** @return the study folder */
	public Path getDirectory() {
		return directory;
	}

	/** @return the study file inside the folder */
	public Path getFile() {
		return directory.resolve(StudyStore.STUDY_FILE);
	}

	/** @return the model */
	public Study getStudy() {
		return (Study) resource.getContents().get(0);
	}

	/** @return the EMF resource holding the model */
	public Resource getResource() {
		return resource;
	}

	/** @return the events of the ledger, oldest first (do not modify the list) */
	public List<LedgerEvent> getEvents() {
		return getStudy().getLedger().getEvents();
	}

	/**
	 * Appends an event to the ledger.
	 *
	 * @param actor      who did it
	 * @param kind       what was done, a dotted key such as {@code corpus.import}
	 * @param summary    one sentence for people
	 * @param parameters the settings, files and counts needed to repeat or cite it
	 * @return the event
	 */
	public LedgerEvent record(String actor, String kind, String summary, Map<String, String> parameters) {
		Ledger ledger = getStudy().getLedger();
		List<LedgerEvent> events = ledger.getEvents();
		LedgerEvent event = StudyFactory.eINSTANCE.createLedgerEvent();
		event.setSequence(events.isEmpty() ? 1 : events.get(events.size() - 1).getSequence() + 1);
		event.setTimestamp(Date.from(clock.instant()));
		event.setActor(Objects.requireNonNull(actor, "actor"));
		event.setKind(Objects.requireNonNull(kind, "kind"));
		event.setSummary(summary);
		parameters.forEach((k, v) -> event.getParameters().put(k, v));
		events.add(event);
		return event;
	}

	/**
	 * Adds a case attribute, or returns the one with that name.
	 *
	 * @param name  the key, e.g. {@code city}
	 * @param label the display name, e.g. {@code City}
	 * @param type  its type
	 * @return the attribute
	 */
	public AttributeDefinition defineAttribute(String name, String label, AttributeType type) {
		AttributeDefinition existing = getAttribute(name);
		if (existing != null) {
			return existing;
		}
		AttributeDefinition attribute = StudyFactory.eINSTANCE.createAttributeDefinition();
		attribute.setName(name);
		attribute.setLabel(label);
		attribute.setType(type);
		getStudy().getAttributes().add(attribute);
		return attribute;
	}

	/**
	 * Defines a new case attribute and records it in the ledger (event kind
	 * {@code study.attribute.defined}): what the user does from the product or the command line.
	 *
	 * @param actor  who defines it
	 * @param name   the key, one word (see {@link #isValidAttributeName})
	 * @param label  the display name, or {@code null} for the key
	 * @param type   its type
	 * @param values the category values in display order (may be empty)
	 * @return the new attribute
	 * @throws IllegalArgumentException if the name is not a word or is taken
	 */
	public AttributeDefinition addAttribute(String actor, String name, String label, AttributeType type,
			List<String> values) {
		if (!isValidAttributeName(name)) {
			throw new IllegalArgumentException("attribute name '" + name + "' must be one word (letters, digits, _ . -)");
		}
		if (getAttribute(name) != null) {
			throw new IllegalArgumentException("the study has an attribute '" + name + "' already");
		}
		AttributeDefinition attribute = defineAttribute(name, label == null || label.isBlank() ? name : label, type);
		values.stream().map(String::trim).filter(v -> !v.isEmpty()).forEach(attribute.getValues()::add);
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("name", name); //$NON-NLS-1$
		parameters.put("type", type.getLiteral()); //$NON-NLS-1$
		if (!attribute.getValues().isEmpty()) {
			parameters.put("values", String.join(",", attribute.getValues())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		record(actor, "study.attribute.defined", "Defined the case attribute " + name, parameters); //$NON-NLS-1$
		return attribute;
	}

	/**
	 * @param name a proposed attribute key
	 * @return whether it is one word of letters, digits, {@code _ . -}, not starting with a digit
	 */
	public static boolean isValidAttributeName(String name) {
		return name != null && name.matches("[\\p{L}_][\\p{L}\\p{N}_.-]*"); //$NON-NLS-1$
	}

	/**
	 * @param name an attribute key
	 * @return the attribute, or {@code null}
	 */
	public AttributeDefinition getAttribute(String name) {
		return getStudy().getAttributes().stream().filter(a -> name.equals(a.getName())).findFirst().orElse(null);
	}

	/**
	 * The part of an area in this study, e.g. the corpus, created on first use.
	 *
	 * @param type    the part's interface, e.g. {@code Corpus.class}
	 * @param factory makes an empty part, e.g. {@code CorpusFactory.eINSTANCE::createCorpus}
	 * @return the part
	 */
	public <T extends StudyPart> T getPart(Class<T> type, java.util.function.Supplier<T> factory) {
		for (StudyPart part : getStudy().getParts()) {
			if (type.isInstance(part)) {
				return type.cast(part);
			}
		}
		T part = factory.get();
		getStudy().getParts().add(part);
		return part;
	}

	/**
	 * @param type a part's interface
	 * @return the part, or {@code null} if the study has none yet
	 */
	public <T extends StudyPart> T findPart(Class<T> type) {
		return getStudy().getParts().stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
	}

	/**
	 * @param event a ledger event
	 * @return its parameters in the order they were recorded
	 */
	public static Map<String, String> parametersOf(LedgerEvent event) {
		Map<String, String> parameters = new LinkedHashMap<>();
		event.getParameters().forEach(entry -> parameters.put(entry.getKey(), entry.getValue()));
		return parameters;
	}

	/** @return whether the model differs from the file (EMF's modified flag) */
	public boolean isDirty() {
		return resource.isModified();
	}

	byte[] getSavedDigest() {
		return savedDigest;
	}

	/**
	 * @return the index of the first saved event that is missing or changed, or -1 if the ledger
	 *         only grew since the last save
	 */
	int firstRewrittenEvent() {
		List<String> now = fingerprint();
		for (int i = 0; i < savedLedger.size(); i++) {
			if (i >= now.size() || !savedLedger.get(i).equals(now.get(i))) {
				return i;
			}
		}
		for (int i = Math.max(1, savedLedger.size()); i < now.size(); i++) {
			if (getEvents().get(i).getSequence() <= getEvents().get(i - 1).getSequence()) {
				return i;
			}
		}
		return -1;
	}

	void saved(byte[] digest) {
		savedDigest = digest;
		savedLedger = fingerprint();
		resource.setModified(false);
	}

	private List<String> fingerprint() {
		List<String> prints = new ArrayList<>();
		for (LedgerEvent event : getEvents()) {
			prints.add(event.getSequence() + "|" + event.getTimestamp() + "|" + event.getActor() + "|" + event.getKind() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "|" + event.getSummary() + "|" + parametersOf(event)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return prints;
	}
}
