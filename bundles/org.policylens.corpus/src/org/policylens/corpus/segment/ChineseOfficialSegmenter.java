package org.policylens.corpus.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylens.corpus.model.ClauseKind;

/**
 * The clause structure of Chinese official documents (党政机关公文, laws and regulations):
 * 第X编 / 第X章 / 第X节 / 第X条, then the numbered levels 一、 (一) 1. (1) ①, and paragraphs.
 * A short title line in the body (a second policy printed with the first, e.g. "…行动计划（2021-2023年）")
 * starts a part; a document with a single part has no part level.
 * <p>
 * Each line is one paragraph; numbering that starts a line opens a clause at its level, and
 * paragraphs and deeper levels belong to the last open clause above them. A line that holds a
 * chapter heading and its first article ("第一章　总则　第一条　…") is split in two.
 */
public final class ChineseOfficialSegmenter implements ISegmenter {

	private static final String NUM = "[一二三四五六七八九十百千零〇两]+"; //$NON-NLS-1$
	private static final String SPACE = "[\\s\u3000]"; //$NON-NLS-1$

	private static final Pattern PART = Pattern.compile("^第(" + NUM + "|\\d+)编"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern CHAPTER = Pattern.compile("^第(" + NUM + "|\\d+)章"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern SECTION = Pattern.compile("^第(" + NUM + "|\\d+)节"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern ARTICLE = Pattern.compile("^第(" + NUM + "|\\d+)条"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern ITEM = Pattern.compile("^(" + NUM + ")[、，．.]"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern SUBITEM = Pattern.compile("^[（(](" + NUM + ")[）)]"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern POINT = Pattern.compile("^([0-9０-９]{1,3})(?:[.．、](?![0-9０-９])|" + SPACE + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern SUBPOINT = Pattern.compile("^[（(]([0-9０-９]{1,3})[）)]"); //$NON-NLS-1$
	private static final Pattern ENUMERATION = Pattern.compile("^([\u2460-\u2473])"); //$NON-NLS-1$
	/** "第一章　总则　第一条　…": the article that follows a chapter or section heading on one line */
	private static final Pattern EMBEDDED_ARTICLE = Pattern.compile(SPACE + "+(第(" + NUM + "|\\d+)条)"); //$NON-NLS-1$ //$NON-NLS-2$
	/** a policy's title printed in the body: short, no sentence punctuation, ends in a document type */
	private static final Pattern TITLE_LINE = Pattern.compile(
			"^[^。；;：:，,！？]{6,48}(政策|办法|计划|规划|方案|意见|规定|细则|条例|措施|纲要|通知|决定|指南|标准|规范|要点|清单)" //$NON-NLS-1$
					+ "([（(][^）)]{2,16}[）)])?$"); //$NON-NLS-1$

	private record Line(int start, int contentStart, int end) {
	}

	@Override
	public List<Segment> segment(String text, int start, int end) {
		List<Segment> roots = new ArrayList<>();
		Deque<Segment> open = new ArrayDeque<>();
		for (Line line : lines(text, start, end)) {
			String content = text.substring(line.contentStart(), line.end());
			Segment segment = classify(content, line);
			if (segment.kind() == ClauseKind.PARAGRAPH) {
				attach(roots, open, segment);
				continue;
			}
			while (!open.isEmpty() && open.peek().kind().getValue() >= segment.kind().getValue()) {
				open.pop();
			}
			attach(roots, open, segment);
			open.push(segment);
		}
		return unwrapSinglePart(roots);
	}

	private static void attach(List<Segment> roots, Deque<Segment> open, Segment segment) {
		if (open.isEmpty()) {
			roots.add(segment);
		} else {
			open.peek().children().add(segment);
			for (Segment ancestor : open) {
				ancestor.extendTo(segment.end());
			}
		}
	}

	private static Segment classify(String content, Line line) {
		Object[][] levels = { { PART, ClauseKind.PART }, { CHAPTER, ClauseKind.CHAPTER }, { SECTION, ClauseKind.SECTION },
				{ ARTICLE, ClauseKind.ARTICLE }, { SUBITEM, ClauseKind.SUBITEM }, { ITEM, ClauseKind.ITEM },
				{ SUBPOINT, ClauseKind.SUBPOINT }, { POINT, ClauseKind.POINT } };
		for (Object[] level : levels) {
			Matcher m = ((Pattern) level[0]).matcher(content);
			if (m.find()) {
				String marker = m.group().strip();
				return new Segment((ClauseKind) level[1], marker, ChineseNumerals.parse(m.group(1)), line.start(), line.end());
			}
		}
		Matcher enumeration = ENUMERATION.matcher(content);
		if (enumeration.find()) {
			return new Segment(ClauseKind.ENUMERATION, enumeration.group(1), enumeration.group(1).charAt(0) - '\u2460' + 1,
					line.start(), line.end());
		}
		if (TITLE_LINE.matcher(content.strip()).matches()) {
			return new Segment(ClauseKind.PART, null, -1, line.start(), line.end());
		}
		return new Segment(ClauseKind.PARAGRAPH, null, -1, line.start(), line.end());
	}

	/** A document that prints one policy needs no part level: its title was only a title. */
	private static List<Segment> unwrapSinglePart(List<Segment> roots) {
		long parts = roots.stream().filter(s -> s.kind() == ClauseKind.PART && s.marker() == null).count();
		if (parts != 1) {
			return roots;
		}
		List<Segment> result = new ArrayList<>();
		for (Segment root : roots) {
			if (root.kind() == ClauseKind.PART && root.marker() == null) {
				result.addAll(root.children());
			} else {
				result.add(root);
			}
		}
		return result;
	}

	/** The non-empty lines, with a chapter line that holds its first article split in two. */
	private static List<Line> lines(String text, int start, int end) {
		List<Line> lines = new ArrayList<>();
		for (TextLines.Line line : TextLines.of(text, start, end)) {
			split(text, lines, line.start(), line.end());
		}
		return lines;
	}

	private static void split(String text, List<Line> lines, int contentStart, int contentEnd) {
		String content = text.substring(contentStart, contentEnd);
		if (CHAPTER.matcher(content).find() || SECTION.matcher(content).find()) {
			Matcher article = EMBEDDED_ARTICLE.matcher(content);
			if (article.find()) {
				int headingEnd = contentStart + article.start();
				int articleStart = contentStart + article.start(1);
				lines.add(new Line(contentStart, contentStart, trimEnd(text, contentStart, headingEnd)));
				lines.add(new Line(articleStart, articleStart, contentEnd));
				return;
			}
		}
		lines.add(new Line(contentStart, contentStart, contentEnd));
	}

	private static int trimEnd(String text, int start, int end) {
		int e = end;
		while (e > start && TextLines.isSpace(text.charAt(e - 1))) {
			e--;
		}
		return e;
	}

}
