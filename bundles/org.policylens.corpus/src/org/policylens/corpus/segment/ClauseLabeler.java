package org.policylens.corpus.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.ClauseKind;
import org.policylens.corpus.model.CorpusFactory;

/**
 * Turns a segment tree into clauses with stable hierarchical ids: the policy number, then at each
 * level the clause's own number (第三条 → 3, （二） → 2); paragraphs without numbering count
 * p1, p2, … among their siblings. A number that repeats among siblings gets a letter (3, 3b).
 * So {@code 12-3-2} is policy 12, chapter 3, article 2, whatever text is added elsewhere.
 */
public final class ClauseLabeler {

	private ClauseLabeler() {
	}

	/**
	 * @param documentNumber the policy number
	 * @param segments       the top-level segments
	 * @return the clauses, in order
	 */
	public static List<Clause> label(int documentNumber, List<Segment> segments) {
		return label(Integer.toString(documentNumber), segments);
	}

	private static List<Clause> label(String prefix, List<Segment> segments) {
		Map<String, Integer> used = new HashMap<>();
		int paragraphs = 0;
		int ordinal = 0;
		List<Clause> clauses = new ArrayList<>();
		for (Segment segment : segments) {
			String key;
			if (segment.marker() == null && segment.number() < 0 && segment.kind() == ClauseKind.PARAGRAPH) {
				key = "p" + ++paragraphs; //$NON-NLS-1$
			} else {
				ordinal++;
				key = Integer.toString(segment.number() >= 0 ? segment.number() : ordinal);
			}
			int seen = used.merge(key, 1, Integer::sum);
			if (seen > 1) {
				key = key + (char) ('a' + seen - 1);
			}
			Clause clause = CorpusFactory.eINSTANCE.createClause();
			clause.setLabel(prefix + "-" + key); //$NON-NLS-1$
			clause.setKind(segment.kind());
			clause.setMarker(segment.marker());
			clause.setStart(segment.start());
			clause.setEnd(segment.end());
			clause.setHeadingEnd(segment.headingEnd());
			clause.getChildren().addAll(label(clause.getLabel(), segment.children()));
			clauses.add(clause);
		}
		return clauses;
	}
}
