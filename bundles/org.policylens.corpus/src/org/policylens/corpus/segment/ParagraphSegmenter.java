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
		for (TextLines.Line line : TextLines.of(text, start, end)) {
			paragraphs.add(new Segment(ClauseKind.PARAGRAPH, null, -1, line.start(), line.end()));
		}
		return paragraphs;
	}
}
