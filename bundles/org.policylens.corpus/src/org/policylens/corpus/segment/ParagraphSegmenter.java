package org.policylens.corpus.segment;

import java.util.ArrayList;
import java.util.List;

import org.policylens.corpus.model.ClauseKind;

/**
 * The simplest structure: every non-empty line is a paragraph. For documents without numbered
 * clauses, and as the fallback when no segmenter fits a language.
 */
public final class ParagraphSegmenter implements ISegmenter {

	@Override
	public List<Segment> segment(String text, int start, int end) {
		List<Segment> paragraphs = new ArrayList<>();
		int lineStart = start;
		while (lineStart < end) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0 || lineEnd > end) {
				lineEnd = end;
			}
			int s = lineStart;
			int e = lineEnd;
			while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u3000')) {
				s++;
			}
			while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u3000')) {
				e--;
			}
			if (s < e) {
				paragraphs.add(new Segment(ClauseKind.PARAGRAPH, null, -1, s, e));
			}
			lineStart = lineEnd + 1;
		}
		return paragraphs;
	}
}
