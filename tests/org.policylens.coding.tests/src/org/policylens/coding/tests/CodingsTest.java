package org.policylens.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.CodingException;
import org.policylens.coding.CodingFilter;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coder;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingOrigin;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;
import org.policylens.study.model.LedgerEvent;
import org.policylens.tests.harness.Fixtures;
import org.policylens.tests.harness.TestCodebooks;

/** Codings of the Beijing data-zone policy (policy 5 of the sample study): add, memo, remove, the ledger, save and reopen. */
public class CodingsTest {

	@TempDir
	Path tmp;

	private OpenStudy study;
	private Codebook tools;
	private StudyCodings codings;
	private Document beijing;
	private String text;

	@BeforeEach
	void setUp() throws Exception {
		study = Fixtures.sampleStudy(tmp.resolve("study"));
		tools = TestCodebooks.policyTools(study);
		codings = StudyCodings.of(study);
		beijing = Corpora.document(study, 5).orElseThrow();
		text = Corpora.text(study, beijing);
	}

	private Code code(String path) {
		return Codes.find(tools, path).orElseThrow();
	}

	private List<LedgerEvent> events(String kind) {
		return study.getEvents().stream().filter(e -> e.getKind().equals(kind)).toList();
	}

	@Test
	void codesAClauseAndASpanWithMemoRecordsThemAndKeepsThemAcrossSaveAndReopen() throws Exception {
		Clause target = Corpora.clause(beijing, "5-1-3").orElseThrow();
		assertTrue(text.substring(target.getStart(), target.getHeadingEnd()).contains("工作目标"), "5-1-3 is （三）工作目标");
		Coding planning = codings.codeClause(code("Target planning"), 5, "5-1-3", "wang", "2-3 年的目标");
		assertEquals("5-1-3", planning.getClause());
		assertEquals(target.getStart(), planning.getStart());
		assertEquals(target.getEnd(), planning.getEnd(), "a clause is coded with its sub-clauses");
		assertEquals(CodingOrigin.MANUAL, planning.getOrigin());

		int at = text.indexOf("信息化基础设施");
		Coding infrastructure = codings.codeSpan(code("Supply-based tools/Infrastructure"), 5, at, at + 7, "wang", null);
		Clause holding = Corpora.clauseAt(beijing, at).orElseThrow();
		assertEquals(holding.getLabel(), infrastructure.getClause(), "a span belongs to the innermost clause that holds it");
		assertTrue(holding.getLabel().startsWith("5-3-1"), holding.getLabel());

		List<LedgerEvent> added = events(StudyCodings.ADDED);
		assertEquals(2, added.size());
		Map<String, String> parameters = OpenStudy.parametersOf(added.get(1));
		assertEquals(code("Infrastructure").getGuid(), parameters.get("code"));
		assertEquals("Supply-based tools/Infrastructure", parameters.get("codeName"));
		assertEquals("policy-tools", parameters.get("codebook"));
		assertEquals("5", parameters.get("document"));
		assertEquals(holding.getLabel(), parameters.get("clause"));
		assertEquals(at + "-" + (at + 7), parameters.get("span"));
		assertEquals("wang", parameters.get("coder"));
		assertEquals("wang", added.get(1).getActor());

		assertTrue(codings.setMemo(infrastructure, "依托信息化基础设施", "li"));
		assertFalse(codings.setMemo(infrastructure, "依托信息化基础设施", "li"), "the same memo changes nothing");
		assertEquals("依托信息化基础设施", OpenStudy.parametersOf(events(StudyCodings.MEMO).get(0)).get("memo"));

		Coder wang = codings.findCoder("wang").orElseThrow();
		assertEquals(UUID.fromString(wang.getGuid()).toString(), wang.getGuid(), "a coder gets a UUID on first use");
		new StudyStore().save(study);

		OpenStudy reopened = new StudyStore().open(study.getDirectory());
		StudyCodings again = StudyCodings.of(reopened);
		Codebook toolsAgain = Codes.codebook(reopened, TestCodebooks.POLICY_TOOLS).orElseThrow();
		List<Coding> all = again.find(CodingFilter.ALL);
		assertEquals(2, all.size());
		Coding reread = again.byGuid(infrastructure.getGuid()).orElseThrow();
		assertSame(Codes.find(toolsAgain, "Infrastructure").orElseThrow(), reread.getCode());
		assertEquals("依托信息化基础设施", reread.getMemo());
		assertEquals(wang.getGuid(), again.findCoder("wang").orElseThrow().getGuid());

		again.remove(reread, "li");
		assertEquals(1, again.find(CodingFilter.ALL).size());
		LedgerEvent removed = reopened.getEvents().get(reopened.getEvents().size() - 1);
		assertEquals(StudyCodings.REMOVED, removed.getKind());
		assertEquals("li", removed.getActor());
		assertEquals(holding.getLabel(), OpenStudy.parametersOf(removed).get("clause"));
		new StudyStore().save(reopened);
		assertEquals(1, StudyCodings.of(new StudyStore().open(study.getDirectory())).find(CodingFilter.ALL).size());
	}

	@Test
	void refusesCodingsThatCannotBeMadeAndSaysWhere() throws Exception {
		CodingException category = assertThrows(CodingException.class,
				() -> codings.codeClause(code("Supply-based tools"), 5, "5-1-3", "wang", null));
		assertTrue(category.getMessage().contains("policy 5 clause 5-1-3: 'Supply-based tools' is a category"), category.getMessage());
		CodingException document = assertThrows(CodingException.class, () -> codings.codeClause(code("Talent"), 9, "9-1", "wang", null));
		assertEquals("the study has no policy 9", document.getMessage());
		CodingException clause = assertThrows(CodingException.class, () -> codings.codeClause(code("Talent"), 5, "5-9-9", "wang", null));
		assertEquals("policy 5 has no clause 5-9-9", clause.getMessage());
		CodingException span = assertThrows(CodingException.class,
				() -> codings.codeSpan(code("Talent"), 5, text.length() - 2, text.length() + 3, "wang", null));
		assertTrue(span.getMessage().startsWith("policy 5: the span [") && span.getMessage().contains("is not inside the text"),
				span.getMessage());
		Code foreign = TestCodebooks.code("Talent", "人才");
		CodingException other = assertThrows(CodingException.class, () -> codings.codeClause(foreign, 5, "5-1-3", "wang", null));
		assertTrue(other.getMessage().contains("not in a codebook of this study"), other.getMessage());
		codings.codeClause(code("Talent"), 5, "5-1-3", "wang", null);
		CodingException twice = assertThrows(CodingException.class, () -> codings.codeClause(code("Talent"), 5, "5-1-3", "wang", null));
		assertTrue(twice.getMessage().contains("wang has coded this span as 'Supply-based tools/Talent' already"), twice.getMessage());
		codings.codeClause(code("Talent"), 5, "5-1-3", "li", null);
		assertThrows(IllegalArgumentException.class, () -> codings.codeClause(code("Talent"), 5, "5-1-2", "two words", null));
		assertEquals(2, events(StudyCodings.ADDED).size(), "only the codings made are recorded");
	}

	@Test
	void listsByDocumentCodeWithDescendantsAndCoder() throws Exception {
		codings.codeClause(code("Talent"), 5, "5-1-1", "wang", null);
		codings.codeClause(code("Information support"), 5, "5-1-2", "wang", null);
		codings.codeClause(code("Financial support"), 5, "5-1-3", "li", null);
		Document baotou = Corpora.document(study, 4).orElseThrow();
		Clause first = Corpora.allClauses(baotou).get(1);
		codings.codeClause(code("Talent"), 4, first.getLabel(), "li", null);

		assertEquals(3, codings.find(CodingFilter.ALL.document(5)).size());
		assertEquals(3, codings.find(CodingFilter.ALL.code(code("Supply-based tools"), true)).size(), "a category holds its codes' codings");
		assertEquals(0, codings.find(CodingFilter.ALL.code(code("Supply-based tools"), false)).size());
		assertEquals(List.of(4, 5), codings.find(CodingFilter.ALL.code(code("Talent"), false)).stream().map(Coding::getDocument).toList());
		assertEquals(2, codings.find(CodingFilter.ALL.coder("li")).size());
		assertEquals(1, codings.find(CodingFilter.ALL.coder("li").document(5)).size());
		assertEquals(4, codings.find(CodingFilter.ALL.codebook(tools)).size());
		assertEquals(List.of("wang", "li"), codings.coders().stream().map(Coder::getId).toList());
	}

	@Test
	void theDocumentViewGetsThousandsOfCodingsSortedByStartAndKeptCurrent() throws Exception {
		// 5,000 codings of one document, added in random order: the index keeps them sorted
		List<Code> leaves = CodeTree.all(tools).stream().filter(Code::isCodable).toList();
		List<int[]> spans = new ArrayList<>();
		int positions = text.length() - 40;
		for (int i = 0; i < 5000; i++) {
			int start = i % positions;
			spans.add(new int[] { start, start + 1 + i / positions, i });
		}
		Collections.shuffle(spans, new Random(42));
		assertEquals(List.of(), codings.ofDocument(5), "nothing coded yet");
		for (int[] span : spans) {
			codings.codeSpan(leaves.get(span[2] % leaves.size()), 5, span[0], span[1], "coder" + span[2] % 3, null);
		}
		List<Coding> sorted = codings.ofDocument(5);
		assertEquals(5000, sorted.size());
		for (int i = 1; i < sorted.size(); i++) {
			Coding a = sorted.get(i - 1);
			Coding b = sorted.get(i);
			assertTrue(a.getStart() < b.getStart() || a.getStart() == b.getStart() && a.getEnd() >= b.getEnd(), "sorted at " + i);
		}
		Coding gone = sorted.get(100);
		codings.remove(gone, "tester");
		assertEquals(4999, codings.ofDocument(5).size());
		assertFalse(codings.ofDocument(5).contains(gone));
		assertSame(codings.ofDocument(5).get(0), StudyCodings.of(study).ofDocument(5).get(0), "the index is shared");
		assertEquals(List.of(), codings.ofDocument(4));
	}

	@Test
	void codingsFollowAMergeOfCodes() throws Exception {
		Code talent = code("Talent");
		Code technical = code("Technical support");
		codings.codeClause(talent, 5, "5-1-1", "wang", null);
		codings.codeClause(talent, 5, "5-1-2", "wang", null);
		codings.codeClause(technical, 5, "5-1-2", "wang", null);
		// the codebook merges Talent into Technical support and removes it
		talent.getParent().getChildren().remove(talent);
		assertEquals(2, codings.recode(talent.getGuid(), technical, "wang"));
		List<Coding> all = codings.find(CodingFilter.ALL);
		assertEquals(2, all.size(), "the coding Technical support had already is not doubled");
		assertTrue(all.stream().allMatch(c -> c.getCode() == technical));
		Map<String, String> parameters = OpenStudy.parametersOf(events(StudyCodings.RECODED).get(0));
		assertEquals(talent.getGuid(), parameters.get("from"));
		assertEquals("Supply-based tools/Technical support", parameters.get("toName"));
		assertEquals("1", parameters.get("merged"));
		assertEquals(0, codings.recode(talent.getGuid(), technical, "wang"), "nothing left to move");
		assertNotEquals(0, events(StudyCodings.RECODED).size());
		assertThrows(CodingException.class, () -> codings.recode(technical.getGuid(), code("Demand-based tools"), "wang"));
	}
}
