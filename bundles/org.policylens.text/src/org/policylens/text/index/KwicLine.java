package org.policylens.text.index;

/**
 * One line of a concordance (keyword in context).
 *
 * @param document the policy number
 * @param clause   the clause id, e.g. 12-3-2
 * @param offset   the keyword's offset in the document text
 * @param left     the text before it
 * @param keyword  the keyword as written
 * @param right    the text after it
 */
public record KwicLine(int document, String clause, int offset, String left, String keyword, String right) {
}
