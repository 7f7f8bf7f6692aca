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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.model.LedgerEvent;

/** A study's codebooks: create, copy, find codes, versions and the ledger across saves. */
public class CodebooksTest {

	@TempDir
	Path tmp;

	@Test
	void aCopyIsVersionOneWithItsOriginAndLedgerEventAndASecondCopyNeedsAnotherId() throws Exception {
		OpenStudy study = TestData.study(tmp.resolve("s"));
		Codebooks codebooks = new Codebooks(study, "ana");
		assertTrue(codebooks.list().isEmpty());
		assertNull(study.findPart(org.policylens.codebook.model.Codebooks.class), "no part until one is needed");

		Codebook copy = codebooks.copy(TestData.source(TestData.good()), null);
		assertEquals("test.good", copy.getId());
		assertEquals(1, copy.getVersion(), "a copy starts at version 1 (the file says 3)");
		assertEquals("test:test.good", copy.getOrigin());
		assertEquals(TestData.REGULATION, CodeTree.find(copy, "Instruments 政策工具/Regulation 管制").getGuid(), "guids stay");
		LedgerEvent event = last(study);
		assertEquals(Codebooks.COPIED, event.getKind());
		assertEquals("ana", event.getActor());
		assertEquals(Map.of("codebook", "test.good", "source", "test:test.good", "codes", "5", "version", "1"),
				OpenStudy.parametersOf(event));

		IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
				() -> codebooks.copy(TestData.source(TestData.good()), null));
		assertEquals("the study has a codebook 'test.good' already (version 1, from test:test.good); give the new one another id",
				twice.getMessage());
		Codebook second = codebooks.copy(TestData.source(TestData.good()), "sermons");
		assertEquals(List.of("test.good", "sermons"), codebooks.list().stream().map(Codebook::getId).toList());
		assertEquals("Copied the codebook test.good as sermons from test:test.good", last(study).getSummary());
		assertSame(second, codebooks.get("sermons"));
		IllegalArgumentException badId = assertThrows(IllegalArgumentException.class,
				() -> codebooks.copy(TestData.source(TestData.good()), "two words"));
		assertTrue(badId.getMessage().startsWith("a codebook id is one word"), badId.getMessage());

		assertTrue(codebooks.save(new StudyStore()).isEmpty(), "copies are version 1 when saved");
		Codebooks reopened = new Codebooks(new StudyStore().open(study.getDirectory()), "ana");
		assertEquals(1, reopened.get("test.good").getVersion());
		assertEquals(5, CodeTree.all(reopened.get("sermons")).size());
	}

	@Test
	void aNewCodebookIsEmptyAndVersionOne() throws Exception {
		OpenStudy study = TestData.study(tmp.resolve("s"));
		Codebooks codebooks = new Codebooks(study, "ana");
		Codebook created = codebooks.create("themes", " Emerging themes ", "Open coding of the Beijing policies");
		assertEquals("Emerging themes", created.getName());
		assertEquals("new", created.getOrigin());
		assertEquals(1, created.getVersion());
		assertEquals(Codebooks.CREATED, last(study).getKind());
		assertThrows(IllegalArgumentException.class, () -> codebooks.create("themes", "Again", null));
		assertThrows(IllegalArgumentException.class, () -> codebooks.create("x", " ", null));
		IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> codebooks.get("tools"));
		assertEquals("the study has no codebook 'tools'; it has themes", none.getMessage());
	}

	@Test
	void editsRaiseTheVersionByOneAtTheNextSaveAndTheirEventsNameIt() throws Exception {
		StudyStore store = new StudyStore();
		OpenStudy study = TestData.study(tmp.resolve("s"));
		Codebooks codebooks = new Codebooks(study, "ana");
		Codebook codebook = codebooks.copy(TestData.source(TestData.good()), null);
		codebooks.save(store);
		assertFalse(Codebooks.isEdited(codebook));

		Code regulation = CodeTree.find(codebook, "Regulation");
		codebooks.edit(codebook).rename(regulation, "Regulation 规制");
		codebooks.edit(codebook).setKeywords(regulation, List.of("不得", "禁止", "处罚", "责令"));
		assertTrue(Codebooks.isEdited(codebook));
		assertEquals(1, codebook.getVersion(), "the version goes up when saved");
		assertEquals("2", OpenStudy.parametersOf(last(study)).get("version"));
		assertEquals(List.of(codebook), codebooks.save(store));
		assertEquals(2, codebook.getVersion(), "two edits, one save: one version");
		assertFalse(Codebooks.isEdited(codebook));

		assertTrue(codebooks.save(store).isEmpty(), "no edit, no new version");
		assertEquals(2, codebook.getVersion());
		codebooks.edit(codebook).setColour(regulation, "#D55E00");
		assertEquals("3", OpenStudy.parametersOf(last(study)).get("version"));
		new Codebooks(study, "bo").save(store);
		assertEquals(3, codebook.getVersion(), "every Codebooks of the open study sees the edit");

		OpenStudy reopened = store.open(study.getDirectory());
		Codebook again = new Codebooks(reopened, "ana").get("test.good");
		assertEquals(3, again.getVersion());
		Code reread = CodeTree.byGuid(again, TestData.REGULATION).orElseThrow();
		assertEquals("Regulation 规制", reread.getName());
		assertEquals("#D55E00", reread.getColour());
		List<String> kinds = reopened.getEvents().stream().map(LedgerEvent::getKind).filter(k -> k.startsWith("codebook")).toList();
		assertEquals(List.of(Codebooks.COPIED, Codebooks.CODE_RENAMED, Codebooks.CODE_CHANGED, Codebooks.CODE_CHANGED), kinds);
	}

	@Test
	void aSaverOtherThanTheStoreSavesTooAndAFailedSaveKeepsTheVersion() throws Exception {
		StudyStore store = new StudyStore();
		OpenStudy study = TestData.study(tmp.resolve("s"));
		Codebooks codebooks = new Codebooks(study, "ana");
		Codebook codebook = codebooks.copy(TestData.source(TestData.good()), null);
		codebooks.edit(codebook).setColour(CodeTree.find(codebook, "Regulation"), "#D55E00");

		StudyException refused = assertThrows(StudyException.class, () -> codebooks.save(s -> {
			throw new StudyException(StudyException.Reason.IO, s.getFile(), "the disk is full");
		}));
		assertEquals("the disk is full", refused.getMessage());
		assertEquals(1, codebook.getVersion(), "a failed save leaves the version as it was");
		assertTrue(Codebooks.isEdited(codebook), "and the edit still pending");

		List<OpenStudy> saved = new java.util.ArrayList<>();
		assertEquals(List.of(codebook), codebooks.save(s -> {
			saved.add(s);
			store.save(s);
		}));
		assertEquals(List.of(study), saved);
		assertEquals(2, codebook.getVersion());
		assertEquals(2, new Codebooks(store.open(study.getDirectory()), "ana").get("test.good").getVersion());
	}

	@Test
	void codesAreFoundByGuidOrByPathInEitherLanguage() throws Exception {
		Codebook codebook = TestData.good();
		Code economic = CodeTree.byGuid(codebook, TestData.ECONOMIC).orElseThrow();
		assertEquals("Instruments 政策工具/Economic means 经济手段", CodeTree.pathOf(economic));
		assertSame(economic, CodeTree.find(codebook, "Instruments 政策工具/Economic means 经济手段"));
		assertSame(economic, CodeTree.find(codebook, "Instruments/Economic means"));
		assertSame(economic, CodeTree.find(codebook, "政策工具/经济手段"));
		assertSame(economic, CodeTree.find(codebook, " " + TestData.ECONOMIC + " "));
		assertEquals(1, CodeTree.depth(economic));
		assertEquals(List.of("Instruments 政策工具", "Regulation 管制", "Economic means 经济手段", "Information 信息", "Other 其他"),
				CodeTree.all(codebook).stream().map(Code::getName).toList(), "depth first, in tree order");
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> CodeTree.find(codebook, "Instruments/Talent"));
		assertEquals("the codebook test.good has no code 'Instruments/Talent' (give a guid or a path such as "
				+ "'Instruments 政策工具/Regulation 管制')", missing.getMessage());
		assertSame(codebook, CodeTree.codebookOf(economic));
		assertTrue(CodeTree.checkIdentities(codebook).isEmpty());
	}

	static LedgerEvent last(OpenStudy study) {
		return study.getEvents().get(study.getEvents().size() - 1);
	}
}
