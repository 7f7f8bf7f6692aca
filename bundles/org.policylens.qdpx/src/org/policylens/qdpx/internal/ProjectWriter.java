package org.policylens.qdpx.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.qdc.QdcCodes;
import org.policylens.codebook.qdc.QdcWriter;
import org.policylens.coding.Codes;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coder;
import org.policylens.coding.model.Coding;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.qdpx.ProjectSchema;
import org.policylens.qdpx.QdpxException;
import org.policylens.qdpx.QdpxReport;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.model.AttributeType;

/**
 * Writes a study as a REFI-QDA {@code project.qde}: users (the coders), the codebook (one
 * not-codable top-level code per PolicyLens codebook, {@link CodebookWrapper}, with the codes as
 * {@link QdcCodes} writes them), variables (the case attributes, {@link Variables}), one case per
 * document with its values and a reference to its source, the sources (a {@code TextSource} per
 * document whose text is {@code sources/<guid>.txt} in the archive, a {@code PlainTextSelection}
 * per coding with the memo as its description and the {@code Coding} in it) and the study's
 * description.
 */
public final class ProjectWriter {

	/** Reads a document's stored text. */
	@FunctionalInterface
	public interface Texts {
		/**
		 * @param document a document of the study
		 * @return its text
		 * @throws IOException if it cannot be read
		 */
		String text(Document document) throws IOException;
	}

	private static final String SUBJECT = "the study"; //$NON-NLS-1$
	private static final int NAME_LENGTH = 60;

	private final OpenStudy study;
	private final QdpxReport report;
	private final String key;
	private final StringBuilder xml = new StringBuilder();
	private final Map<String, String> users = new LinkedHashMap<>();
	private final Map<Document, String> entries = new LinkedHashMap<>();

	/**
	 * @param study  the study to export
	 * @param report where to count what is exported and note what is not
	 */
	public ProjectWriter(OpenStudy study, QdpxReport report) {
		this.study = study;
		this.report = report;
		this.key = Guids.studyKey(study);
	}

	/**
	 * @param texts    reads the documents' texts
	 * @param progress one unit of work per document
	 * @return the {@code project.qde} (UTF-8), not yet validated
	 * @throws QdpxException if REFI-QDA cannot express something of the study (the message names it)
	 *                       or a text cannot be read
	 */
	public byte[] write(Texts texts, SubMonitor progress) throws QdpxException {
		List<Document> documents = Corpora.documents(study);
		progress.setWorkRemaining(documents.size());
		try {
			xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
			xml.append("<Project xmlns=\"").append(ProjectSchema.NAMESPACE) //$NON-NLS-1$
					.append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"") //$NON-NLS-1$
					.append(ProjectSchema.NAMESPACE).append(' ').append(ProjectSchema.LOCATION).append("\" name=\"") //$NON-NLS-1$
					.append(attribute(study.getStudy().getTitle(), "its title")).append("\" origin=\"") //$NON-NLS-1$ //$NON-NLS-2$
					.append(attribute(QdcWriter.origin(), "its origin")).append('"'); //$NON-NLS-1$
			date("creationDateTime", study.getStudy().getCreated()); //$NON-NLS-1$
			xml.append(">\n"); //$NON-NLS-1$
			users();
			codebooks();
			List<Variable> variables = variables(documents);
			cases(documents, variables);
			sources(documents, texts, progress);
			if (study.getStudy().getDescription() != null) {
				xml.append("  <Description>").append(text(study.getStudy().getDescription(), "its description")) //$NON-NLS-1$ //$NON-NLS-2$
						.append("</Description>\n"); //$NON-NLS-1$
			}
			xml.append("</Project>\n"); //$NON-NLS-1$
		} catch (CodebookException e) {
			throw new QdpxException(e.getMessage(), -1, -1, e);
		}
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** @return the archive entry of each document's text, e.g. {@code sources/<guid>.txt} */
	public Map<Document, String> entries() {
		return entries;
	}

	private void users() throws CodebookException, QdpxException {
		List<Coder> coders = StudyCodings.of(study).coders();
		for (Coder coder : coders) {
			users.put(coder.getId(), guid(coder.getGuid(), "the coder " + coder.getId())); //$NON-NLS-1$
		}
		Set<String> uncoded = new LinkedHashSet<>();
		StudyCodings.of(study).part().getCodings().stream().map(Coding::getCoder).filter(c -> !users.containsKey(c)).forEach(uncoded::add);
		if (coders.isEmpty() && uncoded.isEmpty()) {
			return;
		}
		xml.append("  <Users>\n"); //$NON-NLS-1$
		for (Coder coder : coders) {
			xml.append("    <User guid=\"").append(coder.getGuid()).append("\" name=\"") //$NON-NLS-1$ //$NON-NLS-2$
					.append(attribute(coder.getName() == null ? coder.getId() : coder.getName(), "the coder " + coder.getId())) //$NON-NLS-1$
					.append("\" id=\"").append(attribute(coder.getId(), "the coder " + coder.getId())).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (String id : uncoded) {
			users.put(id, Guids.of(key, "coder", id)); //$NON-NLS-1$
			xml.append("    <User guid=\"").append(users.get(id)).append("\" name=\"").append(attribute(id, "the coder " + id)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append("\" id=\"").append(attribute(id, "the coder " + id)).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		xml.append("  </Users>\n"); //$NON-NLS-1$
		report.count("coders", users.size()); //$NON-NLS-1$
	}

	private void codebooks() throws CodebookException {
		List<Codebook> codebooks = Codes.codebooks(study);
		if (codebooks.isEmpty()) {
			return;
		}
		report.count("codebooks", codebooks.size()); //$NON-NLS-1$
		xml.append("  <CodeBook>\n    <Codes>\n"); //$NON-NLS-1$
		for (Codebook codebook : codebooks) {
			String subject = "the codebook " + codebook.getId(); //$NON-NLS-1$
			xml.append("      <Code guid=\"").append(CodebookWrapper.guid(codebook.getId())).append("\" name=\"") //$NON-NLS-1$ //$NON-NLS-2$
					.append(QdcCodes.attribute(codebook.getName(), subject, "its name")).append("\" isCodable=\"false\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.append("        <Description>") //$NON-NLS-1$
					.append(QdcCodes.text(CodebookWrapper.render(CodebookWrapper.Fields.of(codebook)), subject, "its description")) //$NON-NLS-1$
					.append("</Description>\n"); //$NON-NLS-1$
			for (Code code : codebook.getCodes()) {
				QdcCodes.write(xml, code, subject, 4);
			}
			xml.append("      </Code>\n"); //$NON-NLS-1$
			report.count("codes", CodeTree.all(codebook).size()); //$NON-NLS-1$
		}
		xml.append("    </Codes>\n  </CodeBook>\n"); //$NON-NLS-1$
	}

	/** A variable as written: its GUID and REFI-QDA type. */
	private record Variable(String name, String guid, String refiType) {
	}

	private List<Variable> variables(List<Document> documents) throws CodebookException {
		Map<String, Variables.Attribute> attributes = new LinkedHashMap<>();
		for (AttributeDefinition definition : study.getStudy().getAttributes()) {
			attributes.put(definition.getName(), Variables.Attribute.of(definition));
		}
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (Document document : documents) {
			Corpora.values(document).forEach((name, value) -> {
				values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
				attributes.computeIfAbsent(name, k -> new Variables.Attribute(name, null, AttributeType.TEXT, null, List.of()));
			});
		}
		List<Variable> variables = new ArrayList<>();
		if (attributes.isEmpty()) {
			return variables;
		}
		xml.append("  <Variables>\n"); //$NON-NLS-1$
		for (Variables.Attribute attribute : attributes.values()) {
			Variable variable = new Variable(attribute.name(), Guids.of(key, "variable", attribute.name()), //$NON-NLS-1$
					Variables.refiType(attribute.type(), values.getOrDefault(attribute.name(), List.of())));
			String what = "the attribute " + attribute.name(); //$NON-NLS-1$
			xml.append("    <Variable guid=\"").append(variable.guid()).append("\" name=\"").append(attribute(attribute.name(), what)) //$NON-NLS-1$ //$NON-NLS-2$
					.append("\" typeOfVariable=\"").append(variable.refiType()).append("\">\n      <Description>") //$NON-NLS-1$ //$NON-NLS-2$
					.append(text(Variables.render(attribute), what)).append("</Description>\n    </Variable>\n"); //$NON-NLS-1$
			variables.add(variable);
		}
		xml.append("  </Variables>\n"); //$NON-NLS-1$
		report.count("variables", variables.size()); //$NON-NLS-1$
		return variables;
	}

	private void cases(List<Document> documents, List<Variable> variables) throws CodebookException {
		if (documents.isEmpty()) {
			return;
		}
		Map<String, Variable> byName = new LinkedHashMap<>();
		variables.forEach(v -> byName.put(v.name(), v));
		xml.append("  <Cases>\n"); //$NON-NLS-1$
		int values = 0;
		for (Document document : documents) {
			String what = "policy " + document.getNumber(); //$NON-NLS-1$
			xml.append("    <Case guid=\"").append(Guids.of(key, "case", Integer.toString(document.getNumber()))).append("\" name=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(attribute(title(document), what)).append("\">\n"); //$NON-NLS-1$
			for (Map.Entry<String, String> value : Corpora.values(document).entrySet()) {
				Variable variable = byName.get(value.getKey());
				String element = Variables.valueElement(variable.refiType());
				xml.append("      <VariableValue>\n        <VariableRef targetGUID=\"").append(variable.guid()).append("\"/>\n        <") //$NON-NLS-1$ //$NON-NLS-2$
						.append(element).append('>').append(text(value.getValue(), what + "'s " + value.getKey())).append("</") //$NON-NLS-1$ //$NON-NLS-2$
						.append(element).append(">\n      </VariableValue>\n"); //$NON-NLS-1$
				values++;
			}
			xml.append("      <SourceRef targetGUID=\"").append(sourceGuid(document)).append("\"/>\n    </Case>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		xml.append("  </Cases>\n"); //$NON-NLS-1$
		report.count("values", values); //$NON-NLS-1$
	}

	private void sources(List<Document> documents, Texts texts, SubMonitor progress) throws CodebookException, QdpxException {
		if (documents.isEmpty()) {
			return;
		}
		StudyCodings codings = StudyCodings.of(study);
		xml.append("  <Sources>\n"); //$NON-NLS-1$
		for (Document document : documents) {
			progress.subTask(title(document));
			String text;
			try {
				text = texts.text(document);
			} catch (IOException e) {
				throw new QdpxException("cannot read the text of policy " + document.getNumber() + " (" + document.getTextPath() + "): " //$NON-NLS-3$
						+ e.getMessage(), -1, -1, e);
			}
			String guid = sourceGuid(document);
			entries.put(document, ProjectSchema.SOURCES + "/" + guid + ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.append("    <TextSource guid=\"").append(guid).append("\" name=\"").append(attribute(title(document), "policy " + document.getNumber())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append("\" plainTextPath=\"").append(ProjectSchema.INTERNAL).append(guid).append(".txt\""); //$NON-NLS-1$ //$NON-NLS-2$
			date("creationDateTime", document.getImported()); //$NON-NLS-1$
			xml.append(">\n"); //$NON-NLS-1$
			TextPositions positions = TextPositions.of(text);
			for (Coding coding : codings.ofDocument(document.getNumber())) {
				selection(coding, text, positions);
			}
			xml.append("    </TextSource>\n"); //$NON-NLS-1$
			report.count("documents", 1); //$NON-NLS-1$
			progress.split(1);
		}
		xml.append("  </Sources>\n"); //$NON-NLS-1$
	}

	private void selection(Coding coding, String text, TextPositions positions) throws CodebookException, QdpxException {
		String what = "the coding " + coding.getGuid() + " of " + StudyCodings.place(coding); //$NON-NLS-1$ //$NON-NLS-2$
		if (coding.getCode() == null || coding.getCode().getGuid() == null) {
			report.drop("codings whose code is gone from the study's codebooks", StudyCodings.place(coding));
			return;
		}
		String user = users.get(coding.getCoder());
		xml.append("      <PlainTextSelection guid=\"").append(Guids.of("selection", guid(coding.getGuid(), what))) //$NON-NLS-1$ //$NON-NLS-2$
				.append("\" name=\"").append(attribute(snippet(text.substring(coding.getStart(), coding.getEnd())), what)) //$NON-NLS-1$
				.append("\" startPosition=\"").append(positions.position(coding.getStart())) //$NON-NLS-1$
				.append("\" endPosition=\"").append(positions.position(coding.getEnd())) //$NON-NLS-1$
				.append("\" creatingUser=\"").append(user).append('"'); //$NON-NLS-1$
		date("creationDateTime", coding.getCreated()); //$NON-NLS-1$
		xml.append(">\n"); //$NON-NLS-1$
		if (coding.getMemo() != null) {
			xml.append("        <Description>").append(text(coding.getMemo(), "the memo of " + what)).append("</Description>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			report.count("memos", 1); //$NON-NLS-1$
		}
		xml.append("        <Coding guid=\"").append(coding.getGuid()).append("\" creatingUser=\"").append(user).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
		date("creationDateTime", coding.getCreated()); //$NON-NLS-1$
		xml.append(">\n          <CodeRef targetGUID=\"").append(coding.getCode().getGuid()).append("\"/>\n        </Coding>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.append("      </PlainTextSelection>\n"); //$NON-NLS-1$
		report.count("codings", 1); //$NON-NLS-1$
		if (coding.getEvidence() != null) {
			report.drop("pieces of evidence of accepted auto-coding proposals (REFI-QDA has no place for them; "
					+ "the codings are kept, by their auto: coder)", StudyCodings.place(coding));
		}
	}

	private String sourceGuid(Document document) {
		return Guids.of(key, "document", Integer.toString(document.getNumber())); //$NON-NLS-1$
	}

	private static String title(Document document) {
		return document.getTitle() == null || document.getTitle().isBlank() ? "Policy " + document.getNumber() : document.getTitle(); //$NON-NLS-1$
	}

	private static String snippet(String text) {
		String flat = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return flat.codePointCount(0, flat.length()) <= NAME_LENGTH ? flat : flat.substring(0, flat.offsetByCodePoints(0, NAME_LENGTH)) + "…"; //$NON-NLS-1$
	}

	private void date(String name, Date date) {
		if (date != null) {
			xml.append(' ').append(name).append("=\"").append(date.toInstant()).append('"'); //$NON-NLS-1$
		}
	}

	private static String guid(String guid, String what) throws QdpxException {
		if (guid == null || !QdcCodes.GUID.matcher(guid).matches()) {
			throw new QdpxException("cannot export the study as REFI-QDA: " + what + " has the GUID '" + guid
					+ "', and REFI-QDA needs a GUID such as 0b2f6c1e-5a4d-4f0e-9a37-3c1d2e4f5a6b");
		}
		return guid;
	}

	private static String attribute(String value, String what) throws CodebookException {
		return QdcCodes.attribute(value, SUBJECT, what);
	}

	private static String text(String value, String what) throws CodebookException {
		return QdcCodes.text(value, SUBJECT, what);
	}
}
