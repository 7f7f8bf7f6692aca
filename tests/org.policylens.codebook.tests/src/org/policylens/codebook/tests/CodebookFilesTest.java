package org.policylens.codebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeColours;
import org.policylens.codebook.CodebookChecks;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.CodebookFiles;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;

/** The .codebook file that plugins contribute, and the default colours. */
public class CodebookFilesTest {

	@TempDir
	Path tmp;

	@Test
	void aCodebookFileIsWrittenWithItsLongTextsAsElementsAndReadBackWhole() throws Exception {
		Codebook codebook = TestData.good();
		Path file = tmp.resolve("good-again.codebook");
		CodebookFiles.write(codebook, file);
		String xml = java.nio.file.Files.readString(file);
		assertTrue(xml.contains("<definition>Sticks: rules that oblige or forbid, backed by sanctions.</definition>"), xml);
		assertTrue(xml.contains("<keywords>奖补</keywords>"), xml);
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<codebook:Codebook xmi:version=\"2.0\""), xml);
		assertEquals(QdcTest.dump(codebook), QdcTest.dump(CodebookFiles.read(file)));
		assertEquals(codebook.getSource(), CodebookFiles.read(file).getSource());
	}

	@Test
	void attributesAreReadTooAndBrokenFilesAreRefusedWithTheirLine() throws Exception {
		Codebook attributes = read("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<codebook:Codebook xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:codebook=\"http://policylens.org/codebook/1.0\" id=\"a\" name=\"A\">\n"
				+ "  <codes guid=\"g1\" name=\"One\" definition=\"As an attribute\"/>\n</codebook:Codebook>\n");
		assertEquals("As an attribute", attributes.getCodes().get(0).getDefinition());

		assertEquals("x.codebook, line 2, column 10: not a readable codebook file (it declares a document type (<!DOCTYPE>), "
				+ "which codebook files never have; refused, no entity was read)",
				assertThrows(CodebookException.class, () -> read("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"e\">]>\n"
						+ "<codebook:Codebook xmlns:codebook=\"http://policylens.org/codebook/1.0\"/>")).getMessage());
		assertEquals("x.codebook, line 3, column 45: not a readable codebook file (Feature 'colour2' not found.)",
				assertThrows(CodebookException.class, () -> read("<?xml version=\"1.0\"?>\n<codebook:Codebook "
						+ "xmlns:codebook=\"http://policylens.org/codebook/1.0\" id=\"a\">\n<codes guid=\"g\" name=\"A\" colour2=\"#000000\"/>"
						+ "</codebook:Codebook>")).getMessage());
		assertEquals("x.codebook: the code 'A' has no guid", assertThrows(CodebookException.class, () -> read("<?xml version=\"1.0\"?>\n"
				+ "<codebook:Codebook xmlns:codebook=\"http://policylens.org/codebook/1.0\" id=\"a\"><codes name=\"A\"/></codebook:Codebook>"))
				.getMessage());
		assertTrue(assertThrows(CodebookException.class, () -> read("<?xml version=\"1.0\"?>\n<study:Study xmlns:study=\"http://policylens.org/study/1.0\"/>"))
				.getMessage().startsWith("x.codebook holds no codebook"));
	}

	@Test
	void codesWithoutAColourTakeTheColourOfTheirPositionFromAColourBlindSafePalette() throws Exception {
		Codebook codebook = TestData.good();
		List<Code> codes = CodeTree.all(codebook);
		assertEquals("#0072B2", CodeColours.colourOf(codes.get(0)), "its own colour");
		assertEquals(List.of("#56B4E9", "#009E73", "#F0E442", "#0072B2"),
				codes.subList(1, 5).stream().map(CodeColours::colourOf).toList(), "Okabe-Ito by depth-first position");
		assertEquals(8, CodeColours.PALETTE.size());
		assertEquals(CodeColours.defaultColour(0), CodeColours.defaultColour(8), "the ninth starts again");
		assertEquals(List.of(0xE6, 0x9F, 0x00), java.util.Arrays.stream(CodeColours.rgb("#E69F00")).boxed().toList());
		assertEquals(List.of(0x33, 0x66, 0xCC), java.util.Arrays.stream(CodeColours.rgb("#36c")).boxed().toList());
	}

	@Test
	void incompleteCodesAreNamedWithWhatTheyLack() throws Exception {
		Codebook codebook = TestData.good();
		assertEquals(List.of("Instruments 政策工具/Economic means 经济手段 has no exclusion criteria",
				"Instruments 政策工具/Information 信息 has no inclusion criteria",
				"Instruments 政策工具/Information 信息 has no exclusion criteria", "Other 其他 has no inclusion criteria",
				"Other 其他 has no exclusion criteria", "Other 其他 has no keywords"), CodebookChecks.incomplete(codebook));
		CodeTree.find(codebook, "Other").setDefinition(" ");
		assertTrue(CodebookChecks.incomplete(codebook).contains("Other 其他 has no definition"));
	}

	private static Codebook read(String xml) throws CodebookException {
		return CodebookFiles.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.codebook");
	}
}
