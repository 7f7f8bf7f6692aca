package org.policylens.codebook.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.codebook.ui.tests.PolicyToolsWorkbench.processEvents;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.ui.CodebookEditors;
import org.policylens.codebook.ui.internal.CodeActions;
import org.policylens.codebook.ui.internal.CodeForm;
import org.policylens.codebook.ui.internal.CodebookEditor;
import org.policylens.coding.StudyCodings;
import org.policylens.corpus.Corpora;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;

/**
 * The codebook editor on a study of the sample policies with the policy-tool codebook, in the
 * running product: its actions, the form, drag and drop, undo and redo of the model, the tree and
 * the ledger, dirty state and saving.
 */
public class CodebookEditorTest {

	@TempDir
	Path tmp;

	private PolicyToolsWorkbench workbench;
	private CodebookEditor editor;
	private CodeActions actions;
	private int savedEvents;

	@BeforeEach
	void openTheEditor() throws Exception {
		workbench = new PolicyToolsWorkbench(tmp.resolve("study"));
		editor = (CodebookEditor) CodebookEditors.open(workbench.page, workbench.study, workbench.tools);
		actions = editor.getActions();
		savedEvents = workbench.study.getEvents().size();
		processEvents();
	}

	private Code code(String reference) {
		return CodeTree.find(workbench.tools, reference);
	}

	/** @return the names shown in the tree under a code's item (the top items for null) */
	private List<String> shown(Code parent) {
		editor.getTree().expandAll();
		TreeItem[] items = parent == null ? editor.getTree().getTree().getItems() : item(editor.getTree().getTree().getItems(), parent).getItems();
		return Arrays.stream(items).map(i -> i.getText(0)).toList();
	}

	private static TreeItem item(TreeItem[] items, Code code) {
		for (TreeItem item : items) {
			if (item.getData() == code) {
				return item;
			}
			TreeItem below = item(item.getItems(), code);
			if (below != null) {
				return below;
			}
		}
		return null;
	}

	private static final List<String> SUPPLY = List.of("Talent 人才培养", "Information support 信息支持", "Infrastructure 基础设施建设",
			"Technical support 技术支持", "Organisational leadership 组织领导", "Other supply-based tools 其他供给型工具");

	@Test
	void theTreeShowsTheCodesWithSwatchesAndCategoriesInItalics() {
		assertEquals(List.of("Supply-based tools 供给型政策工具", "Environment-based tools 环境型政策工具", "Demand-based tools 需求型政策工具"),
				shown(null));
		assertEquals(SUPPLY, shown(code("Supply-based tools")));
		TreeItem supply = editor.getTree().getTree().getItems()[0];
		TreeItem talent = supply.getItems()[0];
		assertNotNull(talent.getImage(0), "a colour swatch");
		assertFalse(code("Supply-based tools").isCodable());
		assertTrue((supply.getFont(0).getFontData()[0].getStyle() & org.eclipse.swt.SWT.ITALIC) != 0, "a category in italics");
		assertEquals(0, talent.getFont(0).getFontData()[0].getStyle() & org.eclipse.swt.SWT.ITALIC);
		assertSame(editor.getActions().undoAction(), editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()),
				"Edit > Undo is the editor's stack's");
	}

	@Test
	void addRenameMoveMergeAndDeleteAreUndoneAndRedoneInTheModelTheTreeAndTheLedger() {
		Code talent = code("Supply-based tools/Talent");
		editor.select(talent);
		Code added = actions.add(false);
		assertEquals(CodeActions.NEW_CODE, added.getName());
		assertSame(code("Supply-based tools"), added.getParent(), "beside the selected code");
		assertSame(added, editor.getForm().getCode(), "the new code is shown in the form, to be named");
		assertEquals(Codebooks.CODE_ADDED, workbench.lastEvent());
		assertTrue(editor.isDirty());

		editor.getForm().text(CodeForm.NAME).setText("Digital skills 数字技能");
		editor.getForm().commit();
		assertEquals("Digital skills 数字技能", added.getName());
		assertEquals(Codebooks.CODE_RENAMED, workbench.lastEvent());
		assertEquals("Digital skills 数字技能", shown(code("Supply-based tools")).get(6));

		actions.move(-1);
		assertEquals("Digital skills 数字技能", shown(code("Supply-based tools")).get(5), "moved up one");
		assertEquals(Codebooks.CODE_MOVED, workbench.lastEvent());

		assertTrue(editor.merge(added, talent));
		assertFalse(CodeTree.all(workbench.tools).contains(added));
		assertEquals(SUPPLY, shown(code("Supply-based tools")));
		assertSame(talent, editor.getSelectedCode(), "the code merged into is selected");
		assertEquals(Codebooks.CODE_MERGED, workbench.lastEvent());

		editor.select(code("Other supply-based tools"));
		actions.delete();
		assertEquals(SUPPLY.subList(0, 5), shown(code("Supply-based tools")));
		assertEquals(Codebooks.CODE_DELETED, workbench.lastEvent());
		assertEquals(savedEvents + 5, workbench.study.getEvents().size());

		for (int i = 0; i < 5; i++) {
			assertTrue(actions.undoAction().isEnabled());
			actions.undoAction().run();
		}
		assertFalse(actions.undoAction().isEnabled());
		assertEquals(SUPPLY, shown(code("Supply-based tools")), "undo restores the tree");
		assertEquals(savedEvents, workbench.study.getEvents().size(), "and takes the ledger events back");
		assertFalse(editor.isDirty(), "nothing left to save");
		assertNull(CodeTree.byName(workbench.tools, "Digital skills 数字技能").orElse(null));

		assertEquals("Redo Add code", actions.redoAction().getText().replace("&", ""));
		for (int i = 0; i < 5; i++) {
			actions.redoAction().run();
		}
		assertEquals(SUPPLY.subList(0, 5), shown(code("Supply-based tools")), "redo replays them");
		assertEquals(savedEvents + 5, workbench.study.getEvents().size());
		assertEquals(Codebooks.CODE_DELETED, workbench.lastEvent());
		assertTrue(editor.isDirty());
	}

	@Test
	void aRefusedEditShowsItsMessageAndChangesNothing() {
		Code supply = code("Supply-based tools");
		editor.select(supply);
		actions.delete();
		assertTrue(editor.getMessage().contains("has 6 child code(s)"), editor.getMessage());
		assertSame(supply, code("Supply-based tools"));
		assertEquals(savedEvents, workbench.study.getEvents().size());
		assertFalse(editor.isDirty());

		editor.select(code("Talent"));
		editor.getForm().text(CodeForm.NAME).setText("Information support 信息支持");
		editor.getForm().commit();
		assertFalse(editor.getMessage().isEmpty(), "a sibling has that name");
		assertEquals("Talent 人才培养", code("Talent").getName());
		assertEquals("Talent 人才培养", editor.getForm().text(CodeForm.NAME).getText(), "the form shows the code as it is");

		assertFalse(editor.merge(supply, code("Talent")), "not into its own child");
		assertFalse(editor.getMessage().isEmpty());
		assertEquals(savedEvents, workbench.study.getEvents().size());
	}

	@Test
	void theFormEditsTheKeywordListAndTheCriteria() {
		Code talent = code("Talent");
		editor.select(talent);
		CodeForm form = editor.getForm();
		assertTrue(form.text("keywords").getText().startsWith("人才\n人才培养\n人才队伍"), form.text("keywords").getText());
		form.text("keywords").setText("人才\n 数字素养 \n\n人才\n引进人才");
		form.text("exclusion").setText("Rewards for individual achievements (Incentives).");
		form.commit();
		assertEquals(List.of("人才", "数字素养", "引进人才"), talent.getKeywords(), "one term a line, stripped, blanks and repeats dropped");
		assertEquals("Rewards for individual achievements (Incentives).", talent.getExclusion());
		assertEquals(Codebooks.CODE_CHANGED, workbench.lastEvent());
		assertEquals(savedEvents + 2, workbench.study.getEvents().size());
		assertEquals("人才\n数字素养\n引进人才", form.text("keywords").getText(), "the form shows the stored list");

		actions.undoAction().run();
		actions.undoAction().run();
		assertEquals("人才", talent.getKeywords().get(0));
		assertTrue(talent.getKeywords().contains("人才队伍"));
		assertTrue(form.text("keywords").getText().contains("人才队伍"));
	}

	@Test
	void draggingACodeOntoAnotherMakesItAChildAndBeforeAnotherReordersIt() {
		Code talent = code("Talent");
		Code demand = code("Demand-based tools");
		assertTrue(editor.drop(List.of(talent), demand, 0.5f));
		assertSame(demand, talent.getParent());
		assertEquals("Talent 人才培养", shown(demand).get(shown(demand).size() - 1));
		assertEquals(Codebooks.CODE_MOVED, workbench.lastEvent());

		assertTrue(editor.drop(List.of(code("Infrastructure")), code("Information support"), 0.1f));
		assertEquals(List.of("Infrastructure 基础设施建设", "Information support 信息支持"), shown(code("Supply-based tools")).subList(0, 2));

		assertFalse(editor.drop(List.of(demand), talent, 0.5f), "not under itself");
		actions.undoAction().run();
		actions.undoAction().run();
		assertEquals(SUPPLY, shown(code("Supply-based tools")));
	}

	@Test
	void mergingACodedCodeMovesItsCodingsAndUndoMovesThemBack() throws Exception {
		OpenStudy study = workbench.study;
		int policy = Corpora.documents(study).get(0).getNumber();
		Code information = code("Information support");
		StudyCodings.of(study).codeSpan(information, policy, 0, 12, "ana", null);
		workbench.studies.saveChanges();
		processEvents();
		assertEquals(1, editor.getProviders().codings(information));
		editor.select(information);
		actions.delete();
		assertTrue(editor.getMessage().contains("1 coding(s)"), "a coded code is merged, not deleted");

		int events = study.getEvents().size();
		Code talent = code("Talent");
		assertTrue(editor.merge(information, talent));
		assertEquals(talent, StudyCodings.of(study).find(org.policylens.coding.CodingFilter.ALL.codebook(workbench.tools)).get(0).getCode());
		assertEquals(1, editor.getProviders().codings(talent));
		assertEquals(events + 2, study.getEvents().size(), "merged and recoded");

		actions.undoAction().run();
		assertSame(information, StudyCodings.of(study).find(org.policylens.coding.CodingFilter.ALL).get(0).getCode());
		assertEquals(events, study.getEvents().size());
	}

	@Test
	void savingWritesTheStudyAndTheLedgerAndRaisesTheVersion() throws Exception {
		editor.select(code("Talent"));
		editor.getForm().text(CodeForm.NAME).setText("Talent and skills 人才与技能");
		editor.getForm().commit();
		assertTrue(editor.isDirty());
		assertTrue(actions.saveAction().isEnabled());

		actions.saveAction().run();
		processEvents();
		assertFalse(editor.isDirty());
		assertFalse(actions.undoAction().isEnabled(), "saved events cannot be taken back");
		assertEquals(2, workbench.tools.getVersion());

		OpenStudy saved = new StudyStore().open(workbench.study.getDirectory());
		Codebook reread = new Codebooks(saved, "check").get("policy-tools");
		assertEquals(2, reread.getVersion());
		assertEquals("Talent and skills 人才与技能", CodeTree.byGuid(reread, code("Talent and skills").getGuid()).orElseThrow().getName());
		assertEquals(Codebooks.CODE_RENAMED, saved.getEvents().get(saved.getEvents().size() - 1).getKind());
	}

	@Test
	void closingWithoutSavingTakesTheEditsBack() throws Exception {
		editor.select(code("Talent"));
		actions.add(true);
		assertEquals(savedEvents + 1, workbench.study.getEvents().size());
		workbench.page.closeEditor(editor, false);
		processEvents();
		assertTrue(code("Talent").getChildren().isEmpty());
		assertEquals(savedEvents, workbench.study.getEvents().size());
	}
}
