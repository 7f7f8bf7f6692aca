package org.policylens.qdpx.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.policylens.study.OpenStudy;

/**
 * The GUIDs of the things PolicyLens has no GUID for (its codebooks, documents, cases, variables
 * and the selection of each coding): name-based UUIDs (version 3) of what identifies them, so that
 * exporting a study twice gives the same GUIDs, and importing an export and exporting it again
 * gives the same GUIDs wherever PolicyLens keeps the key (codebook ids, coding GUIDs).
 */
public final class Guids {

	private static final String PREFIX = "policylens"; //$NON-NLS-1$

	private Guids() {
	}

	/**
	 * @param parts what identifies the thing
	 * @return its GUID
	 */
	public static String of(String... parts) {
		return UUID.nameUUIDFromBytes((PREFIX + '\u0000' + String.join("\u0000", parts)).getBytes(StandardCharsets.UTF_8)).toString(); //$NON-NLS-1$
	}

	/**
	 * @param study an open study
	 * @return what identifies it for good: the UUID of its model object in the study file (or, if
	 *         it has none, its title and creation time)
	 */
	public static String studyKey(OpenStudy study) {
		Resource resource = study.getResource();
		String id = resource instanceof XMLResource xml ? xml.getID(study.getStudy()) : null;
		return id != null ? id : study.getStudy().getTitle() + '@' + study.getStudy().getCreated();
	}

	/**
	 * @param guid a REFI-QDA GUID, with or without braces, in any case
	 * @return it in one form (lower case, no braces), to compare references
	 */
	public static String key(String guid) {
		String g = guid == null ? "" : guid.strip(); //$NON-NLS-1$
		if (g.startsWith("{") && g.endsWith("}")) { //$NON-NLS-1$ //$NON-NLS-2$
			g = g.substring(1, g.length() - 1);
		}
		return g.toLowerCase(Locale.ROOT);
	}
}
