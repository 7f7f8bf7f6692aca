package org.policylens.coding;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.model.Coder;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingFactory;
import org.policylens.coding.model.CodingOrigin;
import org.policylens.coding.model.Codings;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;

/**
 * The codings of a study: adding codes to clauses and spans, removing them, memos, the coders, and
 * listing them by document, code and coder. Every change is an event of the ledger
 * ({@value #ADDED}, {@value #REMOVED}, {@value #MEMO}, {@value #RECODED}); the caller saves the
 * study ({@code StudyStore.save}) when the user's action is complete.
 * <p>
 * Not thread-safe, like {@link OpenStudy}.
 */
public final class StudyCodings {

	/** Ledger event: a coding was added. */
	public static final String ADDED = "coding.added"; //$NON-NLS-1$
	/** Ledger event: a coding was removed. */
	public static final String REMOVED = "coding.removed"; //$NON-NLS-1$
	/** Ledger event: a coding's memo changed. */
	public static final String MEMO = "coding.memo"; //$NON-NLS-1$
	/** Ledger event: codings were moved from one code to another (after codes were merged). */
	public static final String RECODED = "coding.recoded"; //$NON-NLS-1$

	private final OpenStudy study;

	private StudyCodings(OpenStudy study) {
		this.study = Objects.requireNonNull(study, "study"); //$NON-NLS-1$
	}

	/**
	 * @param study an open study
	 * @return its codings
	 */
	public static StudyCodings of(OpenStudy study) {
		return new StudyCodings(study);
	}

	/** @return the study */
	public OpenStudy study() {
		return study;
	}

	/** @return the codings part of the study, created (empty) if it has none */
	public Codings part() {
		return study.getPart(Codings.class, CodingFactory.eINSTANCE::createCodings);
	}

	private List<Coding> all() {
		Codings part = study.findPart(Codings.class);
		return part == null ? List.of() : part.getCodings();
	}

	/** @return the coders, in the order they first coded */
	public List<Coder> coders() {
		Codings part = study.findPart(Codings.class);
		return part == null ? List.of() : List.copyOf(part.getCoders());
	}

	/**
	 * @param id a coder id
	 * @return the coder
	 */
	public Optional<Coder> findCoder(String id) {
		return coders().stream().filter(c -> id.equals(c.getId())).findFirst();
	}

	/**
	 * @param id a coder id (one word, e.g. {@code wang} or {@code auto:org.policylens.coding.dictionary})
	 * @return the coder, registered with a new UUID if the study does not know it yet
	 */
	public Coder coder(String id) {
		if (id == null || id.isBlank() || id.strip().chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("a coder id is one word, not '" + id + "'");
		}
		return findCoder(id.strip()).orElseGet(() -> {
			Coder coder = CodingFactory.eINSTANCE.createCoder();
			coder.setId(id.strip());
			coder.setName(id.strip());
			coder.setGuid(UUID.randomUUID().toString());
			part().getCoders().add(coder);
			return coder;
		});
	}

	/**
	 * Registers a coder who comes with an identity of their own, e.g. a user of a REFI-QDA project.
	 *
	 * @param id   the coder id, one word, not taken in the study
	 * @param name the coder's name, or {@code null} for the id
	 * @param guid the coder's GUID (REFI-QDA user GUID), not taken in the study
	 * @return the new coder
	 * @throws IllegalArgumentException if the id is not one word, or the id or GUID is taken
	 */
	public Coder addCoder(String id, String name, String guid) {
		if (id == null || id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("a coder id is one word, not '" + id + "'");
		}
		if (findCoder(id).isPresent()) {
			throw new IllegalArgumentException("the study has a coder '" + id + "' already");
		}
		if (guid == null || guid.isBlank() || coders().stream().anyMatch(c -> guid.equals(c.getGuid()))) {
			throw new IllegalArgumentException("the coder " + id + " needs a GUID of their own, not '" + guid + "'");
		}
		Coder coder = CodingFactory.eINSTANCE.createCoder();
		coder.setId(id);
		coder.setName(name == null || name.isBlank() ? id : name);
		coder.setGuid(guid);
		part().getCoders().add(coder);
		return coder;
	}

	/**
	 * Codes a whole clause (its heading, text and sub-clauses).
	 *
	 * @param code     a codable code of one of the study's codebooks
	 * @param document the policy number
	 * @param clause   the clause label, e.g. 12-3-2
	 * @param coder    who codes (also the actor of the ledger event)
	 * @param memo     a memo, or {@code null}
	 * @return the coding
	 * @throws CodingException if the document or clause does not exist or the code cannot be applied
	 */
	public Coding codeClause(Code code, int document, String clause, String coder, String memo) throws CodingException {
		Clause found = Corpora.clause(document(document), clause)
				.orElseThrow(() -> new CodingException("policy " + document + " has no clause " + clause));
		return add(new NewCoding(code, document, found.getStart(), found.getEnd(), clause, coder, memo, CodingOrigin.MANUAL, null),
				coder);
	}

	/**
	 * Codes any span of a document's text; the coding's clause is the innermost clause that holds it.
	 *
	 * @param code     a codable code of one of the study's codebooks
	 * @param document the policy number
	 * @param start    the offset of the span in {@code documents/NNNN.txt}
	 * @param end      the offset after it
	 * @param coder    who codes (also the actor of the ledger event)
	 * @param memo     a memo, or {@code null}
	 * @return the coding
	 * @throws CodingException if the document does not exist, the span is outside its text or the
	 *                         code cannot be applied
	 */
	public Coding codeSpan(Code code, int document, int start, int end, String coder, String memo) throws CodingException {
		return add(NewCoding.manual(code, document, start, end, coder, memo), coder);
	}

	/**
	 * Adds a coding and records it ({@value #ADDED}).
	 *
	 * @param request the coding
	 * @param actor   who adds it (the coder, or whoever accepted an auto-coder's proposal)
	 * @return the coding
	 * @throws CodingException if the coding cannot be made, or the coder coded that span with that code already
	 */
	public Coding add(NewCoding request, String actor) throws CodingException {
		return add(request, actor, UUID.randomUUID().toString(), new Date());
	}

	/**
	 * Adds a coding made elsewhere, e.g. in a REFI-QDA project, with its own GUID and creation
	 * time, so that an exchange keeps its identity; otherwise as {@link #add} (validated, recorded
	 * as {@value #ADDED}).
	 *
	 * @param request the coding (its origin is usually {@link CodingOrigin#IMPORTED})
	 * @param guid    its GUID, not used by another coding of the study
	 * @param created when it was made, or {@code null} for now
	 * @param actor   who adds it
	 * @return the coding
	 * @throws CodingException if the coding cannot be made, the coder coded that span with that
	 *                         code already, or the GUID is taken
	 */
	public Coding restore(NewCoding request, String guid, Date created, String actor) throws CodingException {
		if (guid == null || guid.isBlank()) {
			throw new CodingException("policy " + request.document() + ": a coding needs a GUID");
		}
		if (byGuid(guid).isPresent()) {
			throw new CodingException("policy " + request.document() + ": the study has a coding " + guid + " already");
		}
		return add(request, actor, guid, created == null ? new Date() : created);
	}

	private Coding add(NewCoding request, String actor, String guid, Date created) throws CodingException {
		Document document = document(request.document());
		String where = "policy " + request.document() + (request.clause() == null ? "" : " clause " + request.clause());
		Code code = request.code();
		if (code == null || !EcoreUtil.isAncestor(study.getStudy(), code)) {
			throw new CodingException(where + ": the code is not in a codebook of this study");
		}
		if (!code.isCodable()) {
			throw new CodingException(where + ": '" + CodeTree.pathOf(code) + "' is a category, not a codable code");
		}
		if (request.start() < 0 || request.end() <= request.start() || request.end() > document.getLength()) {
			throw new CodingException(where + ": the span [" + request.start() + ", " + request.end()
					+ ") is not inside the text (" + document.getLength() + " characters)");
		}
		String clause = request.clause();
		if (clause == null) {
			clause = holding(document, request.start(), request.end()).map(Clause::getLabel).orElse(null);
		} else {
			Clause named = Corpora.clause(document, clause).orElseThrow(() -> new CodingException(where + " does not exist"));
			if (request.start() < named.getStart() || request.end() > named.getEnd()) {
				throw new CodingException(where + ": the span [" + request.start() + ", " + request.end()
						+ ") is not inside the clause [" + named.getStart() + ", " + named.getEnd() + ")");
			}
		}
		Coder coder = coder(request.coder());
		if (find(request.code(), request.document(), request.start(), request.end(), coder.getId()).isPresent()) {
			throw new CodingException(where + ": " + coder.getId() + " has coded this span as '" + CodeTree.pathOf(code) + "' already");
		}
		Coding coding = CodingFactory.eINSTANCE.createCoding();
		coding.setGuid(guid);
		coding.setCode(code);
		coding.setDocument(request.document());
		coding.setClause(clause);
		coding.setStart(request.start());
		coding.setEnd(request.end());
		coding.setCoder(coder.getId());
		coding.setMemo(blankToNull(request.memo()));
		coding.setCreated(created);
		coding.setOrigin(request.origin() == null ? CodingOrigin.MANUAL : request.origin());
		coding.setEvidence(blankToNull(request.evidence()));
		Codings part = part();
		DocumentIndex.of(part);
		part.getCodings().add(coding);
		Map<String, String> parameters = describe(coding);
		parameters.put("origin", coding.getOrigin().getLiteral()); //$NON-NLS-1$
		if (coding.getEvidence() != null) {
			parameters.put("evidence", coding.getEvidence()); //$NON-NLS-1$
		}
		if (coding.getMemo() != null) {
			parameters.put("memo", coding.getMemo()); //$NON-NLS-1$
		}
		study.record(actor, ADDED, "Coded " + place(coding) + " as " + CodeTree.pathOf(code) + " (" + coder.getId() + ")", parameters);
		return coding;
	}

	/**
	 * Removes a coding and records it ({@value #REMOVED}).
	 *
	 * @param coding a coding of this study
	 * @param actor  who removes it
	 */
	public void remove(Coding coding, String actor) {
		if (!all().contains(coding)) {
			throw new IllegalArgumentException("the coding " + coding.getGuid() + " is not in this study");
		}
		Map<String, String> parameters = describe(coding);
		part().getCodings().remove(coding);
		study.record(actor, REMOVED, "Removed the coding of " + place(coding) + " as " + name(coding) + " (" + coding.getCoder() + ")",
				parameters);
	}

	/**
	 * Changes a coding's memo and records it ({@value #MEMO}).
	 *
	 * @param coding a coding of this study
	 * @param memo   the new memo; {@code null} or blank removes it
	 * @param actor  who changes it
	 * @return whether it changed
	 */
	public boolean setMemo(Coding coding, String memo, String actor) {
		if (!all().contains(coding)) {
			throw new IllegalArgumentException("the coding " + coding.getGuid() + " is not in this study");
		}
		String value = blankToNull(memo);
		if (Objects.equals(value, coding.getMemo())) {
			return false;
		}
		coding.setMemo(value);
		Map<String, String> parameters = describe(coding);
		parameters.put("memo", value == null ? "" : value); //$NON-NLS-1$ //$NON-NLS-2$
		study.record(actor, MEMO, (value == null ? "Removed the memo of " : "Wrote a memo on ") + "the coding of " + place(coding) //$NON-NLS-3$
				+ " as " + name(coding), parameters);
		return true;
	}

	/**
	 * Moves every coding of one code to another, e.g. after the codebook merged the first code into
	 * the second, and records it ({@value #RECODED}). A coding the target code already has (same
	 * span and coder) is removed instead of duplicated.
	 *
	 * @param fromGuid the GUID of the code the codings are moved from (the code may already be gone
	 *                 from its codebook)
	 * @param to       the code they go to, codable, in this study
	 * @param actor    who does it
	 * @return how many codings were moved or merged
	 * @throws CodingException if {@code to} cannot take codings
	 */
	public int recode(String fromGuid, Code to, String actor) throws CodingException {
		if (to == null || !EcoreUtil.isAncestor(study.getStudy(), to)) {
			throw new CodingException("the code to move codings to is not in a codebook of this study");
		}
		if (!to.isCodable()) {
			throw new CodingException("'" + CodeTree.pathOf(to) + "' is a category and cannot take codings");
		}
		List<Coding> moving = all().stream().filter(c -> c.getCode() != null && fromGuid.equals(c.getCode().getGuid())).toList();
		if (moving.isEmpty()) {
			return 0;
		}
		String fromName = moving.get(0).getCode().getName();
		int merged = 0;
		for (Coding coding : new ArrayList<>(moving)) {
			if (find(to, coding.getDocument(), coding.getStart(), coding.getEnd(), coding.getCoder()).isPresent()) {
				part().getCodings().remove(coding);
				merged++;
			} else {
				coding.setCode(to);
			}
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("from", fromGuid); //$NON-NLS-1$
		parameters.put("fromName", fromName); //$NON-NLS-1$
		parameters.put("to", to.getGuid()); //$NON-NLS-1$
		parameters.put("toName", CodeTree.pathOf(to)); //$NON-NLS-1$
		parameters.put("codings", Integer.toString(moving.size())); //$NON-NLS-1$
		parameters.put("merged", Integer.toString(merged)); //$NON-NLS-1$
		study.record(actor, RECODED, "Moved " + moving.size() + " coding(s) from " + fromName + " to " + CodeTree.pathOf(to), parameters);
		return moving.size();
	}

	/**
	 * @param filter which codings
	 * @return the codings that pass it, by document, then start
	 */
	public List<Coding> find(CodingFilter filter) {
		List<Coding> found = new ArrayList<>(all().stream().filter(filter.predicate()).toList());
		found.sort(java.util.Comparator.comparingInt(Coding::getDocument).thenComparing(DocumentIndex.ORDER));
		return found;
	}

	/**
	 * The codings of one document for its view, sorted by start: kept in an index that is updated as
	 * codings are added and removed, so that a document with thousands of codings opens at once.
	 *
	 * @param document a policy number
	 * @return its codings by start, then end (longest first); do not modify
	 */
	public List<Coding> ofDocument(int document) {
		Codings part = study.findPart(Codings.class);
		return part == null ? List.of() : DocumentIndex.of(part).of(document);
	}

	/**
	 * @param guid a coding's GUID
	 * @return the coding
	 */
	public Optional<Coding> byGuid(String guid) {
		return all().stream().filter(c -> guid.equals(c.getGuid())).findFirst();
	}

	/**
	 * @param code     a code
	 * @param document a policy number
	 * @param start    a span's start
	 * @param end      its end
	 * @param coder    a coder id
	 * @return the coding of exactly that span with that code by that coder
	 */
	public Optional<Coding> find(Code code, int document, int start, int end, String coder) {
		return ofDocument(document).stream()
				.filter(c -> c.getCode() == code && c.getStart() == start && c.getEnd() == end && coder.equals(c.getCoder()))
				.findFirst();
	}

	/**
	 * @param codebook a codebook
	 * @return the codings of its codes
	 */
	public List<Coding> of(Codebook codebook) {
		return find(CodingFilter.ALL.codebook(codebook));
	}

	private Document document(int number) throws CodingException {
		return Corpora.document(study, number).orElseThrow(() -> new CodingException("the study has no policy " + number));
	}

	/**
	 * @param document a document
	 * @param start    a span's start
	 * @param end      its end
	 * @return the innermost clause that holds the whole span
	 */
	public static Optional<Clause> holding(Document document, int start, int end) {
		Clause clause = Corpora.clauseAt(document, start).orElse(null);
		while (clause != null && clause.getEnd() < end) {
			clause = clause.eContainer() instanceof Clause parent ? parent : null;
		}
		return Optional.ofNullable(clause);
	}

	private static Map<String, String> describe(Coding coding) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("guid", coding.getGuid()); //$NON-NLS-1$
		parameters.put("code", coding.getCode() == null ? "" : coding.getCode().getGuid()); //$NON-NLS-1$ //$NON-NLS-2$
		parameters.put("codeName", name(coding)); //$NON-NLS-1$
		Codebook book = coding.getCode() == null ? null : CodeTree.codebookOf(coding.getCode());
		if (book != null) {
			parameters.put("codebook", book.getId()); //$NON-NLS-1$
		}
		parameters.put("document", Integer.toString(coding.getDocument())); //$NON-NLS-1$
		parameters.put("clause", coding.getClause() == null ? "" : coding.getClause()); //$NON-NLS-1$ //$NON-NLS-2$
		parameters.put("span", coding.getStart() + "-" + coding.getEnd()); //$NON-NLS-1$ //$NON-NLS-2$
		parameters.put("coder", coding.getCoder()); //$NON-NLS-1$
		return parameters;
	}

	private static String name(Coding coding) {
		return coding.getCode() == null ? "?" : CodeTree.pathOf(coding.getCode()); //$NON-NLS-1$
	}

	/**
	 * @param coding a coding
	 * @return where it is, for people: {@code clause 5-2-1 of policy 5} or {@code [120, 180) of policy 5}
	 */
	public static String place(Coding coding) {
		return (coding.getClause() != null ? "clause " + coding.getClause() : "[" + coding.getStart() + ", " + coding.getEnd() + ")") //$NON-NLS-2$ //$NON-NLS-3$
				+ " of policy " + coding.getDocument();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
