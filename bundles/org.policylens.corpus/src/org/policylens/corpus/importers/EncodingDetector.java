package org.policylens.corpus.importers;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the encoding of a text file: a byte-order mark (UTF-8, UTF-16 LE/BE), else UTF-8 if the
 * bytes are valid UTF-8, else UTF-16 without BOM if every other byte is zero, else GBK if they are
 * valid GBK, else GB18030. Bytes that none of these read, and binary content, are refused with a
 * reason.
 */
public final class EncodingDetector {

	/** The result: the charset, its name for people, and how many bytes of BOM to skip. */
	public record Detected(Charset charset, String name, int bomLength) {
	}

	private static final Charset GBK = Charset.forName("GBK"); //$NON-NLS-1$
	private static final Charset GB18030 = Charset.forName("GB18030"); //$NON-NLS-1$

	private EncodingDetector() {
	}

	/**
	 * @param bytes the whole file
	 * @return the encoding
	 * @throws ImportException if the file is empty, binary or in no supported encoding
	 */
	public static Detected detect(byte[] bytes) throws ImportException {
		if (bytes.length == 0) {
			throw new ImportException("the file is empty");
		}
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Detected(StandardCharsets.UTF_8, "UTF-8 (BOM)", 3); //$NON-NLS-1$
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Detected(StandardCharsets.UTF_16LE, "UTF-16LE (BOM)", 2); //$NON-NLS-1$
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Detected(StandardCharsets.UTF_16BE, "UTF-16BE (BOM)", 2); //$NON-NLS-1$
		}
		Charset utf16 = utf16WithoutBom(bytes);
		if (utf16 != null) {
			return new Detected(utf16, utf16.name(), 0);
		}
		if (looksBinary(bytes)) {
			throw new ImportException("the file is binary, not text (is it a document of another format?)");
		}
		if (decodes(bytes, StandardCharsets.UTF_8)) {
			return new Detected(StandardCharsets.UTF_8, "UTF-8", 0); //$NON-NLS-1$
		}
		if (decodes(bytes, GBK)) {
			return new Detected(GBK, "GBK", 0); //$NON-NLS-1$
		}
		if (decodes(bytes, GB18030)) {
			return new Detected(GB18030, "GB18030", 0); //$NON-NLS-1$
		}
		throw new ImportException("the text is in an encoding PolicyLens does not recognise (not UTF-8, UTF-16, GBK or "
				+ "GB18030); choose the encoding when importing");
	}

	/**
	 * @param bytes    the file
	 * @param detected its encoding
	 * @return the text
	 * @throws ImportException if the bytes are not valid in that encoding
	 */
	public static String decode(byte[] bytes, Detected detected) throws ImportException {
		return decode(bytes, detected.bomLength(), detected.charset());
	}

	/**
	 * @param bytes   the file
	 * @param skip    bytes to skip at the start (a BOM)
	 * @param charset the encoding
	 * @return the text
	 * @throws ImportException if the bytes are not valid in that encoding
	 */
	public static String decode(byte[] bytes, int skip, Charset charset) throws ImportException {
		try {
			CharBuffer chars = strict(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
			String text = chars.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$
		} catch (CharacterCodingException e) {
			throw new ImportException("the bytes are not valid " + charset.name() + " text: " + e.getMessage());
		}
	}

	private static boolean decodes(byte[] bytes, Charset charset) {
		try {
			strict(charset).decode(ByteBuffer.wrap(bytes));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/**
	 * UTF-16 without BOM: text that holds zero bytes (line ends, digits and Latin letters have one in
	 * UTF-16; UTF-8 and GBK text never has any) is read both ways, and taken in the byte order whose
	 * characters look like text.
	 */
	private static Charset utf16WithoutBom(byte[] bytes) {
		if (bytes.length < 4 || bytes.length % 2 != 0) {
			return null;
		}
		boolean zeros = false;
		for (int i = 0; i < Math.min(bytes.length, 8192) && !zeros; i++) {
			zeros = bytes[i] == 0;
		}
		if (!zeros) {
			return null;
		}
		double le = plausibility(bytes, StandardCharsets.UTF_16LE);
		double be = plausibility(bytes, StandardCharsets.UTF_16BE);
		if (Math.max(le, be) < 0.95) {
			return null;
		}
		return le >= be ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
	}

	/** The share of characters that are letters, digits, punctuation or spaces of a script people write. */
	private static double plausibility(byte[] bytes, Charset charset) {
		String text = new String(bytes, 0, Math.min(bytes.length, 16384) & ~1, charset); // malformed: U+FFFD, not counted
		int good = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int type = Character.getType(c);
			if (c != '\uFFFD' && Character.isDefined(c) && (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || c == '\u3000'
					|| type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
					|| type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
					|| type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION)) {
				good++;
			}
		}
		return text.isEmpty() ? 0 : (double) good / text.length();
	}

	private static boolean looksBinary(byte[] bytes) {
		int n = Math.min(bytes.length, 8192);
		int control = 0;
		for (int i = 0; i < n; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
				control++;
			}
		}
		return control > n / 10;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
