package org.policylens.codebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeChange;
import org.policylens.codebook.CodeField;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookCommands;
import org.policylens.codebook.CodebookEdit;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.Deletion;
import org.policylens.codebook.MergeResult;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.LedgerEvent;

/** Every edit of a codebook: what it changes, what it refuses, what it records; and as EMF commands. */
public class CodebookEditTest {

	@TempDir
	Path tmp;

	private OpenStudy study;
	private Codebook codebook;
	private CodebookEdit edit;

	@BeforeEach
	void copy() throws Exception {
		study = TestData.study(tmp.resolve("s"));
		Codebooks codebooks = new Codebooks(study, "ana");
		codebook = codebooks.copy(TestData.source(TestData.good()), null);
		edit = codebooks.edit(codebook);
	}

	private Code code(String path) {
		return CodeTree.find(codebook, path);
	}

	private Map<String, String> lastParameters() {
		return OpenStudy.parametersOf(CodebooksTest.last(study));
	}

	@Test
	void addsCodesAtTheTopOrUnderAParent() {
		CodeChange added = edit.addCode(code("Instruments"), "Organisation 组织", true);
		Code organisation = added.code();
		assertSame(code("Instruments"), organisation.getParent());
		assertEquals(4, code("Instruments").getChildren().indexOf(organisation) + 1, "at the end of its siblings");
		assertEquals(36, organisation.getGuid().length(), "a new UUID");
		assertEquals(Codebooks.CODE_ADDED, added.event().getKind());
		assertEquals("Added the code Instruments 政策工具/Organisation 组织 to test.good (version 2)", added.event().getSummary());
		assertEquals(organisation.getGuid(), lastParameters().get("guid"));
		assertEquals(code("Instruments").getGuid(), lastParameters().get("parent"));

		Code category = edit.addCode(null, "Outcomes", false).code();
		assertNull(category.getParent());
		assertFalse(category.isCodable());
		assertEquals(3, codebook.getCodes().size());

		assertEquals("there is a code named 'Regulation 管制' at Instruments 政策工具/Regulation 管制 already",
				assertThrows(IllegalArgumentException.class, () -> edit.addCode(code("Instruments"), "Regulation 管制", true)).getMessage());
		assertThrows(IllegalArgumentException.class, () -> edit.addCode(null, "  ", true));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> edit.addCode(null, "Input/output", true)).getMessage()
				.contains("cannot hold '/'"));
	}

	@Test
	void renamesKeepingTheGuidAndRefusesASiblingsName() {
		Code regulation = code("Regulation");
		CodeChange renamed = edit.rename(regulation, " Regulation 规制 ");
		assertEquals("Regulation 规制", regulation.getName());
		assertEquals(TestData.REGULATION, regulation.getGuid());
		assertEquals(Map.of("codebook", "test.good", "version", "2", "guid", TestData.REGULATION, "path",
				"Instruments 政策工具/Regulation 规制", "from", "Regulation 管制", "to", "Regulation 规制"), lastParameters());
		assertTrue(renamed.changed());
		int events = study.getEvents().size();
		assertFalse(edit.rename(regulation, "Regulation 规制").changed(), "the same name changes nothing");
		assertEquals(events, study.getEvents().size(), "and records nothing");
		assertThrows(IllegalArgumentException.class, () -> edit.rename(regulation, "Information 信息"));
	}

	@Test
	void movesToAnotherParentOrPositionButNotUnderItself() {
		Code other = code("Other");
		Code instruments = code("Instruments");
		edit.move(other, instruments, 0);
		assertSame(instruments, other.getParent());
		assertEquals(0, instruments.getChildren().indexOf(other));
		assertEquals("Moved the code Other 其他 of test.good to Instruments 政策工具/Other 其他 (position 1) (version 2)",
				CodebooksTest.last(study).getSummary());

		edit.move(other, instruments, -1);
		assertEquals(3, instruments.getChildren().indexOf(other), "reordered to the end");
		assertFalse(edit.move(other, instruments, 3).changed(), "already there");
		edit.move(other, null, -1);
		assertEquals(List.of("Instruments 政策工具", "Other 其他"), codebook.getCodes().stream().map(Code::getName).toList());

		assertEquals("cannot move Instruments 政策工具 under itself (Instruments 政策工具/Information 信息)",
				assertThrows(IllegalArgumentException.class, () -> edit.move(instruments, code("Information"), -1)).getMessage());
		edit.addCode(instruments, "Other 其他", true);
		assertThrows(IllegalArgumentException.class, () -> edit.move(other, instruments, -1), "a sibling has its name");
	}

	@Test
	void mergesKeywordsExamplesAndChildrenAndReturnsTheGuidPair() {
		Code information = code("Information");
		Code economic = code("Economic means");
		Code leaflets = edit.addCode(information, "Leaflets", true).code();
		edit.setExamples(information, List.of("加大宣传引导力度", "省级按照同期银行基准利率40%给予贴息。"));

		MergeResult merged = edit.merge(information, economic);
		assertSame(economic, merged.into());
		assertEquals(List.of(new MergeResult.MergedCode(TestData.INFORMATION, TestData.ECONOMIC)), merged.merged());
		assertEquals(List.of("奖补", "贴息", "补贴", "宣传", "培训"), economic.getKeywords(), "keywords joined without repeats");
		assertEquals(List.of("企业级工业互联网平台省级给予一次性奖补100万元。", "省级按照同期银行基准利率40%给予贴息。", "加大宣传引导力度"),
				economic.getExamples(), "examples joined without repeats");
		assertEquals("Carrots: grants, subsidies, tax relief and charges that change costs and benefits.", economic.getDefinition(),
				"into keeps its own definition");
		assertNull(economic.getExclusion(), "neither had exclusion criteria");
		assertSame(economic, leaflets.getParent(), "children move along, keeping their guids");
		assertTrue(CodeTree.byGuid(codebook, TestData.INFORMATION).isEmpty());
		assertEquals(Codebooks.CODE_MERGED, merged.event().getKind());
		assertEquals("宣传; 培训", lastParameters().get("keywords"));

		Code instruments = code("Instruments");
		assertThrows(IllegalArgumentException.class, () -> edit.merge(instruments, economic), "into its own descendant");
		assertThrows(IllegalArgumentException.class, () -> edit.merge(economic, economic));
		Code regulation = code("Regulation");
		edit.addCode(regulation, "Leaflets", true);
		assertTrue(assertThrows(IllegalArgumentException.class, () -> edit.merge(regulation, economic)).getMessage()
				.contains("both have a child named 'Leaflets'"));
	}

	@Test
	void mergingTakesTheDefinitionAndCriteriaWhereTheTargetHasNone() {
		Code other = code("Other");
		Code regulation = code("Regulation");
		edit.setDefinition(regulation, null);
		edit.merge(regulation, other);
		assertEquals("Anything that is none of the three.", other.getDefinition());
		assertEquals("Clauses that prescribe, prohibit, license or sanction.", other.getInclusion());
		assertEquals("Voluntary standards without sanctions (code them as Information).", other.getExclusion());
	}

	@Test
	void deletesACodeButOnlyWithItsChildrenWhenAsked() {
		Code instruments = code("Instruments");
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> edit.delete(instruments, false));
		assertEquals("the code Instruments 政策工具 has 3 child code(s); move or delete them first, or delete them with it",
				refused.getMessage());
		assertEquals(5, CodeTree.all(codebook).size(), "nothing deleted");

		Deletion leaf = edit.delete(code("Other"), false);
		assertEquals(List.of(TestData.OTHER), leaf.guids());
		Deletion tree = edit.delete(instruments, true);
		assertEquals(List.of("cc82199d-9223-4798-abdf-ce12247ede8f", TestData.REGULATION, TestData.ECONOMIC, TestData.INFORMATION),
				tree.guids(), "the code and its descendants, depth first");
		assertTrue(codebook.getCodes().isEmpty());
		assertEquals("Deleted the code Instruments 政策工具 of test.good and its 3 descendant(s) (version 2)", tree.event().getSummary());
		assertEquals("4", OpenStudy.parametersOf(tree.event()).get("deleted"));
	}

	@Test
	void setsFieldsNormalisedAndRefusesValuesThatWouldNotSurviveAnExchange() {
		Code regulation = code("Regulation");
		edit.setColour(regulation, "#d55e00");
		assertEquals("#d55e00", regulation.getColour());
		assertEquals(Map.of("codebook", "test.good", "version", "2", "guid", TestData.REGULATION, "path",
				"Instruments 政策工具/Regulation 管制", "field", "colour", "value", "#d55e00"), lastParameters());
		assertEquals("a colour is written #RRGGBB (e.g. #0072B2), not 'red'",
				assertThrows(IllegalArgumentException.class, () -> edit.setColour(regulation, "red")).getMessage());
		edit.setColour(regulation, " ");
		assertNull(regulation.getColour(), "blank is no colour: the default of its position");

		edit.setKeywords(regulation, List.of(" 禁止 ", "不得", "", "禁止", "责令改正"));
		assertEquals(List.of("禁止", "不得", "责令改正"), regulation.getKeywords());
		assertEquals("禁止; 不得; 责令改正", lastParameters().get("value"));
		assertThrows(IllegalArgumentException.class, () -> edit.setKeywords(regulation, List.of("a;b")));
		assertThrows(IllegalArgumentException.class, () -> edit.setExamples(regulation, List.of("two\nlines")));
		assertEquals(List.of("禁止", "不得", "责令改正"), regulation.getKeywords(), "a refused value changes nothing");

		edit.setInclusion(regulation, "  Obligations and bans. ");
		assertEquals("Obligations and bans.", regulation.getInclusion());
		edit.setExclusion(regulation, "");
		assertNull(regulation.getExclusion());
		edit.set(regulation, CodeField.CODABLE, false);
		assertFalse(regulation.isCodable());
		int events = study.getEvents().size();
		assertFalse(edit.setInclusion(regulation, "Obligations and bans.").changed());
		assertEquals(events, study.getEvents().size());
		assertEquals(CodeField.KEYWORDS, CodeField.of("keywords"));
		assertSame(org.policylens.codebook.model.CodebookPackage.Literals.CODE__KEYWORDS, CodeField.KEYWORDS.feature());
	}

	@Test
	void anEditorsCommandStackUndoesAndRedoesEditsWithTheirLedgerEvents() {
		BasicCommandStack stack = new BasicCommandStack();
		Code regulation = code("Regulation");
		int events = study.getEvents().size();

		Command rename = CodebookCommands.rename(edit, regulation, "Sticks");
		stack.execute(rename);
		assertEquals("Sticks", regulation.getName());
		assertEquals(events + 1, study.getEvents().size());
		assertTrue(rename.getResult().iterator().next() instanceof CodeChange);

		stack.execute(CodebookCommands.merge(edit, code("Information"), code("Economic means")));
		assertTrue(CodeTree.byGuid(codebook, TestData.INFORMATION).isEmpty());
		stack.undo();
		Code information = CodeTree.byGuid(codebook, TestData.INFORMATION).orElseThrow();
		assertEquals(2, code("Instruments").getChildren().indexOf(information), "back in its place");
		assertEquals(List.of("奖补", "贴息", "补贴"), code("Economic means").getKeywords());
		stack.undo();
		assertEquals("Regulation 管制", regulation.getName());
		assertEquals(events, study.getEvents().size(), "undo takes the ledger events back (they were never saved)");
		stack.redo();
		assertEquals("Sticks", regulation.getName());
		assertEquals(Codebooks.CODE_RENAMED, CodebooksTest.last(study).getKind());

		int before = study.getStudy().getAttributes().size();
		Command alsoWatched = CodebookCommands.of(edit, "Rename and define an attribute", () -> {
			study.defineAttribute("tool", "Policy tool", org.policylens.study.model.AttributeType.CATEGORY);
			return edit.rename(regulation, "Regulation 规制");
		}, study.getStudy());
		stack.execute(alsoWatched);
		assertEquals(before + 1, study.getStudy().getAttributes().size());
		stack.undo();
		assertEquals(before, study.getStudy().getAttributes().size(), "undo covers what else it watched");
		assertEquals("Sticks", regulation.getName());
		stack.redo();
		assertEquals("Regulation 规制", regulation.getName());
		assertEquals("tool", study.getStudy().getAttributes().get(before).getName(), "and so does redo");
		stack.undo();

		Command refused = CodebookCommands.delete(edit, code("Instruments"), false);
		assertThrows(IllegalArgumentException.class, refused::execute);
		assertEquals(5, CodeTree.all(codebook).size());
		assertEquals(events + 1, study.getEvents().size(), "a refused edit changes and records nothing");
		LedgerEvent lastEvent = CodebooksTest.last(study);
		assertEquals("Sticks", OpenStudy.parametersOf(lastEvent).get("to"));
	}
}
