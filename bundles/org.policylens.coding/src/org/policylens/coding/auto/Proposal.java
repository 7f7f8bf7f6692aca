package org.policylens.coding.auto;

import org.policylens.codebook.model.Code;

/**
 * A coding an auto-coder proposes.
 *
 * @param code     the code
 * @param document the policy number
 * @param clause   the clause label, e.g. 5-2-1
 * @param start    the span's offset in the document's text
 * @param end      the offset after it
 * @param score    how strongly the auto-coder proposes it (for the dictionary auto-coder: how many
 *                 keywords occur)
 * @param evidence why, for people, e.g. {@code 关键词: 人才, 培训}
 */
public record Proposal(Code code, int document, String clause, int start, int end, double score, String evidence) {
}
