package org.policylens.text.index;

import java.util.List;

/**
 * The keyword-in-context lines of a query.
 *
 * @param query       what was searched
 * @param lines       the lines in document order, up to the limit asked for
 * @param clauses     how many clauses contain it
 * @param occurrences how many times it occurs, or -1 if not counted (phrases in large corpora)
 */
public record Concordance(String query, List<KwicLine> lines, long clauses, long occurrences) {
}
