package org.policylens.codebook.qdc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a REFI-QDA codebook ({@code .qdc}) into a codebook that belongs to no study yet.
 * <p>
 * The file is checked before anything is made of it: larger than the limit (20 MB unless told
 * otherwise) is refused; a document type declaration is refused (so no external entity, local
 * file or URL is ever read, and no entity expansion bomb goes off); the XML must be well formed and
 * valid against the REFI-QDA codebook schema ({@link QdcSchema}); no two codes may share a guid.
 * Each refusal names the file and, where the parser knows it, the line and column.
 * <p>
 * Kept: the hierarchy, guids, names, {@code isCodable}, colours, and the descriptions, from which
 * {@link QdcDescription} recovers the PolicyLens fields. The file's {@code origin} attribute is
 * kept as the codebook's {@code exchangeOrigin}. Code sets, which PolicyLens does not have, are
 * reported as warnings.
 */
public final class QdcReader {

	/** The largest file read by default: 20 MB. */
	public static final long DEFAULT_LIMIT = 20L * 1024 * 1024;

	private final long limit;

	/** A reader with the default size limit. */
	public QdcReader() {
		this(DEFAULT_LIMIT);
	}

	/** @param limit the largest file it reads, in bytes */
	public QdcReader(long limit) {
		this.limit = limit;
	}

	/**
	 * @param file a {@code .qdc} file
	 * @return the codebook (id and name from the file name, origin {@code qdc:<file name>},
	 *         version 1) and the warnings
	 * @throws QdcException if the file cannot be read or is refused
	 */
	public QdcImport read(Path file) throws QdcException {
		String name = file.getFileName().toString();
		try {
			long size = Files.size(file);
			if (size > limit) {
				throw tooLarge(name, size);
			}
			try (InputStream in = Files.newInputStream(file)) {
				byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
				if (bytes.length > limit) {
					throw tooLarge(name, bytes.length);
				}
				return read(bytes, name);
			}
		} catch (IOException e) {
			throw new QdcException("cannot read " + file + ": " + e.getMessage(), -1, -1, e);
		}
	}

	/**
	 * @param bytes the content of a {@code .qdc} file
	 * @param name  its file name (for messages, the codebook's name and origin)
	 * @return the codebook and the warnings
	 * @throws QdcException if the content is refused
	 */
	public QdcImport read(byte[] bytes, String name) throws QdcException {
		if (bytes.length > limit) {
			throw tooLarge(name, bytes.length);
		}
		Element root = parse(bytes, name).getDocumentElement();
		Codebook codebook = CodebookFactory.eINSTANCE.createCodebook();
		String stem = name.replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		codebook.setId(stem);
		codebook.setName(stem);
		codebook.setOrigin("qdc:" + name); //$NON-NLS-1$
		codebook.setVersion(1);
		if (root.hasAttribute("origin")) { //$NON-NLS-1$
			codebook.setExchangeOrigin(root.getAttribute("origin")); //$NON-NLS-1$
		}
		Element codes = QdcCodes.first(root, QdcSchema.NAMESPACE, "Codes").orElseThrow(); //$NON-NLS-1$
		for (Element code : QdcCodes.children(codes, QdcSchema.NAMESPACE, "Code")) { //$NON-NLS-1$
			codebook.getCodes().add(QdcCodes.read(code, QdcSchema.NAMESPACE));
		}
		Optional<String> problem = CodeTree.checkIdentities(codebook);
		if (problem.isPresent()) {
			throw new QdcException(name + ": " + problem.get(), -1, -1, null);
		}
		List<String> warnings = new ArrayList<>();
		QdcCodes.first(root, QdcSchema.NAMESPACE, "Sets").ifPresent(sets -> { //$NON-NLS-1$
			int count = QdcCodes.children(sets, QdcSchema.NAMESPACE, "Set").size(); //$NON-NLS-1$
			warnings.add(count + " code set(s) were not imported: PolicyLens codebooks have no sets");
		});
		return new QdcImport(codebook, warnings);
	}

	private static Document parse(byte[] bytes, String name) throws QdcException {
		try {
			DocumentBuilderFactory factory = QdcSchema.safeParsers(QdcSchema.get());
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new Strict());
			return builder.parse(new ByteArrayInputStream(bytes));
		} catch (SAXParseException e) {
			throw refused(name, e);
		} catch (SAXException | IOException e) {
			throw new QdcException(name + ": not a readable REFI-QDA codebook (" + e.getMessage() + ")", -1, -1, e);
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
		}
	}

	/**
	 * @param name the file name
	 * @param e    a parser's or validator's complaint
	 * @return the exception that refuses the file, in words for the user
	 */
	static QdcException refused(String name, SAXParseException e) {
		String message = e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
		String what;
		if (message.contains("DOCTYPE")) { //$NON-NLS-1$
			what = "refused: the file declares a document type (<!DOCTYPE>), which REFI-QDA codebooks never have; "
					+ "PolicyLens reads no DTD and no external entity";
		} else if (message.contains("Cannot find the declaration of element")) { //$NON-NLS-1$
			what = "not a REFI-QDA codebook: its root element must be CodeBook in the namespace " + QdcSchema.NAMESPACE;
		} else if (message.startsWith("cvc-")) { //$NON-NLS-1$
			what = "not a valid REFI-QDA codebook (" + QdcSchema.NAMESPACE + "): " + message.replaceFirst("^cvc-[\\w.-]+: ", ""); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			what = "malformed XML: " + message;
		}
		return new QdcException(name + ", line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + what, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				e.getLineNumber(), e.getColumnNumber(), e);
	}

	private QdcException tooLarge(String name, long size) {
		return new QdcException(name + " is " + megabytes(size) + "; PolicyLens reads codebook files up to " + megabytes(limit)
				+ " and refuses larger ones", -1, -1, null);
	}

	private static String megabytes(long bytes) {
		return bytes < 1024 * 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0); //$NON-NLS-1$
	}

	/** Warnings of the validator are errors too: a file is valid or refused. */
	private static final class Strict implements ErrorHandler {
		@Override
		public void warning(SAXParseException e) throws SAXException {
			throw e;
		}

		@Override
		public void error(SAXParseException e) throws SAXException {
			throw e;
		}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}
	}
}
