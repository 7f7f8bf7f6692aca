package org.policylens.qdpx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.policylens.codebook.qdc.QdcSchema;
import org.policylens.qdpx.ProjectSchema;
import org.policylens.qdpx.QdpxException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a {@code project.qde} safely and validates it against the REFI-QDA project schema in one
 * pass: no document type declaration (so no DTD, external entity or entity expansion), secure
 * processing, no XInclude. Malformed XML is refused at the first error with its line and column;
 * schema violations are collected so that the message can name the element (the validator
 * reports a bad value first and the element it belongs to just after).
 */
public final class ProjectXml {

	private static final int MAX_ERRORS = 20;

	private ProjectXml() {
	}

	/**
	 * @param bytes the content of a {@code project.qde}
	 * @param where what to call it in messages, e.g. {@code study.qdpx: project.qde}
	 * @return the parsed, valid document
	 * @throws QdpxException if it is refused
	 */
	public static Document parse(byte[] bytes, String where) throws QdpxException {
		Collector errors = new Collector();
		Document document;
		try {
			DocumentBuilderFactory factory = QdcSchema.safeParsers(ProjectSchema.get());
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(errors);
			document = builder.parse(new ByteArrayInputStream(bytes));
		} catch (SAXParseException e) {
			throw refused(where, e, errors.errors);
		} catch (SAXException | IOException e) {
			throw new QdpxException(where + ": not a readable REFI-QDA project (" + e.getMessage() + ")", -1, -1, e);
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
		}
		if (!errors.errors.isEmpty()) {
			throw refused(where, errors.errors.get(0), errors.errors);
		}
		return document;
	}

	private static QdpxException refused(String where, SAXParseException first, List<SAXParseException> all) {
		String message = message(first);
		String what;
		if (message.contains("DOCTYPE")) { //$NON-NLS-1$
			what = "refused: it declares a document type (<!DOCTYPE>), which REFI-QDA projects never have; "
					+ "PolicyLens reads no DTD and no external entity";
		} else if (message.contains("Cannot find the declaration of element")) { //$NON-NLS-1$
			what = "not a REFI-QDA project: its root element must be Project in the namespace " + ProjectSchema.NAMESPACE;
		} else if (message.startsWith("cvc-")) { //$NON-NLS-1$
			what = "not a valid REFI-QDA project (" + ProjectSchema.NAMESPACE + "): " + schemaMessage(first, all); //$NON-NLS-1$
		} else {
			what = "malformed XML: " + message;
		}
		return new QdpxException(where + ", line " + first.getLineNumber() + ", column " + first.getColumnNumber() + ": " + what, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				first.getLineNumber(), first.getColumnNumber(), first);
	}

	/**
	 * The validator's first complaint about a value does not say whose value it is; the next one at
	 * the same place names the attribute and element. Prefer that one, with the first in brackets.
	 */
	private static String schemaMessage(SAXParseException first, List<SAXParseException> all) {
		String firstText = strip(message(first));
		if (firstText.contains("element '")) { //$NON-NLS-1$
			return firstText;
		}
		for (SAXParseException e : all) {
			String text = strip(message(e));
			if (e.getLineNumber() == first.getLineNumber() && e.getColumnNumber() == first.getColumnNumber()
					&& text.contains("element '")) { //$NON-NLS-1$
				return text.replaceFirst("\\.$", "") + " (" + firstText.replaceFirst("\\.$", "") + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			}
		}
		return firstText;
	}

	private static String message(SAXParseException e) {
		return e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
	}

	private static String strip(String cvc) {
		return cvc.replaceFirst("^cvc-[\\w.-]+: ", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Collects schema violations (to name the element); malformed XML stops the parser at once. */
	private static final class Collector implements ErrorHandler {
		final List<SAXParseException> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException e) throws SAXException {
			error(e);
		}

		@Override
		public void error(SAXParseException e) throws SAXException {
			errors.add(e);
			if (errors.size() >= MAX_ERRORS) {
				throw errors.get(0);
			}
		}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}
	}
}
