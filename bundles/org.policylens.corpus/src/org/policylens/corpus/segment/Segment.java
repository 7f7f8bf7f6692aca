package org.policylens.corpus.segment;

import java.util.ArrayList;
import java.util.List;

import org.policylens.corpus.model.ClauseKind;

/**
 * One node of a clause tree, as a segmenter finds it.
 */
public final class Segment {

	private final ClauseKind kind;
	private final String marker;
	private final int number;
	private final int start;
	private final int headingEnd;
	private int end;
	private final List<Segment> children = new ArrayList<>();

	/**
	 * @param kind       the level
	 * @param marker     the numbering as written (第三条, （二）, 1.), or {@code null} for a paragraph
	 * @param number     the numbering's value (3 for 第三条), or -1 when there is none
	 * @param start      the offset of its first character
	 * @param headingEnd the end of its own line
	 */
	public Segment(ClauseKind kind, String marker, int number, int start, int headingEnd) {
		this.kind = kind;
		this.marker = marker;
		this.number = number;
		this.start = start;
		this.headingEnd = headingEnd;
		this.end = headingEnd;
	}

	public ClauseKind kind() {
		return kind;
	}

	public String marker() {
		return marker;
	}

	public int number() {
		return number;
	}

	public int start() {
		return start;
	}

	public int headingEnd() {
		return headingEnd;
	}

	/** @return the end of its last descendant */
	public int end() {
		return end;
	}

	/** @param end the new end (grows as children are added) */
	public void extendTo(int end) {
		this.end = Math.max(this.end, end);
	}

	public List<Segment> children() {
		return children;
	}

	@Override
	public String toString() {
		return kind + (marker == null ? "" : " " + marker) + " [" + start + "," + end + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
