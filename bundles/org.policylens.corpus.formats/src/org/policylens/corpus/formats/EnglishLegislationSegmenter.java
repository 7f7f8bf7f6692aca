package org.policylens.corpus.formats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylens.corpus.model.ClauseKind;
import org.policylens.corpus.segment.ISegmenter;
import org.policylens.corpus.segment.Segment;
import org.policylens.corpus.segment.TextLines;

/**
 * The clause structure of English legislation and policy documents: Part, Chapter, Section (also
 * written Sec., Article, Art. or §, all of kind {@link ClauseKind#ARTICLE}), the enumerations (a),
 * (i), 1., 2), (1), (A), (I), and paragraphs.
 * <p>
 * Each line is one paragraph. A heading opens a clause at its level (part above chapter above
 * section) and closes the open clauses at that level and below; paragraphs and enumerations belong
 * to the deepest open clause. English drafting nests enumerations in different orders (US statutes
 * (a) › (1) › (A) › (i), EU acts 1. › (a) › (i)), so below a heading an enumeration's depth is the
 * order in which its numbering style first appears there, and its kind names the style: (a) item,
 * (i) subitem, 1., 2) and (1) point, (A) and (I) subpoint.
 * <p>
 * Headings are numbered in Arabic or Roman numerals (I to XL) or with a letter (Part A). A heading
 * word followed by a lower-case word ("Section 3 of the Act") is text, not a heading. (i), (v) and
 * (x) are Roman numerals unless they continue an open list at (h), (u) or (w) and the next marker
 * is not (ii), (vi) or (xi); the same for capitals.
 */
public final class EnglishLegislationSegmenter implements ISegmenter {

	/** After a heading's number: the end of the line, punctuation, a dash, or a capitalised word. */
	private static final String HEADING_END = "(?=\\s*$|\\s*[.:](?!\\d)|\\s*(?:--|[\u2014\u2013-])|\\s+[A-Z(\"\u201C\u2018'`])"; //$NON-NLS-1$
	private static final String HEADING_NUMBER = "(\\d{1,4}|[IVXLivxl]{1,7}|[A-Z])"; //$NON-NLS-1$
	private static final Pattern PART = Pattern.compile("^(?:PART|Part)\\s+" + HEADING_NUMBER + HEADING_END); //$NON-NLS-1$
	private static final Pattern CHAPTER = Pattern.compile("^(?:CHAPTER|Chapter)\\s+" + HEADING_NUMBER + HEADING_END); //$NON-NLS-1$
	private static final Pattern SECTION = Pattern.compile(
			"^(?:(?:SECTION|Section|SEC\\.|Sec\\.|ARTICLE|Article|Art\\.)\\s+|\u00A7\\s*)(\\d{1,5}[A-Za-z]{0,3}|[IVXL]{1,7})" //$NON-NLS-1$
					+ HEADING_END);
	/** (a), (ii), (A), (1) */
	private static final Pattern PARENTHESISED = Pattern.compile("^\\(([a-z]{1,4}|[A-Z]{1,4}|\\d{1,3})\\)(?=\\s|$|\\()"); //$NON-NLS-1$
	/** 1. 2) */
	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)](?=\\s|$)"); //$NON-NLS-1$
	/** a) */
	private static final Pattern LETTERED = Pattern.compile("^([a-z])\\)(?=\\s|$)"); //$NON-NLS-1$

	/** Depths of the headings are their kinds' values; enumerations come below. */
	private static final int ENUMERATIONS = ClauseKind.PARAGRAPH_VALUE + 1;

	/** A numbering style of enumerations. */
	private enum Style {
		LOWER_LETTER(ClauseKind.ITEM), LOWER_ROMAN(ClauseKind.SUBITEM), NUMBER(ClauseKind.POINT),
		NUMBER_IN_PARENTHESES(ClauseKind.POINT), UPPER_LETTER(ClauseKind.SUBPOINT), UPPER_ROMAN(ClauseKind.SUBPOINT);

		private final ClauseKind kind;

		Style(ClauseKind kind) {
			this.kind = kind;
		}
	}

	/** An enumeration marker found at the start of a line. */
	private record Marker(Style style, String text, int number) {
	}

	@Override
	public List<Segment> segment(String text, int start, int end) {
		List<TextLines.Line> lines = TextLines.of(text, start, end);
		Tree tree = new Tree();
		for (int i = 0; i < lines.size(); i++) {
			TextLines.Line line = lines.get(i);
			String content = text.substring(line.start(), line.end());
			Segment heading = heading(content, line);
			if (heading != null) {
				tree.heading(heading);
				continue;
			}
			Marker marker = marker(content, tree, nextParenthesised(text, lines, i));
			if (marker != null) {
				tree.enumeration(new Segment(marker.style().kind, marker.text(), marker.number(), line.start(), line.end()),
						marker.style());
			} else {
				tree.paragraph(new Segment(ClauseKind.PARAGRAPH, null, -1, line.start(), line.end()));
			}
		}
		return tree.roots;
	}

	private static Segment heading(String content, TextLines.Line line) {
		Matcher part = PART.matcher(content);
		if (part.find()) {
			return new Segment(ClauseKind.PART, part.group(), headingNumber(part.group(1)), line.start(), line.end());
		}
		Matcher chapter = CHAPTER.matcher(content);
		if (chapter.find()) {
			return new Segment(ClauseKind.CHAPTER, chapter.group(), headingNumber(chapter.group(1)), line.start(), line.end());
		}
		Matcher section = SECTION.matcher(content);
		if (section.find()) {
			return new Segment(ClauseKind.ARTICLE, section.group(), headingNumber(section.group(1)), line.start(), line.end());
		}
		return null;
	}

	/** 12 and 12A are 12; Roman numerals up to XL; a single capital is its place in the alphabet. */
	private static int headingNumber(String number) {
		int digits = 0;
		while (digits < number.length() && Character.isDigit(number.charAt(digits))) {
			digits++;
		}
		if (digits > 0) {
			return Integer.parseInt(number.substring(0, digits));
		}
		int roman = RomanNumerals.parse(number);
		if (roman > 0 && roman <= 40) {
			return roman;
		}
		return number.length() == 1 && Character.isUpperCase(number.charAt(0)) ? number.charAt(0) - 'A' + 1 : -1;
	}

	/**
	 * @param content the line
	 * @param tree    the clauses open so far (to tell the letter i from the numeral i)
	 * @param next    the next line's parenthesised marker, or {@code null}
	 * @return the enumeration marker the line starts with, or {@code null}
	 */
	private static Marker marker(String content, Tree tree, String next) {
		Matcher numbered = NUMBERED.matcher(content);
		if (numbered.find()) {
			return new Marker(Style.NUMBER, numbered.group(), Integer.parseInt(numbered.group(1)));
		}
		Matcher lettered = LETTERED.matcher(content);
		if (lettered.find()) {
			return new Marker(Style.LOWER_LETTER, lettered.group(), lettered.group(1).charAt(0) - 'a' + 1);
		}
		Matcher parenthesised = PARENTHESISED.matcher(content);
		if (!parenthesised.find()) {
			return null;
		}
		String token = parenthesised.group(1);
		String marker = parenthesised.group();
		if (Character.isDigit(token.charAt(0))) {
			return new Marker(Style.NUMBER_IN_PARENTHESES, marker, Integer.parseInt(token));
		}
		boolean lower = Character.isLowerCase(token.charAt(0));
		Style letters = lower ? Style.LOWER_LETTER : Style.UPPER_LETTER;
		Style numerals = lower ? Style.LOWER_ROMAN : Style.UPPER_ROMAN;
		int roman = RomanNumerals.parse(token);
		int letter = letterNumber(token);
		if (roman > 0 && roman <= 40 && !(letter > 0 && continuesLetters(tree, letters, letter, roman, next))) {
			return new Marker(numerals, marker, roman);
		}
		return letter > 0 ? new Marker(letters, marker, letter) : null;
	}

	/** Whether an ambiguous (i) is the letter after an open (h), not the numeral one. */
	private static boolean continuesLetters(Tree tree, Style letters, int letter, int roman, String next) {
		if (tree.openNumber(letters) != letter - 1) {
			return false;
		}
		return next == null || RomanNumerals.parse(next) != roman + 1;
	}

	/** a → 1, z → 26, aa → 27 (US statutes double letters after z); -1 for anything else. */
	private static int letterNumber(String token) {
		char first = token.charAt(0);
		if (token.chars().anyMatch(c -> c != first)) {
			return -1;
		}
		return (token.length() - 1) * 26 + Character.toLowerCase(first) - 'a' + 1;
	}

	/** The token of the next line that starts with a parenthesised marker, for look-ahead. */
	private static String nextParenthesised(String text, List<TextLines.Line> lines, int i) {
		for (int j = i + 1; j < lines.size(); j++) {
			TextLines.Line line = lines.get(j);
			Matcher m = PARENTHESISED.matcher(text.substring(line.start(), line.end()));
			if (m.find()) {
				return m.group(1);
			}
		}
		return null;
	}

	/** The tree being built: the top-level segments and the stack of open clauses. */
	private static final class Tree {

		/** An open clause, its depth, and its numbering style if it is an enumeration. */
		private record Open(Segment segment, int depth, Style style) {
		}

		private final List<Segment> roots = new ArrayList<>();
		private final Deque<Open> open = new ArrayDeque<>();
		/** The enumeration styles below the current heading, in order of first appearance. */
		private final List<Style> styles = new ArrayList<>();

		void heading(Segment segment) {
			closeFrom(segment.kind().getValue());
			attach(segment);
			open.push(new Open(segment, segment.kind().getValue(), null));
			styles.clear();
		}

		void enumeration(Segment segment, Style style) {
			if (!styles.contains(style)) {
				styles.add(style);
			}
			int depth = ENUMERATIONS + styles.indexOf(style);
			closeFrom(depth);
			attach(segment);
			open.push(new Open(segment, depth, style));
		}

		void paragraph(Segment segment) {
			attach(segment);
		}

		/** @return the number of the deepest open enumeration in that style, or -1 */
		int openNumber(Style style) {
			for (Open clause : open) {
				if (clause.style() == style) {
					return clause.segment().number();
				}
			}
			return -1;
		}

		private void closeFrom(int depth) {
			while (!open.isEmpty() && open.peek().depth() >= depth) {
				open.pop();
			}
		}

		private void attach(Segment segment) {
			if (open.isEmpty()) {
				roots.add(segment);
				return;
			}
			open.peek().segment().children().add(segment);
			for (Open ancestor : open) {
				ancestor.segment().extendTo(segment.end());
			}
		}
	}
}
