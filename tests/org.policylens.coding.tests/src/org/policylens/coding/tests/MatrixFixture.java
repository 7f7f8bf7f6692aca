package org.policylens.coding.tests;

import java.util.List;

import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.StudyCodings;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.study.OpenStudy;
import org.policylens.tests.harness.TestCodebooks;

/**
 * A hand-checkable set of codings of the sample study by wang, one coding a clause (the clauses
 * without sub-clauses of each policy, in order) except two spans of one clause of policy 3:
 * <pre>
 *                        阿坝州 (3)  包头 (4)  北京 (5)  (none) (1, 2)   total
 * Supply-based tools          6        3        6        3            18
 *   Talent                    2*       1        0        1 (policy 2)  4
 *   Information support       4        2        3        2 (policy 1) 11
 *   Infrastructure            0        0        1        0             1
 *   Technical support         0        0        2        0             2
 * Environment-based tools     4        7        2        2            15
 *   Target planning           1        0        0        0             1
 *   Financial support         0        1        2        0             3
 *   Regulatory control        3        6        0        2 (policy 1) 11
 * Demand-based tools          0        0        2        0             2
 *   Government procurement    0        0        0        0             0
 *   Demonstration projects    0        0        2        0             2
 * total                      10       10       10        5            35
 * </pre>
 * (*) two spans of policy 3's first clause, which Information support codes too: in clauses,
 * Talent is 1 there, Supply-based tools 4 and the column 8.
 */
final class MatrixFixture {

	private final OpenStudy study;
	final Codebook tools;
	final StudyCodings codings;

	MatrixFixture(OpenStudy study) throws Exception {
		this.study = study;
		tools = TestCodebooks.policyTools(study);
		codings = StudyCodings.of(study);
		List<Clause> aba = leaves(3);
		Clause first = aba.get(0);
		codings.codeSpan(code("Talent"), 3, first.getStart(), first.getStart() + 4, "wang", null);
		codings.codeSpan(code("Talent"), 3, first.getStart() + 4, first.getStart() + 8, "wang", null);
		code(3, "Information support", 0, 1, 2, 3);
		code(3, "Target planning", 4);
		code(3, "Regulatory control", 5, 6, 7);
		code(4, "Talent", 0);
		code(4, "Information support", 1, 2);
		code(4, "Regulatory control", 3, 4, 5, 6, 7, 8);
		code(4, "Financial support", 9);
		code(5, "Information support", 0, 1, 2);
		code(5, "Infrastructure", 3);
		code(5, "Technical support", 4, 5);
		code(5, "Demonstration projects", 6, 7);
		code(5, "Financial support", 8, 9);
		code(2, "Talent", 0);
		code(1, "Information support", 0, 1);
		code(1, "Regulatory control", 2, 3);
	}

	Code code(String name) {
		return Codes.find(tools, name).orElseThrow();
	}

	/**
	 * @param document a policy number
	 * @return its clauses without sub-clauses and with a line of 12 characters or more, in order
	 */
	List<Clause> leaves(int document) {
		return Corpora.allClauses(Corpora.document(study, document).orElseThrow()).stream()
				.filter(c -> c.getChildren().isEmpty() && c.getHeadingEnd() - c.getStart() >= 12).toList();
	}

	void code(int document, String code, int... leaves) throws Exception {
		List<Clause> clauses = leaves(document);
		for (int k : leaves) {
			codings.codeClause(code(code), document, clauses.get(k).getLabel(), "wang", null);
		}
	}
}
