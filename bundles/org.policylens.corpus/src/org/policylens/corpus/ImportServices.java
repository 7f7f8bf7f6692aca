package org.policylens.corpus;

import java.util.Optional;

import org.policylens.corpus.importers.IDocumentImporter;
import org.policylens.corpus.segment.ISegmenter;

/**
 * Where the import finds its importers and segmenters: in the product, the contributions to the
 * corpus extension points ({@link CorpusPlugins}); in a test or tool, anything else.
 */
public interface ImportServices {

	/** A chosen segmenter with its id (recorded with each document). */
	record NamedSegmenter(String id, ISegmenter segmenter) {
	}

	/**
	 * @param fileName the file name
	 * @param head     its first bytes
	 * @return the importer that claims the file most surely
	 */
	Optional<IDocumentImporter> importerFor(String fileName, byte[] head);

	/**
	 * @param language  the document language (zh, en)
	 * @param requested a segmenter id the user asked for, or {@code null}
	 * @return the segmenter to use
	 * @throws IllegalArgumentException if the requested segmenter does not exist
	 */
	NamedSegmenter segmenterFor(String language, String requested);

	/** @return the formats that can be imported, for messages (e.g. "txt, docx, pdf, html") */
	String formats();
}
