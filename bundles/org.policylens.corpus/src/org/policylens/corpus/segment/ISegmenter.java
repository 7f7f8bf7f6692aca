package org.policylens.corpus.segment;

import java.util.List;

/**
 * Splits the text of a document into its clause tree: chapters, articles, numbered items,
 * paragraphs. Contributed through the extension point {@code org.policylens.corpus.segmenters};
 * the corpus numbers the clauses (ids such as {@code 12-3-2}) from the tree.
 */
public interface ISegmenter {

	/**
	 * @param text  the whole document text (LF line ends)
	 * @param start where the policy text starts (after the header lines)
	 * @param end   where it ends
	 * @return the top-level segments in order; every segment lies within [start, end) and within its
	 *         parent; siblings do not overlap
	 */
	List<Segment> segment(String text, int start, int end);
}
