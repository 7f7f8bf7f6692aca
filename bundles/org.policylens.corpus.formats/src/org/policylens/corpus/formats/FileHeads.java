package org.policylens.corpus.formats;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.policylens.corpus.importers.TextImporter;

/**
 * What the importers' {@code claims} methods look at: a file's first bytes and its name.
 */
final class FileHeads {

	private FileHeads() {
	}

	/**
	 * @param head      the first bytes of a file
	 * @param offset    where to look
	 * @param signature ASCII text the bytes should start with there
	 * @return whether they do
	 */
	static boolean startsWith(byte[] head, int offset, String signature) {
		byte[] expected = signature.getBytes(StandardCharsets.ISO_8859_1);
		return head.length - offset >= expected.length
				&& Arrays.equals(head, offset, offset + expected.length, expected, 0, expected.length);
	}

	/**
	 * @param head      the first bytes of a file
	 * @param signature ASCII text
	 * @return whether the file starts with it
	 */
	static boolean startsWith(byte[] head, String signature) {
		return startsWith(head, 0, signature);
	}

	/**
	 * @param head      the first bytes of a file
	 * @param signature the bytes expected at its start
	 * @return whether the file starts with them
	 */
	static boolean startsWith(byte[] head, byte[] signature) {
		return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
	}

	/**
	 * @param fileName   a file name
	 * @param extensions lower-case extensions without dot
	 * @return whether the name ends in one of them (in any case)
	 */
	static boolean hasExtension(String fileName, String... extensions) {
		String extension = TextImporter.extension(fileName);
		return Arrays.asList(extensions).contains(extension);
	}
}
