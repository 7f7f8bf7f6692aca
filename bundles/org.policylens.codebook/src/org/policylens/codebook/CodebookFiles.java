package org.policylens.codebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookPackage;
import org.policylens.study.AtomicFiles;
import org.xml.sax.SAXParseException;

/**
 * The {@code .codebook} file: one {@link Codebook} as EMF XMI (UTF-8), the format in which
 * plugins contribute codebooks ({@code org.policylens.codebook.codebooks}).
 * <p>
 * The long texts (a codebook's description and source, a code's definition, inclusion and
 * exclusion) are written as elements rather than attributes, so that the file reads well and
 * diffs line by line; the reader accepts both. Every code needs a name and a guid, and no two
 * codes may share a guid. A document type declaration is refused (no external entities are ever
 * read). Runs without OSGi.
 */
public final class CodebookFiles {

	/** The file extension. */
	public static final String EXTENSION = "codebook"; //$NON-NLS-1$

	private static final Set<EStructuralFeature> ELEMENTS = Set.of(CodebookPackage.Literals.CODEBOOK__DESCRIPTION,
			CodebookPackage.Literals.CODEBOOK__SOURCE, CodebookPackage.Literals.CODE__DEFINITION,
			CodebookPackage.Literals.CODE__INCLUSION, CodebookPackage.Literals.CODE__EXCLUSION);

	private CodebookFiles() {
	}

	/**
	 * @param file a {@code .codebook} file
	 * @return the codebook it holds, belonging to no study
	 * @throws CodebookException if it cannot be read or is not a valid codebook (the message
	 *                           names the file and line)
	 */
	public static Codebook read(Path file) throws CodebookException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		} catch (IOException e) {
			throw new CodebookException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @param in       the content of a {@code .codebook} file
	 * @param location where it comes from, for messages (a file name or bundle entry)
	 * @return the codebook it holds, belonging to no study
	 * @throws CodebookException if it is not a valid codebook (the message names the location
	 *                           and line)
	 */
	public static Codebook read(InputStream in, String location) throws CodebookException {
		Resource resource = new XMIResourceImpl(URI.createURI("codebook:/" + EXTENSION)); //$NON-NLS-1$
		try {
			resource.load(in, options(true));
		} catch (Resource.IOWrappedException e) {
			throw damaged(location, e.getCause() != null ? e.getCause() : e);
		} catch (IOException | RuntimeException e) {
			throw damaged(location, e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Codebook codebook)) {
			throw new CodebookException(location + " holds no codebook: its root element must be codebook:Codebook");
		}
		Optional<String> problem = CodeTree.checkIdentities(codebook);
		if (problem.isPresent()) {
			throw new CodebookException(location + ": " + problem.get());
		}
		resource.getContents().clear();
		return codebook;
	}

	/**
	 * Writes a codebook as a {@code .codebook} file, atomically.
	 *
	 * @param codebook a codebook (it is copied; the original stays where it is)
	 * @param file     the file to write
	 * @throws CodebookException if the file cannot be written
	 */
	public static void write(Codebook codebook, Path file) throws CodebookException {
		byte[] bytes = toBytes(codebook);
		try {
			new AtomicFiles().write(file, out -> out.write(bytes));
		} catch (IOException e) {
			throw new CodebookException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @param codebook a codebook (it is copied; the original stays where it is)
	 * @return the content of its {@code .codebook} file
	 */
	public static byte[] toBytes(Codebook codebook) {
		Resource resource = new XMIResourceImpl(URI.createURI("codebook:/" + EXTENSION)); //$NON-NLS-1$
		resource.getContents().add(EcoreUtil.copy(codebook));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, options(false));
		} catch (IOException e) {
			throw new IllegalStateException("cannot serialise the codebook " + codebook.getId(), e);
		}
		return out.toByteArray();
	}

	private static Map<String, Object> options(boolean load) {
		Map<String, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, new TextAsElements());
		if (load) {
			options.put(XMLResource.OPTION_PARSER_FEATURES,
					Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE)); //$NON-NLS-1$
		} else {
			options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
			options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		}
		return options;
	}

	private static CodebookException damaged(String location, Throwable e) {
		String where = ""; //$NON-NLS-1$
		if (e instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
			where = ", line " + diagnostic.getLine() + ", column " + diagnostic.getColumn(); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (e instanceof SAXParseException parse && parse.getLineNumber() > 0) {
			where = ", line " + parse.getLineNumber() + ", column " + parse.getColumnNumber(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String message = e.getMessage() == null ? e.getClass().getSimpleName()
				: e.getMessage().replaceFirst("\\s*\\([^()]*, \\d+, \\d+\\)$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (message.contains("DOCTYPE")) { //$NON-NLS-1$
			message = "it declares a document type (<!DOCTYPE>), which codebook files never have; refused, no entity was read";
		}
		return new CodebookException(location + where + ": not a readable codebook file (" + message + ")", e);
	}

	/** Extended metadata that writes the long texts as elements; otherwise plain XMI. */
	private static final class TextAsElements extends BasicExtendedMetaData {
		TextAsElements() {
			super(registry());
		}

		private static EPackage.Registry registry() {
			EPackage.Registry registry = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
			registry.put(CodebookPackage.eNS_URI, CodebookPackage.eINSTANCE);
			return registry;
		}

		@Override
		public int getFeatureKind(EStructuralFeature feature) {
			return ELEMENTS.contains(feature) ? ExtendedMetaData.ELEMENT_FEATURE : super.getFeatureKind(feature);
		}

		@Override
		public EStructuralFeature getElement(EClass eClass, String namespace, String name) {
			EStructuralFeature feature = super.getElement(eClass, namespace, name);
			return feature != null ? feature : eClass.getEStructuralFeature(name);
		}

		@Override
		public EStructuralFeature getAttribute(EClass eClass, String namespace, String name) {
			EStructuralFeature feature = super.getAttribute(eClass, namespace, name);
			return feature != null ? feature : eClass.getEStructuralFeature(name);
		}
	}
}
