package org.policylens.corpus.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Plain text: UTF-8 with or without BOM, UTF-16, GBK, GB18030 (detected), or the encoding the user
 * chose.
 */
public final class TextImporter implements IDocumentImporter {

	private static final Set<String> EXTENSIONS = Set.of("txt", "text", "md"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	@Override
	public int claims(String fileName, byte[] head) {
		return EXTENSIONS.contains(extension(fileName)) ? EXTENSION : 0;
	}

	@Override
	public ExtractedText read(Path file, ImportSettings settings) throws ImportException, IOException {
		byte[] bytes = Files.readAllBytes(file);
		if (settings.encoding() != null) {
			if (bytes.length == 0) {
				throw new ImportException("the file is empty");
			}
			return new ExtractedText(EncodingDetector.decode(bytes, 0, settings.encoding()), "txt", //$NON-NLS-1$
					settings.encoding().name() + " (chosen)", null); //$NON-NLS-1$
		}
		EncodingDetector.Detected detected = EncodingDetector.detect(bytes);
		return new ExtractedText(EncodingDetector.decode(bytes, detected), "txt", detected.name(), null); //$NON-NLS-1$
	}

	/**
	 * @param fileName a file name
	 * @return its extension in lower case, or empty
	 */
	public static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
