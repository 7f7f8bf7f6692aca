package org.policylens.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.CodingFilter;
import org.policylens.coding.Codes;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.agreement.Agreement;
import org.policylens.coding.agreement.AgreementOptions;
import org.policylens.coding.agreement.AgreementReport;
import org.policylens.coding.model.Coding;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.study.OpenStudy;
import org.policylens.tests.harness.Fixtures;
import org.policylens.tests.harness.TestCodebooks;

/**
 * Agreement of coders on the clauses of the sample policies: units, binary judgements per code,
 * missing data, pooled values, the disagreement list and resolving it for a consensus coder.
 */
public class AgreementTest {

	private static final double EXACT = 1e-9;

	@TempDir
	Path tmp;

	private OpenStudy study;
	private Codebook tools;
	private StudyCodings codings;
	private List<String> clauses;

	@BeforeEach
	void setUp() throws Exception {
		study = Fixtures.sampleStudy(tmp.resolve("study"));
		tools = TestCodebooks.policyTools(study);
		codings = StudyCodings.of(study);
		clauses = Corpora.allClauses(Corpora.document(study, 5).orElseThrow()).stream().map(Clause::getLabel).toList();
	}

	private Code code(String name) {
		return Codes.find(tools, name).orElseThrow();
	}

	private void code(String coder, String code, int... clauseIndexes) throws Exception {
		for (int k : clauseIndexes) {
			codings.codeClause(code(code), 5, clauses.get(k), coder, null);
		}
	}

	private AgreementReport report(List<String> coders, List<Integer> documents, AgreementOptions.Units units) {
		return Agreement.compute(study, new AgreementOptions(tools, coders, documents, units), new NullProgressMonitor());
	}

	@Test
	void everyClauseIsAUnitAndEachCodeABinaryJudgement() throws Exception {
		// Talent: wang codes clauses 1, 2; li codes 1, 3, 4, 6 -> both 1, wang only 1, li only 3, neither N - 5
		code("wang", "Talent", 1, 2);
		code("li", "Talent", 1, 3, 4, 6);
		// Information support: both code clause 8, li also 9
		code("wang", "Information support", 8);
		code("li", "Information support", 8, 9);
		AgreementReport report = report(List.of("wang", "li"), List.of(), AgreementOptions.Units.ALL_CLAUSES);
		int n = clauses.size();
		assertEquals(n, report.units(), "every clause of policy 5, the only document coded");
		assertEquals(List.of(5), report.documents());

		AgreementReport.CodeAgreement talent = report.codes().stream().filter(c -> c.code() == code("Talent")).findFirst().orElseThrow();
		assertEquals(Map.of("wang", 2, "li", 4), talent.coded());
		// hand: p_o = (1 + (n - 5)) / n; p_e = (2/n)(4/n) + ((n - 2)/n)((n - 4)/n); kappa = (p_o - p_e) / (1 - p_e)
		double po = (1.0 + (n - 5)) / n;
		double pe = (2.0 / n) * (4.0 / n) + ((n - 2.0) / n) * ((n - 4.0) / n);
		assertEquals(po, talent.values().percent(), EXACT);
		assertEquals((po - pe) / (1 - pe), talent.values().cohen(), EXACT);
		// Krippendorff (2011), binary data: alpha = 1 - (2n - 1) o01 / (n0 n1) with o01 = 4 disagreeing units,
		// n1 = 2 + 4 values 1, n0 = 2n - 6 (for n = 10 units this is the paper's example A)
		assertEquals(1 - (2.0 * n - 1) * 4 / ((2.0 * n - 6) * 6), talent.values().alpha(), EXACT);
		assertEquals(talent.values().percent(), talent.values().percent(), EXACT);

		// pooled: the two used codes' 2x2 tables summed over 2n items: both 1 + 1, wang only 1, li only 3 + 1
		double pooledPo = (2.0 + (2 * n - 7)) / (2 * n);
		double pooledPe = (3.0 / (2 * n)) * (6.0 / (2 * n)) + ((2 * n - 3.0) / (2 * n)) * ((2 * n - 6.0) / (2 * n));
		assertEquals((pooledPo - pooledPe) / (1 - pooledPe), report.pooled().cohen(), EXACT);
		assertEquals(2 * n, report.pooled().units());
		assertTrue(report.codes().stream().filter(c -> !c.used()).allMatch(c -> c.values().percent() == 1.0 && Double.isNaN(c.values().cohen())),
				"codes nobody used agree fully and have no kappa");

		List<String> disagreements = report.disagreements().stream()
				.map(d -> d.clause() + " " + d.code().getName() + " " + d.codedBy() + " " + d.notCodedBy()).toList();
		assertEquals(List.of(clauses.get(2) + " Talent [wang] [li]", clauses.get(3) + " Talent [li] [wang]",
				clauses.get(4) + " Talent [li] [wang]", clauses.get(6) + " Talent [li] [wang]",
				clauses.get(9) + " Information support [li] [wang]"), disagreements);

		AgreementReport coded = report(List.of("wang", "li"), List.of(), AgreementOptions.Units.CODED_CLAUSES);
		assertEquals(7, coded.units(), "the seven clauses someone coded: 1, 2, 3, 4, 6, 8, 9");
	}

	@Test
	void aCoderWhoDidNotCodeADocumentIsMissingThereUnlessTheDocumentsAreNamed() throws Exception {
		code("wang", "Talent", 1, 2);
		code("li", "Talent", 1, 2);
		// zhao coded only policy 4
		Clause baotou = Corpora.allClauses(Corpora.document(study, 4).orElseThrow()).get(3);
		codings.codeClause(code("Talent"), 4, baotou.getLabel(), "zhao", null);
		AgreementReport report = report(List.of("wang", "li", "zhao"), List.of(), AgreementOptions.Units.ALL_CLAUSES);
		int baotouClauses = Corpora.allClauses(Corpora.document(study, 4).orElseThrow()).size();
		assertEquals(List.of(4, 5), report.documents());
		assertEquals(clauses.size() + baotouClauses, report.units());
		AgreementReport.CodeAgreement talent = report.codes().get(0);
		assertEquals(clauses.size(), talent.values().units(), "policy 4 has one judgement a clause (zhao's): not pairable");
		assertEquals(0, talent.values().completeUnits(), "no clause was judged by all three");
		assertEquals(1.0, talent.values().alpha(), EXACT, "wang and li agree wherever two judged");
		assertTrue(report.disagreements().isEmpty());

		AgreementReport named = report(List.of("wang", "li", "zhao"), List.of(4, 5), AgreementOptions.Units.ALL_CLAUSES);
		AgreementReport.CodeAgreement all = named.codes().get(0);
		assertEquals(all.values().units(), all.values().completeUnits(), "named documents: every coder judged every clause");
		assertEquals(3, named.disagreements().size(), "zhao did not code 5's two clauses; wang and li did not code 4's");
		assertThrows(IllegalArgumentException.class, () -> new AgreementOptions(tools, List.of("wang", "wang"), List.of(),
				AgreementOptions.Units.ALL_CLAUSES));
	}

	@Test
	void disagreementsAreResolvedForAConsensusCoderAndRecorded() throws Exception {
		code("wang", "Talent", 2);
		code("li", "Talent", 3);
		AgreementReport report = report(List.of("wang", "li"), List.of(), AgreementOptions.Units.ALL_CLAUSES);
		AgreementReport.Disagreement first = report.disagreements().get(0);
		Coding wangs = first.codings().get(0);
		Coding consensus = Agreement.resolve(codings, first, "consensus", true, "chen").orElseThrow();
		assertEquals("consensus", consensus.getCoder());
		assertEquals(wangs.getStart(), consensus.getStart());
		assertEquals(clauses.get(2), consensus.getClause());
		assertTrue(Agreement.resolve(codings, first, "consensus", true, "chen").isPresent(), "accepting twice codes once");
		assertEquals(1, codings.find(CodingFilter.ALL.coder("consensus")).size());

		Agreement.resolve(codings, report.disagreements().get(1), "consensus", false, "chen");
		Agreement.resolve(codings, first, "consensus", false, "chen");
		assertEquals(0, codings.find(CodingFilter.ALL.coder("consensus")).size(), "rejecting removes the consensus coding");
		List<String> kinds = study.getEvents().stream().map(e -> e.getKind()).filter(k -> k.startsWith("coding.")).toList();
		assertEquals(List.of("coding.added", "coding.added", "coding.added", "coding.resolved", "coding.resolved", "coding.resolved",
				"coding.removed", "coding.resolved"), kinds);
		Map<String, String> parameters = OpenStudy.parametersOf(study.getEvents().stream()
				.filter(e -> e.getKind().equals(Agreement.RESOLVED)).findFirst().orElseThrow());
		assertEquals("coded", parameters.get("decision"));
		assertEquals("wang", parameters.get("codedBy"));
		assertEquals("li", parameters.get("notCodedBy"));
		assertEquals(clauses.get(2), parameters.get("clause"));
	}
}
