package org.policylens.qdpx.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookFactory;
import org.policylens.codebook.qdc.QdcCodes;
import org.policylens.qdpx.ProjectSchema;
import org.policylens.qdpx.QdpxException;
import org.policylens.qdpx.QdpxReport;
import org.policylens.qdpx.internal.ImportPlan.PlannedAttribute;
import org.policylens.qdpx.internal.ImportPlan.PlannedCoder;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a validated {@code project.qde} into an {@link ImportPlan}: the project's name and
 * description, users as coders, the codebook (PolicyLens codebooks from their wrapper codes, other
 * codes into one codebook named after the project), variables as case attributes, text sources
 * ({@link SourceReader}), case values, and a report of everything PolicyLens does not take.
 */
public final class ProjectReader {

	static final String NS = ProjectSchema.NAMESPACE;

	private final Path file;
	private final QdpxReport report;
	private final ProjectTexts texts;
	private final ImportPlan plan = new ImportPlan();
	private final Map<String, String> coders = new HashMap<>();
	private final Set<String> coderIds = new HashSet<>();
	private final Map<String, Code> codes = new HashMap<>();
	private final Map<String, String> variables = new HashMap<>();
	private String unknownCoder;
	private int unknownCodings;

	/**
	 * @param file    the archive (its name names the project's own codebook and origins)
	 * @param archive the archive, opened
	 * @param report  where to note what is not carried over
	 */
	public ProjectReader(Path file, QdpxArchive archive, QdpxReport report) {
		this.file = file;
		this.report = report;
		this.texts = new ProjectTexts(archive, report);
	}

	/**
	 * @param root     the {@code Project} element, valid against the schema
	 * @param progress one unit of work per source
	 * @return what the project brings
	 * @throws QdpxException if the project is refused (a path that leads out of the archive, a text
	 *                       that is not UTF-8, two codes with one GUID)
	 */
	public ImportPlan read(Element root, SubMonitor progress) throws QdpxException {
		plan.name = root.getAttribute("name"); //$NON-NLS-1$
		plan.origin = root.hasAttribute("origin") ? root.getAttribute("origin") : null; //$NON-NLS-1$ //$NON-NLS-2$
		plan.description = first(root, "Description").map(Element::getTextContent).orElse(null); //$NON-NLS-1$
		users(root);
		texts.readNotes(root);
		codebook(root);
		variables(root);
		Map<String, Integer> sources = new SourceReader(this, texts, report, plan).read(first(root, "Sources"), progress); //$NON-NLS-1$
		cases(root, sources);
		leftBehind(root);
		texts.reportUnused();
		if (unknownCodings > 0) {
			report.note(unknownCodings + " coding(s) name no user of the project; they are the coder '" + unknownCoder + "'");
		}
		return plan;
	}

	private void users(Element root) {
		for (Element user : all(root, "Users", "User")) { //$NON-NLS-1$ //$NON-NLS-2$
			String guid = user.getAttribute("guid").strip(); //$NON-NLS-1$
			if (coders.containsKey(Guids.key(guid))) {
				continue;
			}
			String name = user.getAttribute("name").strip(); //$NON-NLS-1$
			String id = user.getAttribute("id").strip(); //$NON-NLS-1$
			String coder = uniqueCoder(!id.isEmpty() && id.chars().noneMatch(Character::isWhitespace) ? id
					: !name.isEmpty() ? name.replaceAll("\\s+", "_") : "user-" + Guids.key(guid).substring(0, 8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			plan.coders.add(new PlannedCoder(guid, coder, name.isEmpty() ? coder : name));
			coders.put(Guids.key(guid), coder);
		}
	}

	private String uniqueCoder(String id) {
		String unique = id;
		for (int n = 2; !coderIds.add(unique); n++) {
			unique = id + "-" + n; //$NON-NLS-1$
		}
		return unique;
	}

	/**
	 * @param guid the GUID of a user, as a selection or coding names it, or blank
	 * @return the coder id of that user; a user the project does not list becomes a coder of
	 *         their own, no user at all the coder {@code unknown}
	 */
	String coder(String guid) {
		if (guid == null || guid.isBlank()) {
			if (unknownCoder == null) {
				unknownCoder = uniqueCoder("unknown"); //$NON-NLS-1$
				plan.coders.add(new PlannedCoder(Guids.of("unknown user", file.getFileName().toString()), unknownCoder, //$NON-NLS-1$
						"Unknown (no user in the project)"));
			}
			unknownCodings++;
			return unknownCoder;
		}
		return coders.computeIfAbsent(Guids.key(guid), key -> {
			String id = uniqueCoder("user-" + key.substring(0, Math.min(8, key.length()))); //$NON-NLS-1$
			plan.coders.add(new PlannedCoder(guid.strip(), id, id));
			report.note("the user " + guid.strip() + " is not among the project's users; their codings are by the coder " + id);
			return id;
		});
	}

	/**
	 * @param guid a code GUID, as a coding names it
	 * @return the code
	 */
	Optional<Code> code(String guid) {
		return Optional.ofNullable(codes.get(Guids.key(guid)));
	}

	private void codebook(Element root) throws QdpxException {
		List<Code> loose = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Element top : all(first(root, "CodeBook").orElse(null), "Codes", "Code")) { //$NON-NLS-1$ //$NON-NLS-2$
			String description = first(top, "Description").map(Element::getTextContent).orElse(null); //$NON-NLS-1$
			boolean codable = isCodable(top);
			Optional<CodebookWrapper.Fields> wrapper = CodebookWrapper.parse(top.getAttribute("guid"), codable, description); //$NON-NLS-1$
			if (wrapper.isPresent() && ids.add(wrapper.get().id())) {
				CodebookWrapper.Fields fields = wrapper.get();
				Codebook book = codebook(fields.id(), top.getAttribute("name")); //$NON-NLS-1$
				book.setDescription(fields.description());
				book.setSource(fields.source());
				book.setLanguage(fields.language());
				book.setExchangeOrigin(fields.exchangeOrigin());
				book.setOrigin(fields.origin()); // as it was in the exported study (the ledger names the file)
				for (Element code : QdcCodes.children(top, NS, "Code")) { //$NON-NLS-1$
					book.getCodes().add(QdcCodes.read(code, NS));
				}
				plan.codebooks.add(book);
			} else {
				loose.add(QdcCodes.read(top, NS));
			}
			codeNotes(top);
		}
		if (!loose.isEmpty()) {
			String id = Codebooks.idFromFileName(file);
			for (int n = 2; ids.contains(id); n++) {
				id = Codebooks.idFromFileName(file) + "-" + n; //$NON-NLS-1$
			}
			Codebook book = codebook(id, plan.name.isBlank() ? id : plan.name);
			book.setExchangeOrigin(plan.origin);
			book.getCodes().addAll(loose);
			plan.codebooks.add(book);
		}
		for (Codebook book : plan.codebooks) {
			Optional<String> problem = CodeTree.checkIdentities(book);
			if (problem.isPresent()) {
				throw new QdpxException(file.getFileName() + " is refused: its codebook is not consistent (" + problem.get() + ")");
			}
			for (Code code : CodeTree.all(book)) {
				Code other = codes.put(Guids.key(code.getGuid()), code);
				if (other != null) {
					throw new QdpxException(file.getFileName() + " is refused: the codes '" + CodeTree.pathOf(other) + "' and '"
							+ CodeTree.pathOf(code) + "' have the same GUID " + code.getGuid());
				}
			}
		}
	}

	private static boolean isCodable(Element code) {
		String codable = code.getAttribute("isCodable").strip(); //$NON-NLS-1$
		return codable.equals("true") || codable.equals("1"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Codebook codebook(String id, String name) {
		Codebook book = CodebookFactory.eINSTANCE.createCodebook();
		book.setId(id);
		book.setName(name);
		book.setVersion(1);
		book.setOrigin("qdpx:" + file.getFileName()); //$NON-NLS-1$
		return book;
	}

	private void codeNotes(Element code) {
		for (Element note : QdcCodes.children(code, NS, "NoteRef")) { //$NON-NLS-1$
			texts.leave(note.getAttribute("targetGUID")); //$NON-NLS-1$
			report.drop("notes attached to codes (PolicyLens codes have definitions, not notes)", code.getAttribute("name")); //$NON-NLS-1$
		}
		for (Element child : QdcCodes.children(code, NS, "Code")) { //$NON-NLS-1$
			codeNotes(child);
		}
	}

	private void variables(Element root) {
		Set<String> names = new HashSet<>();
		for (Element variable : all(root, "Variables", "Variable")) { //$NON-NLS-1$ //$NON-NLS-2$
			String name = variable.getAttribute("name"); //$NON-NLS-1$
			String type = variable.getAttribute("typeOfVariable").strip(); //$NON-NLS-1$
			String description = first(variable, "Description").map(Element::getTextContent).orElse(null); //$NON-NLS-1$
			Optional<Variables.Attribute> own = Variables.parse(name, description).filter(a -> names.add(a.name()));
			PlannedAttribute attribute;
			if (own.isPresent()) {
				Variables.Attribute a = own.get();
				attribute = new PlannedAttribute(a.name(), a.label(), a.type(), a.description(), a.values());
			} else {
				String base = Variables.attributeName(name);
				String unique = base;
				for (int n = 2; !names.add(unique); n++) {
					unique = base + "_" + n; //$NON-NLS-1$
				}
				attribute = new PlannedAttribute(unique, name, Variables.typeOf(type), description, List.of());
				if (!unique.equals(name)) {
					report.note("the variable '" + name + "' is the case attribute " + unique);
				}
				if (Variables.DATE_TIME.equals(type)) {
					report.note("the DateTime variable '" + name + "' is kept as text");
				}
			}
			plan.attributes.add(attribute);
			variables.put(Guids.key(variable.getAttribute("guid")), attribute.name()); //$NON-NLS-1$
		}
	}

	/**
	 * @param owner an element with {@code VariableValue} children (a case or a source)
	 * @param what  what it is, for the report
	 * @return its values by attribute name
	 */
	Map<String, String> values(Element owner, String what) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Element value : QdcCodes.children(owner, NS, "VariableValue")) { //$NON-NLS-1$
			String guid = first(value, "VariableRef").map(r -> r.getAttribute("targetGUID")).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			String attribute = variables.get(Guids.key(guid));
			if (attribute == null) {
				report.drop("values of variables the project does not define", what);
				continue;
			}
			for (Node n = value.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element e && Variables.VALUE_ELEMENTS.contains(e.getLocalName())) {
					String text = e.getLocalName().equals("TextValue") ? e.getTextContent() : e.getTextContent().strip(); //$NON-NLS-1$
					if (!text.isBlank()) {
						values.putIfAbsent(attribute, text);
					}
				}
			}
		}
		return values;
	}

	private void cases(Element root, Map<String, Integer> sources) {
		for (Element c : all(root, "Cases", "Case")) { //$NON-NLS-1$ //$NON-NLS-2$
			String name = c.hasAttribute("name") ? c.getAttribute("name") : c.getAttribute("guid"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map<String, String> values = values(c, "case " + name); //$NON-NLS-1$
			List<Integer> documents = new ArrayList<>();
			for (Element ref : QdcCodes.children(c, NS, "SourceRef")) { //$NON-NLS-1$
				Integer document = sources.get(Guids.key(ref.getAttribute("targetGUID"))); //$NON-NLS-1$
				if (document != null) {
					documents.add(document);
				}
			}
			QdcCodes.children(c, NS, "SelectionRef") //$NON-NLS-1$
					.forEach(r -> report.drop("selections of cases (a PolicyLens case is a whole document)", name));
			QdcCodes.children(c, NS, "CodeRef").forEach(r -> report.drop("codes of cases (a PolicyLens case is a document)", name)); //$NON-NLS-1$
			if (first(c, "Description").isPresent()) { //$NON-NLS-1$
				report.drop("descriptions of cases", name);
			}
			if (!values.isEmpty() && documents.isEmpty()) {
				report.drop("cases with values but no imported text source", name);
			}
			for (int document : documents) {
				Map<String, String> own = plan.documents.get(document).values;
				values.forEach((attribute, value) -> {
					String before = own.putIfAbsent(attribute, value);
					if (before != null && !before.equals(value)) {
						report.drop("case values that contradict another value of the same document (the first is kept)",
								name + ": " + attribute + "=" + value); //$NON-NLS-1$ //$NON-NLS-2$
					}
				});
			}
		}
	}

	private void leftBehind(Element root) {
		for (Element note : QdcCodes.children(root, NS, "NoteRef")) { //$NON-NLS-1$
			texts.leave(note.getAttribute("targetGUID")); //$NON-NLS-1$
			report.drop("notes about the project as a whole", null);
		}
		for (Element link : all(root, "Links", "Link")) { //$NON-NLS-1$ //$NON-NLS-2$
			QdcCodes.children(link, NS, "NoteRef").forEach(n -> texts.leave(n.getAttribute("targetGUID"))); //$NON-NLS-1$ //$NON-NLS-2$
			report.drop("links between codes, sources and notes (PolicyLens has no links)", link.getAttribute("name")); //$NON-NLS-1$
		}
		for (Element set : all(root, "Sets", "Set")) { //$NON-NLS-1$ //$NON-NLS-2$
			report.drop("sets of codes, sources or notes (PolicyLens has no sets; use a case attribute)", set.getAttribute("name")); //$NON-NLS-1$
		}
		for (Element graph : all(root, "Graphs", "Graph")) { //$NON-NLS-1$ //$NON-NLS-2$
			report.drop("graphs (network views)", graph.getAttribute("name")); //$NON-NLS-1$
		}
	}

	/**
	 * @param parent    an element, or {@code null}
	 * @param localName the local name of a child in the project namespace
	 * @return the first such child
	 */
	static Optional<Element> first(Element parent, String localName) {
		return parent == null ? Optional.empty() : QdcCodes.first(parent, NS, localName);
	}

	private static List<Element> all(Element parent, String list, String item) {
		return first(parent, list).map(l -> QdcCodes.children(l, NS, item)).orElse(List.of());
	}
}
