package org.policylens.codebook.qdc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The REFI-QDA codebook schema ({@code Codebook.xsd}, next to this class; origin and licence in
 * {@code SOURCES.md}), compiled once, never fetched from the network.
 */
public final class QdcSchema {

	/** The namespace of REFI-QDA codebooks. */
	public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0"; //$NON-NLS-1$
	/** Where the standard publishes the schema (written as a hint in exported files, never read). */
	public static final String LOCATION = "http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"; //$NON-NLS-1$

	private QdcSchema() {
	}

	/** @return the compiled schema */
	public static Schema get() {
		return Holder.SCHEMA;
	}

	/**
	 * Validates a codebook file's bytes against the schema.
	 *
	 * @param bytes the file's content
	 * @param name  the file's name, for the message
	 * @throws QdcException if it is not valid (the message gives the line and column)
	 */
	public static void validate(byte[] bytes, String name) throws QdcException {
		Validator validator = get().newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
			validator.validate(new StreamSource(new ByteArrayInputStream(bytes)));
		} catch (SAXParseException e) {
			throw QdcReader.refused(name, e);
		} catch (SAXException | IOException e) {
			throw new QdcException(name + ": " + e.getMessage(), -1, -1, e);
		}
	}

	/**
	 * Compiles a schema that a bundle carries, with secure processing and without fetching anything
	 * (no external DTD or schema), as the REFI-QDA schemas are compiled.
	 *
	 * @param owner    the class next to which the schema lies
	 * @param resource its file name, e.g. {@code Codebook.xsd}
	 * @return the schema
	 * @throws IllegalStateException if it is missing or does not compile
	 */
	public static Schema compile(Class<?> owner, String resource) {
		URL url = owner.getResource(resource);
		if (url == null) {
			throw new IllegalStateException(resource + " is missing from the bundle of " + owner.getName());
		}
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
			try (InputStream in = url.openStream()) {
				return factory.newSchema(new StreamSource(in));
			}
		} catch (SAXException | IOException e) {
			throw new IllegalStateException(resource + " does not compile: " + e.getMessage(), e);
		}
	}

	/**
	 * A parser factory for REFI-QDA files from anywhere: namespace aware, secure processing, no
	 * document type declaration (so no DTD, external entity or entity expansion), no XInclude, and
	 * validating against a schema while it parses.
	 *
	 * @param schema the schema to validate against
	 * @return the factory
	 * @throws IllegalStateException if the XML parser cannot be made safe
	 */
	public static DocumentBuilderFactory safeParsers(Schema schema) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false); //$NON-NLS-1$
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false); //$NON-NLS-1$
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setSchema(schema);
			return factory;
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
		}
	}

	/** Compiles the schema on first use. */
	private static final class Holder {
		static final Schema SCHEMA = compile(QdcSchema.class, "Codebook.xsd"); //$NON-NLS-1$
	}
}
