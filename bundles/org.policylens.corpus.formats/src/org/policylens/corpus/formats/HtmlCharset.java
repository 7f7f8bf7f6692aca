package org.policylens.corpus.formats;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policylens.corpus.importers.EncodingDetector;
import org.policylens.corpus.importers.ImportException;

/**
 * The character encoding of an HTML file, in the order browsers use: a byte-order mark, else the
 * charset the page declares ({@code <meta charset>}, {@code <meta http-equiv="Content-Type">} or an
 * XML declaration), else what {@link EncodingDetector} finds in the bytes.
 * <p>
 * Declared names are read as the WHATWG Encoding Standard reads them: {@code gb2312}, {@code gbk}
 * and {@code gb18030} are all decoded as GB18030, the superset, because Chinese government pages
 * that declare gb2312 routinely hold characters only GBK has (Java's strict GB2312 would turn them
 * into U+FFFD); {@code iso-8859-1} and {@code us-ascii} are decoded as windows-1252.
 */
final class HtmlCharset {

	/** The decoded page and how its encoding was found, e.g. "GBK (declared in the page)". */
	record Decoded(String text, String encoding) {
	}

	/** Where the declaration is looked for: the head of the page. */
	private static final int PRESCAN = 4096;
	private static final Pattern CONTENT_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\\s;\"']+)", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);
	private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']"); //$NON-NLS-1$
	private static final Charset GB18030 = Charset.forName("GB18030"); //$NON-NLS-1$
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252"); //$NON-NLS-1$

	private HtmlCharset() {
	}

	/**
	 * @param bytes  the whole file, not empty
	 * @param chosen the encoding the user chose, or {@code null}
	 * @return the page as text
	 * @throws ImportException if the bytes are in no encoding that can be found or the chosen one
	 */
	static Decoded decode(byte[] bytes, Charset chosen) throws ImportException {
		if (chosen != null) {
			return new Decoded(EncodingDetector.decode(bytes, 0, chosen), chosen.name() + " (chosen)"); //$NON-NLS-1$
		}
		if (hasByteOrderMark(bytes)) {
			EncodingDetector.Detected detected = EncodingDetector.detect(bytes);
			return new Decoded(EncodingDetector.decode(bytes, detected), detected.name());
		}
		String label = declared(bytes);
		Charset declared = label == null ? null : forLabel(label);
		if (label != null && declared != null) {
			String text = new String(bytes, declared); // lenient, as browsers: a stray byte becomes U+FFFD
			return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, //$NON-NLS-1$
					label.toUpperCase(Locale.ROOT) + " (declared in the page)"); //$NON-NLS-1$
		}
		EncodingDetector.Detected detected = EncodingDetector.detect(bytes);
		return new Decoded(EncodingDetector.decode(bytes, detected), detected.name());
	}

	/**
	 * @param bytes the file
	 * @return the charset name the page declares in its head, or {@code null}
	 */
	static String declared(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
		Matcher xml = XML_ENCODING.matcher(head);
		if (xml.find()) {
			return xml.group(1).strip();
		}
		Document page = Jsoup.parse(head);
		Element meta = page.selectFirst("meta[charset]"); //$NON-NLS-1$
		if (meta != null && !meta.attr("charset").isBlank()) { //$NON-NLS-1$
			return meta.attr("charset").strip(); //$NON-NLS-1$
		}
		for (Element contentType : page.select("meta[http-equiv=content-type][content]")) { //$NON-NLS-1$
			Matcher charset = CONTENT_CHARSET.matcher(contentType.attr("content")); //$NON-NLS-1$
			if (charset.find()) {
				return charset.group(1);
			}
		}
		return null;
	}

	/**
	 * @param label a charset name as pages write it
	 * @return the charset to decode with, or {@code null} if Java has none of that name
	 */
	static Charset forLabel(String label) {
		switch (label.strip().toLowerCase(Locale.ROOT)) {
		case "gb2312", "gbk", "x-gbk", "gb_2312", "gb_2312-80", "csgb2312", "chinese", "iso-ir-58", "gb18030": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			return GB18030;
		case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			return WINDOWS_1252;
		case "utf-16", "utf-16le", "utf-16be": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return StandardCharsets.UTF_8; // the meta tag was readable as ASCII, so the page is not UTF-16
		default:
			try {
				return Charset.isSupported(label) ? Charset.forName(label) : null;
			} catch (IllegalCharsetNameException e) {
				return null;
			}
		}
	}

	private static boolean hasByteOrderMark(byte[] bytes) {
		return FileHeads.startsWith(bytes, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })
				|| FileHeads.startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xFE })
				|| FileHeads.startsWith(bytes, new byte[] { (byte) 0xFE, (byte) 0xFF });
	}
}
