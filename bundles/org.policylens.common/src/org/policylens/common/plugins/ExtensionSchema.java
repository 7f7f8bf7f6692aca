package org.policylens.common.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What an extension point's {@code .exsd} says about its elements' attributes: which are
 * required, which name Java classes and which type those classes must have. Enough to check a
 * contribution without creating anything.
 */
final class ExtensionSchema {

	/**
	 * @param required whether {@code use="required"}
	 * @param java     whether {@code kind="java"}
	 * @param basedOn  the types a class must extend/implement, from {@code basedOn="Super:Interface"}
	 */
	record Attribute(String name, boolean required, boolean java, String[] basedOn) {
	}

	static final ExtensionSchema EMPTY = new ExtensionSchema(Map.of());

	private final Map<String, Map<String, Attribute>> elements;

	private ExtensionSchema(Map<String, Map<String, Attribute>> elements) {
		this.elements = elements;
	}

	/**
	 * @param element an element name
	 * @return its attributes by name; empty if the schema does not describe the element
	 */
	Map<String, Attribute> attributes(String element) {
		return elements.getOrDefault(element, Map.of());
	}

	/**
	 * @param in the {@code .exsd} content
	 * @return the schema
	 * @throws IOException if it cannot be read or parsed
	 */
	static ExtensionSchema parse(InputStream in) throws IOException {
		Document document;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			document = builder.parse(in);
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("not a valid extension point schema: " + e.getMessage(), e);
		}
		Map<String, Map<String, Attribute>> elements = new HashMap<>();
		NodeList elementNodes = document.getElementsByTagName("element"); //$NON-NLS-1$
		for (int i = 0; i < elementNodes.getLength(); i++) {
			Element element = (Element) elementNodes.item(i);
			Map<String, Attribute> attributes = new HashMap<>();
			NodeList attributeNodes = element.getElementsByTagName("attribute"); //$NON-NLS-1$
			for (int j = 0; j < attributeNodes.getLength(); j++) {
				Attribute attribute = readAttribute((Element) attributeNodes.item(j));
				attributes.put(attribute.name(), attribute);
			}
			elements.put(element.getAttribute("name"), attributes); //$NON-NLS-1$
		}
		return new ExtensionSchema(elements);
	}

	private static Attribute readAttribute(Element node) {
		boolean required = "required".equals(node.getAttribute("use")); //$NON-NLS-1$ //$NON-NLS-2$
		boolean java = false;
		String[] basedOn = new String[0];
		NodeList metas = node.getElementsByTagName("meta.attribute"); //$NON-NLS-1$
		if (metas.getLength() > 0) {
			Element meta = (Element) metas.item(0);
			java = "java".equals(meta.getAttribute("kind")); //$NON-NLS-1$ //$NON-NLS-2$
			basedOn = java ? splitBasedOn(meta.getAttribute("basedOn")) : basedOn; //$NON-NLS-1$
		}
		return new Attribute(node.getAttribute("name"), required, java, basedOn); //$NON-NLS-1$
	}

	private static String[] splitBasedOn(String value) {
		return java.util.Arrays.stream(value.split(":")).map(String::trim).filter(s -> !s.isEmpty()) //$NON-NLS-1$
				.toArray(String[]::new);
	}
}
