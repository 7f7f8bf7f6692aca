package org.policylens.corpus.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.policylens.corpus.importers.ExtractedText;
import org.policylens.corpus.importers.IDocumentImporter;
import org.policylens.corpus.importers.ImportException;
import org.policylens.corpus.importers.ImportSettings;

/**
 * Web pages (.html, .htm) with jsoup: the text of the body, one line per block element, without
 * scripts, styles, navigation, header and footer; the {@code <title>} (else the first
 * {@code <h1>}) as title hint. The encoding comes from a byte-order mark or the page's own
 * declaration (GBK and GB2312 pages of Chinese government sites included), else it is detected.
 */
public final class HtmlImporter implements IDocumentImporter {

	private static final int PROBE = 16;

	@Override
	public int claims(String fileName, byte[] head) {
		if (startsLikeHtml(head)) {
			return SIGNATURE;
		}
		return FileHeads.hasExtension(fileName, "html", "htm") ? EXTENSION : 0; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public ExtractedText read(Path file, ImportSettings settings) throws ImportException, IOException {
		byte[] bytes = Files.readAllBytes(file);
		if (bytes.length == 0) {
			throw new ImportException("the file is empty");
		}
		HtmlCharset.Decoded decoded = HtmlCharset.decode(bytes, settings.encoding());
		Document page = Jsoup.parse(decoded.text(), file.toUri().toString());
		String title = HtmlText.title(page);
		return new ExtractedText(HtmlText.of(page), "html", decoded.encoding(), title); //$NON-NLS-1$
	}

	/** After an optional UTF-8 byte-order mark and white space: {@code <!DOCTYPE html} or {@code <html}. */
	private static boolean startsLikeHtml(byte[] head) {
		int i = FileHeads.startsWith(head, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }) ? 3 : 0;
		while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n' || head[i] == '\f')) {
			i++;
		}
		String probe = new String(head, i, Math.min(PROBE, head.length - i), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		return probe.startsWith("<!doctype html") || probe.startsWith("<html"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
