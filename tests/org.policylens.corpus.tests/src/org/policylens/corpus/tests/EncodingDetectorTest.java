package org.policylens.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.policylens.tests.harness.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.corpus.importers.EncodingDetector;
import org.policylens.corpus.importers.ExtractedText;
import org.policylens.corpus.importers.ImportException;
import org.policylens.corpus.importers.ImportSettings;
import org.policylens.corpus.importers.TextImporter;

/** The real Beijing policy in every encoding PolicyLens reads. */
public class EncodingDetectorTest {

	@TempDir
	Path tmp;

	private static String policy() throws Exception {
		return Fixtures.text(Fixtures.BEIJING);
	}

	private ExtractedText read(byte[] bytes) throws Exception {
		Path file = tmp.resolve("policy.txt");
		Files.write(file, bytes);
		return new TextImporter().read(file, ImportSettings.DEFAULT);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(a);
		out.writeBytes(b);
		return out.toByteArray();
	}

	@Test
	void utf8WithAndWithoutBom() throws Exception {
		ExtractedText plain = read(policy().getBytes(StandardCharsets.UTF_8));
		assertEquals("UTF-8", plain.encoding());
		assertEquals(policy(), plain.text());
		ExtractedText bom = read(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, policy().getBytes(StandardCharsets.UTF_8)));
		assertEquals("UTF-8 (BOM)", bom.encoding());
		assertEquals(policy(), bom.text(), "the BOM is not part of the text");
	}

	@Test
	void utf16WithAndWithoutBom() throws Exception {
		assertEquals(policy(), read(concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, policy().getBytes(StandardCharsets.UTF_16LE))).text());
		assertEquals(policy(), read(concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, policy().getBytes(StandardCharsets.UTF_16BE))).text());
		ExtractedText le = read(policy().getBytes(StandardCharsets.UTF_16LE));
		assertEquals("UTF-16LE", le.encoding());
		assertEquals(policy(), le.text());
		// English text without BOM: every other byte is zero
		String english = "Smart city policy tools: supply, environment and demand.\n";
		assertEquals(english, read(english.getBytes(StandardCharsets.UTF_16BE)).text());
	}

	@Test
	void gbkAndGb18030() throws Exception {
		ExtractedText gbk = read(policy().getBytes(Charset.forName("GBK")));
		assertEquals("GBK", gbk.encoding());
		assertEquals(policy(), gbk.text());
		// a character outside GBK (U+20000, 𠀀) needs GB18030's four-byte sequences
		String rare = policy() + "\n附：𠀀\n";
		ExtractedText gb18030 = read(rare.getBytes(Charset.forName("GB18030")));
		assertEquals("GB18030", gb18030.encoding());
		assertEquals(rare, gb18030.text());
	}

	@Test
	void aChosenEncodingIsUsed() throws Exception {
		Path file = tmp.resolve("policy.txt");
		Files.write(file, policy().getBytes(Charset.forName("GB18030")));
		ExtractedText text = new TextImporter().read(file, new ImportSettings(Charset.forName("GB18030")));
		assertEquals("GB18030 (chosen)", text.encoding());
		assertEquals(policy(), text.text());
	}

	@Test
	void emptyBinaryAndUnknownFilesAreRefusedWithAReason() {
		ImportException empty = assertThrows(ImportException.class, () -> read(new byte[0]));
		assertEquals("the file is empty", empty.getMessage());
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		ImportException binary = assertThrows(ImportException.class, () -> read(png));
		assertTrue(binary.getMessage().contains("binary"), binary.getMessage());
		byte[] nonsense = new byte[64];
		java.util.Arrays.fill(nonsense, (byte) 0x80);
		ImportException unknown = assertThrows(ImportException.class, () -> read(nonsense));
		assertTrue(unknown.getMessage().contains("not UTF-8, UTF-16, GBK or GB18030"), unknown.getMessage());
	}

	@Test
	void detectionNeedsNoFileExtension() throws Exception {
		assertEquals("GBK", EncodingDetector.detect("北京市经济和信息化局".getBytes(Charset.forName("GBK"))).name());
		assertEquals("UTF-8", EncodingDetector.detect("plain ASCII".getBytes(StandardCharsets.US_ASCII)).name());
	}
}
