package org.policylens.codebook.qdc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.CodebookFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The REFI-QDA mapping of codes, shared by codebook files ({@code .qdc}, namespace
 * {@code urn:QDA-XML:codebook:1.0}) and project files ({@code .qdpx}, {@code urn:QDA-XML:project:1.0}),
 * whose {@code Code} elements are the same: {@code guid}, {@code name}, {@code isCodable}, the code's
 * own {@code color}, a {@code Description} that holds the PolicyLens fields ({@link QdcDescription})
 * and the children. Also the escaping both writers use.
 */
public final class QdcCodes {

	/** REFI-QDA's {@code GUIDType}: a GUID, with or without braces. */
	public static final Pattern GUID = Pattern.compile(
			"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})|(\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\})"); //$NON-NLS-1$
	private static final Pattern COLOUR = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})"); //$NON-NLS-1$
	private static final String INDENT = "  "; //$NON-NLS-1$

	private QdcCodes() {
	}

	/**
	 * Appends a code and its children as REFI-QDA {@code Code} elements, without a namespace prefix
	 * (they take the namespace of the enclosing element).
	 *
	 * @param xml     where to write
	 * @param code    the code
	 * @param subject what is exported, for messages, e.g. {@code the codebook policy-tools}
	 * @param depth   the indentation (two spaces each)
	 * @throws CodebookException if REFI-QDA cannot express the code (a guid that is not a GUID, a
	 *                           colour that is not #RRGGBB, a character XML cannot hold); the
	 *                           message names the code
	 */
	public static void write(StringBuilder xml, Code code, String subject, int depth) throws CodebookException {
		String what = "the code " + CodeTree.pathOf(code); //$NON-NLS-1$
		if (code.getGuid() == null || !GUID.matcher(code.getGuid()).matches()) {
			throw new CodebookException("cannot export " + subject + " as REFI-QDA: " + what + " has the guid '" + code.getGuid()
					+ "', and REFI-QDA needs a GUID such as 0b2f6c1e-5a4d-4f0e-9a37-3c1d2e4f5a6b");
		}
		String indent = INDENT.repeat(depth);
		xml.append(indent).append("<Code guid=\"").append(attribute(code.getGuid(), subject, what)) //$NON-NLS-1$
				.append("\" name=\"").append(attribute(code.getName(), subject, what)) //$NON-NLS-1$
				.append("\" isCodable=\"").append(code.isCodable()).append('"'); //$NON-NLS-1$
		if (code.getColour() != null) {
			if (!COLOUR.matcher(code.getColour()).matches()) {
				throw new CodebookException("cannot export " + subject + " as REFI-QDA: " + what + " has the colour '" + code.getColour()
						+ "', not #RRGGBB");
			}
			xml.append(" color=\"").append(code.getColour()).append('"'); //$NON-NLS-1$
		}
		String description = QdcDescription.render(QdcDescription.Fields.of(code));
		if (description == null && code.getChildren().isEmpty()) {
			xml.append("/>\n"); //$NON-NLS-1$
			return;
		}
		xml.append(">\n"); //$NON-NLS-1$
		if (description != null) {
			xml.append(indent).append(INDENT).append("<Description>").append(text(description, subject, what)) //$NON-NLS-1$
					.append("</Description>\n"); //$NON-NLS-1$
		}
		for (Code child : code.getChildren()) {
			write(xml, child, subject, depth + 1);
		}
		xml.append(indent).append("</Code>\n"); //$NON-NLS-1$
	}

	/**
	 * Reads a REFI-QDA {@code Code} element (already validated against its schema) and the codes
	 * under it. What a project's codes may have besides ({@code NoteRef}s) is left to the caller.
	 *
	 * @param element   the {@code Code} element
	 * @param namespace the namespace of the file ({@link QdcSchema#NAMESPACE} or the project's)
	 * @return the code with its children
	 */
	public static Code read(Element element, String namespace) {
		Code code = CodebookFactory.eINSTANCE.createCode();
		code.setGuid(element.getAttribute("guid").strip()); //$NON-NLS-1$
		code.setName(element.getAttribute("name")); //$NON-NLS-1$
		String codable = element.getAttribute("isCodable").strip(); //$NON-NLS-1$
		code.setCodable(codable.equals("true") || codable.equals("1")); //$NON-NLS-1$ //$NON-NLS-2$
		if (element.hasAttribute("color")) { //$NON-NLS-1$
			code.setColour(element.getAttribute("color").strip()); //$NON-NLS-1$
		}
		Optional<Element> description = first(element, namespace, "Description"); //$NON-NLS-1$
		QdcDescription.parse(description.map(Element::getTextContent).orElse(null)).applyTo(code);
		for (Element child : children(element, namespace, "Code")) { //$NON-NLS-1$
			code.getChildren().add(read(child, namespace));
		}
		return code;
	}

	/**
	 * @param parent    an element
	 * @param namespace the namespace of the children sought
	 * @param localName their local name
	 * @return the child elements with that name, in document order
	 */
	public static List<Element> children(Element parent, String namespace, String localName) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && localName.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI())) {
				found.add(e);
			}
		}
		return found;
	}

	/**
	 * @param parent    an element
	 * @param namespace the namespace of the child sought
	 * @param localName its local name
	 * @return the first child element with that name
	 */
	public static Optional<Element> first(Element parent, String namespace, String localName) {
		List<Element> found = children(parent, namespace, localName);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/**
	 * @param value   a value
	 * @param subject what is exported, for the message
	 * @param what    which of its parts holds the value, for the message (e.g. {@code its origin})
	 * @return the value escaped for an XML attribute (markup, quotes and the white space a parser
	 *         would normalise)
	 * @throws CodebookException if it holds a character XML cannot hold
	 */
	public static String attribute(String value, String subject, String what) throws CodebookException {
		return escape(value, true, subject, what);
	}

	/**
	 * @param value   a value
	 * @param subject what is exported, for the message
	 * @param what    which of its parts holds the value, for the message
	 * @return the value escaped for XML element content (markup; carriage returns as references)
	 * @throws CodebookException if it holds a character XML cannot hold
	 */
	public static String text(String value, String subject, String what) throws CodebookException {
		return escape(value, false, subject, what);
	}

	private static String escape(String value, boolean attribute, String subject, String what) throws CodebookException {
		StringBuilder escaped = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
			case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
			case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
			case '\r' -> escaped.append("&#13;"); //$NON-NLS-1$
			case '"' -> escaped.append(attribute ? "&quot;" : "\""); //$NON-NLS-1$ //$NON-NLS-2$
			case '\t' -> escaped.append(attribute ? "&#9;" : "\t"); //$NON-NLS-1$ //$NON-NLS-2$
			case '\n' -> escaped.append(attribute ? "&#10;" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
					throw new CodebookException("cannot export " + subject + " as REFI-QDA: " + what + " holds the control character U+"
							+ String.format("%04X", (int) c) + ", which XML cannot hold"); //$NON-NLS-1$
				}
				escaped.append(c);
			}
			}
		}
		return escaped.toString();
	}
}
