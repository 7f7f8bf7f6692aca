package org.policylens.codebook.qdc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
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
		String subject = "the codebook " + codebook.getId(); //$NON-NLS-1$
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		xml.append("<CodeBook xmlns=\"").append(QdcSchema.NAMESPACE) //$NON-NLS-1$
				.append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"") //$NON-NLS-1$
				.append(QdcSchema.NAMESPACE).append(' ').append(QdcSchema.LOCATION).append("\" origin=\"") //$NON-NLS-1$
				.append(QdcCodes.attribute(codebook.getExchangeOrigin() != null ? codebook.getExchangeOrigin() : origin(), subject,
						"its origin")) //$NON-NLS-1$
				.append("\">\n"); //$NON-NLS-1$
		xml.append(INDENT).append("<Codes>\n"); //$NON-NLS-1$
		for (Code code : codebook.getCodes()) {
			QdcCodes.write(xml, code, subject, 2);
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

	/** @return what PolicyLens writes as the origin of REFI-QDA files: {@code PolicyLens <major.minor.micro>} */
	public static String origin() {
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
