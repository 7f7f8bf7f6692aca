package org.policylens.qdpx;


import javax.xml.validation.Schema;

import org.policylens.codebook.qdc.QdcSchema;
import org.policylens.qdpx.internal.ProjectXml;

/**
 * The REFI-QDA project schema ({@code Project.xsd}, next to this class; origin and licence in
 * {@code SOURCES.md}), compiled once, never fetched from the network.
 */
public final class ProjectSchema {

	/** The namespace of REFI-QDA projects. */
	public static final String NAMESPACE = "urn:QDA-XML:project:1.0"; //$NON-NLS-1$
	/** Where the standard publishes the schema (written as a hint in exported files, never read). */
	public static final String LOCATION = "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"; //$NON-NLS-1$
	/** The project file inside a {@code .qdpx} archive. */
	public static final String PROJECT_FILE = "project.qde"; //$NON-NLS-1$
	/** The folder of a {@code .qdpx} archive that holds the sources. */
	public static final String SOURCES = "sources"; //$NON-NLS-1$
	/** How a source path names a file of {@link #SOURCES}: {@code internal://<file name>}. */
	public static final String INTERNAL = "internal://"; //$NON-NLS-1$

	private ProjectSchema() {
	}

	/** @return the compiled schema */
	public static Schema get() {
		return Holder.SCHEMA;
	}

	/**
	 * Parses and validates a {@code project.qde} the way an import does.
	 *
	 * @param bytes its content
	 * @param where what to call it in messages, e.g. {@code study.qdpx: project.qde}
	 * @throws QdpxException if it is malformed, declares a document type or is not valid (the
	 *                       message gives the line, column and, for a schema violation, the element)
	 */
	public static void validate(byte[] bytes, String where) throws QdpxException {
		ProjectXml.parse(bytes, where);
	}

	/** Compiles the schema on first use (as the codebook schema is compiled). */
	private static final class Holder {
		static final Schema SCHEMA = QdcSchema.compile(ProjectSchema.class, "Project.xsd"); //$NON-NLS-1$
	}
}
