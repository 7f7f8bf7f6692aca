package org.policylens.codebook.tests;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * XML in a canonical text form for comparing two files: element and attribute names with their
 * namespaces, attributes sorted, text as it is; not compared are namespace declarations and
 * prefixes, xsi:schemaLocation (a hint where the schema is), comments, and white space between
 * elements (indentation).
 */
final class XmlCanonical {

	private XmlCanonical() {
	}

	static String of(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
		StringBuilder out = new StringBuilder();
		Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
		root.normalize();
		write(root, out, 0);
		return out.toString();
	}

	private static void write(Element element, StringBuilder out, int depth) {
		out.append("  ".repeat(depth)).append('{').append(element.getNamespaceURI()).append('}').append(element.getLocalName()); //$NON-NLS-1$
		List<String> attributes = new ArrayList<>();
		NamedNodeMap map = element.getAttributes();
		for (int i = 0; i < map.getLength(); i++) {
			Attr a = (Attr) map.item(i);
			if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())
					|| XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(a.getNamespaceURI())) {
				continue;
			}
			attributes.add((a.getNamespaceURI() == null ? "" : "{" + a.getNamespaceURI() + "}") + a.getLocalName() + "=" + a.getValue()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		attributes.sort(null);
		out.append(attributes).append('\n');
		for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element child) {
				write(child, out, depth + 1);
			} else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
				if (!n.getNodeValue().isBlank() || !hasElementChildren(element)) {
					out.append("  ".repeat(depth + 1)).append("text:").append(n.getNodeValue().replace("\n", "\\n").replace("\r", "\\r")).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				}
			}
		}
	}

	private static boolean hasElementChildren(Element element) {
		for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element) {
				return true;
			}
		}
		return false;
	}
}
