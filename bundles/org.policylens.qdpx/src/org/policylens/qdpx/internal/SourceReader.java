package org.policylens.qdpx.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.core.runtime.SubMonitor;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.qdc.QdcCodes;
import org.policylens.qdpx.QdpxException;
import org.policylens.qdpx.QdpxReport;
import org.policylens.qdpx.internal.ImportPlan.PlannedCoding;
import org.policylens.qdpx.internal.ImportPlan.PlannedDocument;
import org.w3c.dom.Element;

/**
 * Reads a project's sources: each {@code TextSource} becomes a document (its text normalised, its
 * own variable values) and each {@code Coding} of its {@code PlainTextSelection}s (or of the whole
 * source) a coding, its positions turned into offsets of the normalised text, its memo made of the
 * selection's description and the notes the selection and the coding refer to. Picture, PDF,
 * audio and video sources, selections without codings, selections outside the text and codings of
 * codes the codebook lacks are reported, not read.
 */
final class SourceReader {

	private static final String NS = ProjectReader.NS;
	private static final String MEMO_BREAK = "\n\n"; //$NON-NLS-1$

	private final ProjectReader project;
	private final ProjectTexts texts;
	private final QdpxReport report;
	private final ImportPlan plan;
	private final Map<String, Integer> sources = new HashMap<>();
	private final Set<String> codingGuids = new HashSet<>();
	private final DatatypeFactory dates;

	SourceReader(ProjectReader project, ProjectTexts texts, QdpxReport report, ImportPlan plan) {
		this.project = project;
		this.texts = texts;
		this.report = report;
		this.plan = plan;
		try {
			this.dates = DatatypeFactory.newInstance();
		} catch (DatatypeConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * @param list     the {@code Sources} element, if the project has one
	 * @param progress one unit per source
	 * @return the index in {@link ImportPlan#documents} of each text source read, by GUID key
	 * @throws QdpxException if a source's text is refused
	 */
	Map<String, Integer> read(Optional<Element> list, SubMonitor progress) throws QdpxException {
		List<Element> all = new ArrayList<>();
		list.ifPresent(l -> {
			for (org.w3c.dom.Node n = l.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element e && NS.equals(e.getNamespaceURI())) {
					all.add(e);
				}
			}
		});
		progress.setWorkRemaining(all.size());
		for (Element source : all) {
			String name = source.hasAttribute("name") ? source.getAttribute("name") : source.getAttribute("guid"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			progress.subTask(name);
			switch (source.getLocalName()) {
			case "TextSource" -> text(source, name); //$NON-NLS-1$
			case "PictureSource" -> other(source, name, "picture sources (PolicyLens codes texts)"); //$NON-NLS-1$
			case "PDFSource" -> other(source, name, "PDF sources (PolicyLens codes texts; import the PDF with policylens corpus import)"); //$NON-NLS-1$
			case "AudioSource" -> other(source, name, "audio sources (PolicyLens codes texts)"); //$NON-NLS-1$
			default -> other(source, name, "video sources (PolicyLens codes texts)");
			}
			progress.split(1);
		}
		return sources;
	}

	private void other(Element source, String name, String what) {
		report.drop(what, name);
		report.drop("codings of sources that were not imported", source.getElementsByTagNameNS(NS, "Coding").getLength()); //$NON-NLS-1$
	}

	private void text(Element source, String name) throws QdpxException {
		Optional<ProjectTexts.Raw> raw = texts.read(source, "text sources", name); //$NON-NLS-1$
		if (raw.isEmpty() || raw.get().text().isBlank()) {
			if (raw.isPresent()) {
				report.drop("text sources without text", name);
			}
			report.drop("codings of sources that were not imported", source.getElementsByTagNameNS(NS, "Coding").getLength()); //$NON-NLS-1$
			return;
		}
		TextPositions.Normalised text = TextPositions.normalise(raw.get().text());
		int index = plan.documents.size();
		PlannedDocument document = new PlannedDocument(name, text.text(), raw.get().bytes(),
				raw.get().name() != null ? raw.get().name() : name + ".txt"); //$NON-NLS-1$
		plan.documents.add(document);
		sources.put(Guids.key(source.getAttribute("guid")), index); //$NON-NLS-1$
		document.values.putAll(project.values(source, name));
		if (ProjectReader.first(source, "Description").isPresent()) { //$NON-NLS-1$
			report.drop("descriptions of sources", name);
		}
		for (Element note : QdcCodes.children(source, NS, "NoteRef")) { //$NON-NLS-1$
			texts.leave(note.getAttribute("targetGUID")); //$NON-NLS-1$
			report.drop("notes attached to whole sources", name);
		}
		String user = source.getAttribute("creatingUser"); //$NON-NLS-1$
		for (Element selection : QdcCodes.children(source, NS, "PlainTextSelection")) { //$NON-NLS-1$
			selection(selection, index, text, name, user);
		}
		for (Element coding : QdcCodes.children(source, NS, "Coding")) { //$NON-NLS-1$
			coding(coding, new Span(index, 0, text.text().length(), name + " (the whole source)"), null, user, null); //$NON-NLS-1$
		}
	}

	/** Where a coding goes. */
	private record Span(int document, int start, int end, String where) {
	}

	private void selection(Element selection, int index, TextPositions.Normalised text, String source, String sourceUser) {
		long start = position(selection.getAttribute("startPosition")); //$NON-NLS-1$
		long end = position(selection.getAttribute("endPosition")); //$NON-NLS-1$
		String where = source + " [" + selection.getAttribute("startPosition").strip() + ", " //$NON-NLS-1$ //$NON-NLS-2$
				+ selection.getAttribute("endPosition").strip() + ")"; //$NON-NLS-1$
		List<Element> codings = QdcCodes.children(selection, NS, "Coding"); //$NON-NLS-1$
		List<Element> notes = QdcCodes.children(selection, NS, "NoteRef"); //$NON-NLS-1$
		if (codings.isEmpty()) {
			notes.forEach(n -> texts.leave(n.getAttribute("targetGUID"))); //$NON-NLS-1$
			report.drop("selections without a coding (quotations and their comments)", where);
			return;
		}
		if (start < 0 || end > text.positions() || start >= end || text.offset((int) start) >= text.offset((int) end)) {
			notes.forEach(n -> texts.leave(n.getAttribute("targetGUID"))); //$NON-NLS-1$
			codings.forEach(c -> report.drop("codings of selections outside the text or empty", where));
			return;
		}
		List<String> memo = new ArrayList<>();
		ProjectReader.first(selection, "Description").map(d -> d.getTextContent().strip()).filter(d -> !d.isEmpty()) //$NON-NLS-1$
				.ifPresent(memo::add);
		notes.forEach(n -> texts.use(n.getAttribute("targetGUID")).ifPresent(memo::add)); //$NON-NLS-1$
		Span span = new Span(index, text.offset((int) start), text.offset((int) end), where);
		for (Element coding : codings) {
			coding(coding, span, memo, selection.getAttribute("creatingUser"), selection.getAttribute("creationDateTime")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (codings.size() > 1 && !memo.isEmpty()) {
			report.note("the comment of the selection " + where + " is the memo of each of its " + codings.size() + " codings");
		}
	}

	private void coding(Element coding, Span span, List<String> selectionMemo, String selectionUser, String selectionCreated) {
		String guid = coding.getAttribute("guid").strip(); //$NON-NLS-1$
		if (!codingGuids.add(Guids.key(guid))) {
			report.drop("codings whose GUID another coding has already", span.where());
			return;
		}
		String codeGuid = ProjectReader.first(coding, "CodeRef").map(r -> r.getAttribute("targetGUID")).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
		Optional<Code> code = project.code(codeGuid);
		if (code.isEmpty()) {
			report.drop("codings of codes the project's codebook does not have", span.where() + " " + codeGuid.strip()); //$NON-NLS-1$
			return;
		}
		if (!code.get().isCodable()) {
			report.drop("codings of codes that are not codable (categories)", span.where() + " " + code.get().getName()); //$NON-NLS-1$
			return;
		}
		List<String> memo = new ArrayList<>(selectionMemo == null ? List.of() : selectionMemo);
		QdcCodes.children(coding, NS, "NoteRef").forEach(n -> texts.use(n.getAttribute("targetGUID")).ifPresent(memo::add)); //$NON-NLS-1$ //$NON-NLS-2$
		String user = coding.getAttribute("creatingUser").isBlank() ? selectionUser : coding.getAttribute("creatingUser"); //$NON-NLS-1$ //$NON-NLS-2$
		String coder = project.coder(user);
		Date created = date(coding.getAttribute("creationDateTime")).orElseGet(() -> date(selectionCreated).orElse(null)); //$NON-NLS-1$
		plan.codings.add(new PlannedCoding(guid, span.document(), span.start(), span.end(), code.get(), coder,
				memo.isEmpty() ? null : String.join(MEMO_BREAK, memo), created, span.where()));
	}

	private static long position(String value) {
		try {
			return Long.parseLong(value.strip());
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	private Optional<Date> date(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		XMLGregorianCalendar calendar = dates.newXMLGregorianCalendar(value.strip());
		if (calendar.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
			calendar.setTimezone(0);
		}
		return Optional.of(calendar.toGregorianCalendar().getTime());
	}
}
