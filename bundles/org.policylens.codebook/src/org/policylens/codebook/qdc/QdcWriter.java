package org.policylens.codebook.qdc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.study.AtomicFiles;

/**
 * Writes a codebook as a REFI-QDA codebook ({@code .qdc}, namespace
 * {@code urn:QDA-XML:codebook:1.0}): the code tree with guids, names, {@code isCodable}, colours
 * (a code's own; default colours are not written) and descriptions ({@link QdcDescription}).
 * The {@code origin} attribute is the codebook's {@code exchangeOrigin} if it came from a
 * REFI-QDA file, else {@code PolicyLens <version>}.
 * <p>
 * What it writes is checked against the REFI-QDA schema before the file is written, so an
 * export never leaves an invalid file; a codebook that REFI-QDA cannot express (no codes, a guid
 * that is not a GUID, a character XML cannot hold) is refused with a message that names the code.
 */
public final class QdcWriter {

	private static final Pattern GUID = Pattern.compile(
			"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})|(\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\})"); //$NON-NLS-1$
	private static final Pattern COLOUR = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})"); //$NON-NLS-1$
	private static final String INDENT = "  "; //$NON-NLS-1$

	/**
	 * @param codebook a codebook
	 * @param file     the file to write (atomically)
	 * @throws CodebookException if REFI-QDA cannot express the codebook, or the file cannot be
	 *                           written
	 */
	public void write(Codebook codebook, Path file) throws CodebookException {
		byte[] bytes = toBytes(codebook);
		try {
			new AtomicFiles().write(file, out -> out.write(bytes));
		} catch (IOException e) {
			throw new CodebookException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @param codebook a codebook
	 * @return its {@code .qdc} file content (UTF-8), valid against the REFI-QDA schema
	 * @throws CodebookException if REFI-QDA cannot express the codebook
	 */
	public byte[] toBytes(Codebook codebook) throws CodebookException {
		if (codebook.getCodes().isEmpty()) {
			throw new CodebookException("cannot export the codebook " + codebook.getId()
					+ " as REFI-QDA: it has no codes, and a REFI-QDA codebook needs at least one");
		}
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		xml.append("<CodeBook xmlns=\"").append(QdcSchema.NAMESPACE) //$NON-NLS-1$
				.append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"") //$NON-NLS-1$
				.append(QdcSchema.NAMESPACE).append(' ').append(QdcSchema.LOCATION).append("\" origin=\"") //$NON-NLS-1$
				.append(attribute(codebook.getExchangeOrigin() != null ? codebook.getExchangeOrigin() : origin(), codebook, null))
				.append("\">\n"); //$NON-NLS-1$
		xml.append(INDENT).append("<Codes>\n"); //$NON-NLS-1$
		for (Code code : codebook.getCodes()) {
			code(xml, code, codebook, 2);
		}
		xml.append(INDENT).append("</Codes>\n"); //$NON-NLS-1$
		xml.append("</CodeBook>\n"); //$NON-NLS-1$
		byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
		try {
			QdcSchema.validate(bytes, codebook.getId() + ".qdc"); //$NON-NLS-1$
		} catch (QdcException e) {
			throw new CodebookException("cannot export the codebook " + codebook.getId()
					+ " as REFI-QDA: the file would not be valid (" + e.getMessage() + ")", e);
		}
		return bytes;
	}

	private static void code(StringBuilder xml, Code code, Codebook codebook, int depth) throws CodebookException {
		if (code.getGuid() == null || !GUID.matcher(code.getGuid()).matches()) {
			throw new CodebookException("cannot export the codebook " + codebook.getId() + " as REFI-QDA: the code "
					+ CodeTree.pathOf(code) + " has the guid '" + code.getGuid() + "', and REFI-QDA needs a GUID such as "
					+ "0b2f6c1e-5a4d-4f0e-9a37-3c1d2e4f5a6b");
		}
		String indent = INDENT.repeat(depth);
		xml.append(indent).append("<Code guid=\"").append(attribute(code.getGuid(), codebook, code)) //$NON-NLS-1$
				.append("\" name=\"").append(attribute(code.getName(), codebook, code)) //$NON-NLS-1$
				.append("\" isCodable=\"").append(code.isCodable()).append('"'); //$NON-NLS-1$
		if (code.getColour() != null) {
			if (!COLOUR.matcher(code.getColour()).matches()) {
				throw new CodebookException("cannot export the codebook " + codebook.getId() + " as REFI-QDA: the code "
						+ CodeTree.pathOf(code) + " has the colour '" + code.getColour() + "', not #RRGGBB");
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
			xml.append(indent).append(INDENT).append("<Description>").append(text(description, codebook, code)) //$NON-NLS-1$
					.append("</Description>\n"); //$NON-NLS-1$
		}
		for (Code child : code.getChildren()) {
			code(xml, child, codebook, depth + 1);
		}
		xml.append(indent).append("</Code>\n"); //$NON-NLS-1$
	}

	private static String attribute(String value, Codebook codebook, Code code) throws CodebookException {
		return escape(value, true, codebook, code);
	}

	private static String text(String value, Codebook codebook, Code code) throws CodebookException {
		return escape(value, false, codebook, code);
	}

	/** Escapes markup, and in attributes the white space an XML parser would normalise; carriage returns always. */
	private static String escape(String value, boolean attribute, Codebook codebook, Code code) throws CodebookException {
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
			default -> escaped.append(checked(c, codebook, code));
			}
		}
		return escaped.toString();
	}

	private static char checked(char c, Codebook codebook, Code code) throws CodebookException {
		if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
			throw new CodebookException("cannot export the codebook " + codebook.getId() + " as REFI-QDA: "
					+ (code == null ? "its origin" : "the code " + CodeTree.pathOf(code)) + " holds the control character U+"
					+ String.format("%04X", (int) c) + ", which XML cannot hold"); //$NON-NLS-1$
		}
		return c;
	}

	private static String origin() {
		try {
			Bundle bundle = FrameworkUtil.getBundle(QdcWriter.class);
			if (bundle != null) {
				return "PolicyLens " + bundle.getVersion().getMajor() + "." + bundle.getVersion().getMinor() + "." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ bundle.getVersion().getMicro();
			}
		} catch (LinkageError e) {
			// outside OSGi
		}
		return "PolicyLens"; //$NON-NLS-1$
	}
}
