package org.policylens.corpus.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policylens.corpus.CorpusImporter;
import org.policylens.corpus.formats.EnglishLegislationSegmenter;
import org.policylens.corpus.formats.RomanNumerals;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.ClauseKind;
import org.policylens.corpus.segment.ClauseLabeler;
import org.policylens.corpus.segment.Segment;

public class EnglishLegislationSegmenterTest {

	private final EnglishLegislationSegmenter segmenter = new EnglishLegislationSegmenter();

	@Test
	void segmentsAUsBillIntoSectionsSubsectionsAndParagraphs() throws Exception {
		String text = CorpusImporter.normalise(Files.readString(Fixtures.get(Fixtures.US_BILL), StandardCharsets.UTF_8));
		Map<String, Clause> clauses = labelled(text, segmenter.segment(text, 0, text.length()));

		Clause section1 = clauses.get("1-1");
		assertEquals(ClauseKind.ARTICLE, section1.getKind());
		assertEquals("SECTION 1", section1.getMarker());
		assertEquals("SECTION 1. SHORT TITLE.", heading(text, section1));
		assertEquals("1-1-p1", section1.getChildren().get(0).getLabel());

		Clause section2 = clauses.get("1-2");
		assertEquals("SEC. 2. REQUESTS BY CBO OF INFORMATION FROM EXECUTIVE AGENCIES.", heading(text, section2));
		assertEquals(List.of("1-2-1", "1-2-2"), section2.getChildren().stream().map(Clause::getLabel).toList());

		Clause subsectionA = clauses.get("1-2-1");
		assertEquals(ClauseKind.ITEM, subsectionA.getKind());
		assertEquals("(a)", subsectionA.getMarker());
		assertTrue(heading(text, subsectionA).startsWith("(a) In General.--Section 201(d)"));
		// (1), (2), (3) are paragraphs of subsection (a)
		assertEquals(ClauseKind.POINT, clauses.get("1-2-1-1").getKind());
		assertEquals("(1)", clauses.get("1-2-1-1").getMarker());
		assertTrue(heading(text, clauses.get("1-2-1-3")).startsWith("(3) by adding at the end the following:"));
		// the quoted new paragraph ``(2) ...'' is text of (3), not a clause of this Act
		Clause quoted = clauses.get("1-2-1-3-p1");
		assertTrue(heading(text, quoted).startsWith("``(2) No provision of law"), heading(text, quoted));
		assertEquals(ClauseKind.PARAGRAPH, quoted.getKind());

		Clause subsectionB = clauses.get("1-2-2");
		assertEquals("(b)", subsectionB.getMarker());
		assertTrue(heading(text, subsectionB).startsWith("(b) Report.--Not later than one year"));
		// a clause reaches to the end of its last descendant
		assertEquals(clauses.get("1-2-1-3-p6").getEnd(), subsectionA.getEnd());
		assertTrue(text.substring(subsectionA.getStart(), subsectionA.getEnd()).endsWith("otherwise modified.''."));
		// "Section 201(d) of ..." and "(a) of this Act" inside sentences open nothing
		assertEquals(2, clauses.values().stream().filter(c -> c.getKind() == ClauseKind.ARTICLE).count());
		assertEquals(2, clauses.values().stream().filter(c -> c.getKind() == ClauseKind.ITEM).count());
	}

	@Test
	void partsAndChaptersInRomanNumeralsSectionsArticlesAndTheirEnumerations() {
		String text = """
				PART I
				GENERAL PROVISIONS
				Chapter 1 Definitions
				Section 1. Short title.
				This Act may be cited as the Open Data Act.
				CHAPTER II—PUBLICATION
				§ 2. Publication of data assets
				(a) Each agency shall—
				(i) publish its data assets;
				(ii) keep an inventory.
				(b) Nothing in this section requires disclosure.
				Section 2 of the Act of 1974 is amended.
				Part 2
				Article 3
				1. Member States shall ensure that documents are re-usable.
				(a) for commercial purposes;
				(i) in open formats;
				2. Paragraph 1 does not apply to documents held by broadcasters.
				""";
		Map<String, Clause> clauses = labelled(text, segmenter.segment(text, 0, text.length()));
		assertKind(clauses, "1-1", ClauseKind.PART, "PART I");
		assertEquals("1-1-p1", clauses.get("1-1").getChildren().get(0).getLabel(), "GENERAL PROVISIONS");
		assertKind(clauses, "1-1-1", ClauseKind.CHAPTER, "Chapter 1");
		assertKind(clauses, "1-1-1-1", ClauseKind.ARTICLE, "Section 1");
		assertKind(clauses, "1-1-2", ClauseKind.CHAPTER, "CHAPTER II");
		assertKind(clauses, "1-1-2-2", ClauseKind.ARTICLE, "§ 2");
		assertKind(clauses, "1-1-2-2-1", ClauseKind.ITEM, "(a)");
		assertKind(clauses, "1-1-2-2-1-1", ClauseKind.SUBITEM, "(i)");
		assertKind(clauses, "1-1-2-2-1-2", ClauseKind.SUBITEM, "(ii)");
		assertKind(clauses, "1-1-2-2-2", ClauseKind.ITEM, "(b)");
		assertEquals("Section 2 of the Act of 1974 is amended.", heading(text, clauses.get("1-1-2-2-2-p1")));
		assertKind(clauses, "1-2", ClauseKind.PART, "Part 2");
		assertKind(clauses, "1-2-3", ClauseKind.ARTICLE, "Article 3");
		// EU order: numbered paragraphs, then points (a), then (i)
		assertKind(clauses, "1-2-3-1", ClauseKind.POINT, "1.");
		assertKind(clauses, "1-2-3-1-1", ClauseKind.ITEM, "(a)");
		assertKind(clauses, "1-2-3-1-1-1", ClauseKind.SUBITEM, "(i)");
		assertKind(clauses, "1-2-3-2", ClauseKind.POINT, "2.");
		assertEquals(text.indexOf("Part 2") - 1, clauses.get("1-1").getEnd(), "part I ends where part 2 starts");
	}

	@Test
	void nestsUsStatuteEnumerationsInTheirOwnOrder() {
		String text = """
				SEC. 5. DEFINITIONS.
				(a) In General.--In this Act:
				(1) Agency.--The term ``agency''--
				(A) means an Executive agency; and
				(B) includes--
				(i) a military department; and
				(ii) the Government Accountability Office.
				(2) Data.--The term ``data'' means recorded information.
				(b) Rule of Construction.--Nothing in this Act shall be construed to require disclosure.
				""";
		Map<String, Clause> clauses = labelled(text, segmenter.segment(text, 0, text.length()));
		assertKind(clauses, "1-5", ClauseKind.ARTICLE, "SEC. 5");
		assertKind(clauses, "1-5-1", ClauseKind.ITEM, "(a)");
		assertKind(clauses, "1-5-1-1", ClauseKind.POINT, "(1)");
		assertKind(clauses, "1-5-1-1-1", ClauseKind.SUBPOINT, "(A)");
		assertKind(clauses, "1-5-1-1-2", ClauseKind.SUBPOINT, "(B)");
		assertKind(clauses, "1-5-1-1-2-1", ClauseKind.SUBITEM, "(i)");
		assertKind(clauses, "1-5-1-1-2-2", ClauseKind.SUBITEM, "(ii)");
		assertKind(clauses, "1-5-1-2", ClauseKind.POINT, "(2)");
		assertKind(clauses, "1-5-2", ClauseKind.ITEM, "(b)");
	}

	@Test
	void tellsTheLetterIFromTheNumeralI() {
		String letters = "(g) seventh;\n(h) eighth;\n(i) ninth;\n(j) tenth.\n";
		Map<String, Clause> clauses = labelled(letters, segmenter.segment(letters, 0, letters.length()));
		assertKind(clauses, "1-9", ClauseKind.ITEM, "(i)");
		assertKind(clauses, "1-10", ClauseKind.ITEM, "(j)");

		String numerals = "(h) the following:\n(i) first;\n(ii) second;\n(i) again first.\n";
		clauses = labelled(numerals, segmenter.segment(numerals, 0, numerals.length()));
		assertKind(clauses, "1-8-1", ClauseKind.SUBITEM, "(i)");
		assertKind(clauses, "1-8-2", ClauseKind.SUBITEM, "(ii)");
	}

	@Test
	void segmentsOnlyWithinTheBodyAndKeepsOffsets() {
		String text = "Open Data Act\n\nSection 1. Purpose.\n  The purpose is openness.  \n";
		int start = text.indexOf("Section");
		List<Segment> segments = segmenter.segment(text, start, text.length());
		assertEquals(1, segments.size());
		Segment section = segments.get(0);
		assertEquals(start, section.start());
		assertEquals("Section 1. Purpose.", text.substring(section.start(), section.headingEnd()));
		assertEquals("The purpose is openness.", text.substring(section.children().get(0).start(), section.end()));
	}

	@Test
	void readsRomanNumeralsOneToForty() {
		String[] numerals = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
				"XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX",
				"XXX", "XXXI", "XXXII", "XXXIII", "XXXIV", "XXXV", "XXXVI", "XXXVII", "XXXVIII", "XXXIX", "XL" };
		for (int i = 0; i < numerals.length; i++) {
			assertEquals(i + 1, RomanNumerals.parse(numerals[i]), numerals[i]);
			assertEquals(i + 1, RomanNumerals.parse(numerals[i].toLowerCase()), numerals[i]);
			assertEquals(numerals[i], RomanNumerals.format(i + 1));
		}
		assertEquals(2026, RomanNumerals.parse("MMXXVI"));
		for (String invalid : new String[] { "", "IIII", "VX", "IC", "IIV", "ABC", "XIIV" }) {
			assertEquals(-1, RomanNumerals.parse(invalid), invalid);
		}
	}

	private static void assertKind(Map<String, Clause> clauses, String label, ClauseKind kind, String marker) {
		Clause clause = clauses.get(label);
		assertNotNull(clause, label + " in " + clauses.keySet());
		assertEquals(kind, clause.getKind(), label);
		assertEquals(marker, clause.getMarker(), label);
	}

	private static String heading(String text, Clause clause) {
		return text.substring(clause.getStart(), clause.getHeadingEnd());
	}

	/** The clauses as the corpus labels them for policy 1, by label. */
	private static Map<String, Clause> labelled(String text, List<Segment> segments) {
		Map<String, Clause> all = new LinkedHashMap<>();
		collect(ClauseLabeler.label(1, segments), all);
		return all;
	}

	private static void collect(List<Clause> clauses, Map<String, Clause> all) {
		for (Clause clause : clauses) {
			all.put(clause.getLabel(), clause);
			collect(clause.getChildren(), all);
		}
	}
}
