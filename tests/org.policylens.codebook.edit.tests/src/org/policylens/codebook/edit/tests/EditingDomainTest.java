package org.policylens.codebook.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeField;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookCommands;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.edit.CodebookEditingDomain;
import org.policylens.codebook.edit.CodebookItemProviders;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.CodebookFactory;
import org.policylens.codebook.model.CodebookPackage;
import org.policylens.study.OpenStudy;

/**
 * Commands through the codebook editing domain: the generic commands of EMF.Edit (set, remove,
 * move, drag and drop) become CodebookCommands, recorded in the ledger and undone with it;
 * refusals say why and change nothing; a save raises the version and ends the undo history.
 */
public class EditingDomainTest {

	@TempDir
	Path tmp;

	private PolicyToolsStudy fixture;
	private CodebookEditingDomain domain;
	private int events;

	@BeforeEach
	void open() throws Exception {
		fixture = new PolicyToolsStudy(tmp.resolve("study"));
		domain = fixture.domain;
		events = fixture.study.getEvents().size();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private BasicCommandStack stack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	private List<String> names(List<Code> codes) {
		return codes.stream().map(c -> c.getName().replaceAll(" .*", "")).toList();
	}

	@Test
	void aPropertyDescriptorRenamesThroughTheLedgerAndUndoTakesTheEventBack() {
		Code talent = fixture.code("Talent");
		assertSame(domain, AdapterFactoryEditingDomain.getEditingDomainFor(talent), "the study's resource set knows the domain");
		IItemPropertySource source = (IItemPropertySource) domain.getItemProviders().adapt(talent, IItemPropertySource.class);
		IItemPropertyDescriptor name = source.getPropertyDescriptor(talent, CodebookPackage.Literals.CODE__NAME);

		name.setPropertyValue(talent, "Talent 人才");
		assertEquals("Talent 人才", talent.getName());
		assertEquals(Codebooks.CODE_RENAMED, fixture.lastEvent());
		assertEquals(events + 1, fixture.study.getEvents().size());
		assertTrue(domain.isSaveNeeded());

		stack().undo();
		assertEquals("Talent 人才培养", talent.getName());
		assertEquals(events, fixture.study.getEvents().size(), "undo takes the unsaved ledger event back");
		assertFalse(domain.isSaveNeeded());
		stack().redo();
		assertEquals("Talent 人才", talent.getName());
		assertEquals(Codebooks.CODE_RENAMED, fixture.lastEvent());
	}

	@Test
	void setCommandsChangeFieldsNormalisedAndListsAsWholes() {
		Code talent = fixture.code("Talent");
		domain.execute(SetCommand.create(domain, talent, CodebookPackage.Literals.CODE__KEYWORDS, List.of(" 人才 ", "培训", "", "人才")));
		assertEquals(List.of("人才", "培训"), talent.getKeywords());
		assertEquals("人才; 培训", OpenStudy.parametersOf(fixture.study.getEvents().get(events)).get("value"));
		domain.execute(SetCommand.create(domain, talent, CodebookPackage.Literals.CODE__COLOUR, "#d55e00"));
		assertEquals("#d55e00", talent.getColour());
		domain.execute(SetCommand.create(domain, talent, CodebookPackage.Literals.CODE__COLOUR, SetCommand.UNSET_VALUE));
		assertNull(talent.getColour(), "unset: the default colour of its position");
		domain.execute(SetCommand.create(domain, talent, CodebookPackage.Literals.CODE__CODABLE, false));
		assertFalse(talent.isCodable());
		assertEquals(events + 4, fixture.study.getEvents().size());
		assertTrue(fixture.study.getEvents().subList(events, events + 4).stream().allMatch(e -> e.getKind().equals(Codebooks.CODE_CHANGED)));
	}

	@Test
	void refusedEditsSayWhyAndChangeNothing() {
		Code supply = fixture.code("Supply-based tools");
		Code talent = fixture.code("Talent");
		String guid = talent.getGuid();

		assertEquals("a colour is written #RRGGBB (e.g. #0072B2), not 'red'", assertThrows(IllegalArgumentException.class,
				() -> domain.execute(SetCommand.create(domain, talent, CodebookPackage.Literals.CODE__COLOUR, "red"))).getMessage());
		assertEquals("a code's guid cannot be set", assertThrows(IllegalArgumentException.class,
				() -> domain.execute(SetCommand.create(domain, talent, CodebookPackage.Literals.CODE__GUID, "x"))).getMessage());
		assertTrue(assertThrows(IllegalArgumentException.class, () -> domain.execute(RemoveCommand.create(domain, supply)))
				.getMessage().startsWith("the code Supply-based tools 供给型政策工具 has 6 child code(s)"));
		assertEquals("codes are added with Add Code, which gives them a name and a guid", assertThrows(IllegalArgumentException.class,
				() -> domain.execute(AddCommand.create(domain, supply, null, CodebookFactory.eINSTANCE.createCode()))).getMessage());
		assertEquals("there is a code named 'Information support 信息支持' at Supply-based tools 供给型政策工具/Information support 信息支持 already",
				assertThrows(IllegalArgumentException.class, () -> domain.execute(
						SetCommand.create(domain, talent, CodebookPackage.Literals.CODE__NAME, "Information support 信息支持"))).getMessage());

		assertEquals(guid, talent.getGuid());
		assertEquals(6, supply.getChildren().size());
		assertEquals(events, fixture.study.getEvents().size(), "nothing recorded");
		assertFalse(stack().canUndo(), "nothing on the stack");
	}

	@Test
	void aPlainEditingDomainCannotEditCodebooksBehindTheLedgersBack() {
		CodebookItemProviders providers = new CodebookItemProviders();
		AdapterFactoryEditingDomain plain = new AdapterFactoryEditingDomain(providers, new BasicCommandStack());
		try {
			Code talent = fixture.code("Talent");
			Command rename = SetCommand.create(plain, talent, CodebookPackage.Literals.CODE__NAME, "People");
			assertFalse(rename.canExecute());
			assertEquals("codebooks are edited in a CodebookEditingDomain, which records every edit in the study's ledger",
					rename.getDescription());
		} finally {
			providers.dispose();
		}
	}

	@Test
	void removeDeletesALeafAndMoveReorders() {
		Code supply = fixture.code("Supply-based tools");
		Code other = fixture.code("Other supply-based tools");
		domain.execute(RemoveCommand.create(domain, other));
		assertEquals(Codebooks.CODE_DELETED, fixture.lastEvent());
		assertEquals(5, supply.getChildren().size());

		Code infrastructure = fixture.code("Infrastructure");
		domain.execute(MoveCommand.create(domain, supply, null, infrastructure, 0));
		assertEquals(List.of("Infrastructure", "Talent", "Information", "Technical", "Organisational"), names(supply.getChildren()));
		assertEquals(Codebooks.CODE_MOVED, fixture.lastEvent());

		stack().undo();
		stack().undo();
		assertEquals(List.of("Talent", "Information", "Infrastructure", "Technical", "Organisational", "Other"), names(supply.getChildren()));
		assertEquals(other.getGuid(), supply.getChildren().get(5).getGuid(), "the deleted code is back, with its guid");
		assertEquals(events, fixture.study.getEvents().size());
	}

	@Test
	void dragAndDropMovesCodesOntoBeforeAndAfterOthers() {
		Code supply = fixture.code("Supply-based tools");
		Code demand = fixture.code("Demand-based tools");
		Code talent = fixture.code("Talent");
		Code procurement = fixture.code("Government procurement");

		domain.execute(DragAndDropCommand.create(domain, demand, 0.5f, DragAndDropFeedback.DROP_MOVE, DragAndDropFeedback.DROP_MOVE,
				List.of(talent)));
		assertSame(demand, talent.getParent(), "dropped on a code: its last child");
		assertEquals(demand.getChildren().size() - 1, demand.getChildren().indexOf(talent));

		domain.execute(DragAndDropCommand.create(domain, supply, 0.1f, DragAndDropFeedback.DROP_MOVE, DragAndDropFeedback.DROP_MOVE,
				List.of(procurement)));
		assertNull(procurement.getParent(), "dropped before a top code: at the top");
		assertEquals(List.of("Government", "Supply-based", "Environment-based", "Demand-based"), names(fixture.codebook.getCodes()));

		domain.execute(DragAndDropCommand.create(domain, fixture.code("Technical support"), 0.9f, DragAndDropFeedback.DROP_MOVE,
				DragAndDropFeedback.DROP_MOVE, List.of(fixture.code("Information support"))));
		assertEquals(List.of("Infrastructure", "Technical", "Information", "Organisational", "Other"), names(supply.getChildren()),
				"dropped after a sibling: right after it");

		Command intoItself = DragAndDropCommand.create(domain, fixture.code("Financial support"), 0.5f, DragAndDropFeedback.DROP_MOVE,
				DragAndDropFeedback.DROP_MOVE, List.of(fixture.code("Environment-based tools")));
		assertFalse(intoItself.canExecute(), "a code cannot go under itself");
		Command copy = DragAndDropCommand.create(domain, demand, 0.5f, DragAndDropFeedback.DROP_COPY, DragAndDropFeedback.DROP_COPY,
				List.of(fixture.code("Incentives")));
		assertFalse(copy.canExecute(), "codes are moved, not copied (a copy would repeat the guids)");

		assertEquals(events + 3, fixture.study.getEvents().size());
		assertTrue(fixture.study.getEvents().subList(events, events + 3).stream().allMatch(e -> e.getKind().equals(Codebooks.CODE_MOVED)));
		stack().undo();
		stack().undo();
		stack().undo();
		assertSame(supply, talent.getParent());
		assertSame(demand, procurement.getParent());
		assertEquals(List.of("Talent", "Information", "Infrastructure", "Technical", "Organisational", "Other"), names(supply.getChildren()));
	}

	@Test
	void savingRaisesTheVersionWritesTheStudyAndStartsANewHistory() throws Exception {
		Code talent = fixture.code("Talent");
		domain.execute(CodebookCommands.set(domain.edit(fixture.codebook), talent, CodeField.KEYWORDS, List.of("人才", "培训", "引进")));
		domain.execute(SetCommand.create(domain, talent, CodebookPackage.Literals.CODE__DEFINITION, "People the city trains or attracts."));
		assertEquals(List.of(fixture.codebook), domain.save(fixture.store::save));
		assertEquals(2, fixture.codebook.getVersion());
		assertFalse(domain.isSaveNeeded());
		assertFalse(stack().canUndo(), "saved ledger events cannot be taken back");

		OpenStudy reopened = fixture.store.open(fixture.study.getDirectory());
		Code saved = CodeTree.byGuid(new Codebooks(reopened, "ana").get("policy-tools"), talent.getGuid()).orElseThrow();
		assertEquals(List.of("人才", "培训", "引进"), saved.getKeywords());
		assertEquals("People the city trains or attracts.", saved.getDefinition());
		assertEquals(events + 2, reopened.getEvents().size());
		assertEquals("2", OpenStudy.parametersOf(reopened.getEvents().get(events + 1)).get("version"));
	}
}
