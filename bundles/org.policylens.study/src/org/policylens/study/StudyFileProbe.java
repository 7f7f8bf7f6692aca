package org.policylens.study;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the schema version from the root element of a study file without loading the model, so
 * that a file written by a newer PolicyLens is refused before anything is half-read.
 */
final class StudyFileProbe {

	private StudyFileProbe() {
	}

	/**
	 * @param file a study file
	 * @return its schema version, or -1 if the root element has none
	 * @throws StudyException if the file is not XML or its root is not a study
	 */
	static int schemaVersion(Path file) throws StudyException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamConstants.START_ELEMENT) {
						if (!"Study".equals(reader.getLocalName())) { //$NON-NLS-1$
							throw new StudyException(StudyException.Reason.INVALID, file,
									file + " is not a PolicyLens study file: its root element is <"
											+ reader.getPrefix() + ":" + reader.getLocalName() + ">");
						}
						String version = reader.getAttributeValue(null, "schemaVersion"); //$NON-NLS-1$
						if (version == null) {
							return -1;
						}
						try {
							return Integer.parseInt(version.trim());
						} catch (NumberFormatException e) {
							throw new StudyException(StudyException.Reason.INVALID, file,
									file + ", line " + reader.getLocation().getLineNumber()
											+ ": schemaVersion is not a number: '" + version + "'");
						}
					}
				}
			} finally {
				reader.close();
			}
		} catch (XMLStreamException e) {
			int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
			throw new StudyException(StudyException.Reason.INVALID, file,
					file + (line > 0 ? ", line " + line : "") + ": not a valid study file (" + e.getMessage() + ")", e);
		} catch (IOException e) {
			throw new StudyException(StudyException.Reason.IO, file, "cannot read " + file + ": " + e.getMessage(), e);
		}
		throw new StudyException(StudyException.Reason.INVALID, file, file + " is empty");
	}
}
