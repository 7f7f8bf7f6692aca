package org.policylens.coding.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingOrigin;
import org.policylens.coding.ui.internal.CodingUi;
import org.policylens.coding.ui.internal.auto.AutoCodeDialog;
import org.policylens.coding.ui.internal.codes.CodesView;
import org.policylens.coding.ui.internal.document.CodeSelection;
import org.policylens.coding.ui.internal.document.CodingStripes;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.DocumentEditors;
import org.policylens.corpus.ui.IDocumentView;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;
import org.policylens.study.model.LedgerEvent;
import org.policylens.study.ui.IStudyService;
import org.policylens.tests.harness.Fixtures;

/**
 * Coding the sample policies by hand and by dictionary in the running product: the Codes view,
 * the coding stripes of the document editor, coding by drag and drop and from the keyboard's code
 * picker, uncoding, and the auto-coding review.
 */
public class DocumentCodingTest {

	@TempDir
	Path tmp;

	private IStudyService studies;
	private IWorkbenchPage page;
	private OpenStudy study;
	private Codebook tools;
	private Document beijing;

	private static void processEvents() throws InterruptedException {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let async updates run
		}
		Job.getJobManager().join(ProgressTasks.FAMILY, null);
		while (display.readAndDispatch()) {
			// and what the jobs scheduled
		}
	}

	@BeforeEach
	void studyWithThePolicyToolsCodebook() throws Exception {
		processEvents();
		studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		CodingUi.setCoderFilter(null);
		Fixtures.sampleStudy(tmp.resolve("study"));
		study = studies.open(tmp.resolve("study"));
		CodebookPlugins plugins = new CodebookPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		try {
			tools = new Codebooks(study, studies.getActor()).copy(plugins.get("policy-tools"), null);
		} finally {
			plugins.stop();
		}
		studies.saveChanges();
		beijing = Corpora.documents(study).stream().filter(d -> d.getTitle().startsWith("关于推进北京市")).findFirst().orElseThrow();
		processEvents();
	}

	@AfterEach
	void allCoders() {
		CodingUi.setCoderFilter(null);
	}

	private IDocumentView openBeijing() throws Exception {
		DocumentEditors.open(page, study, beijing, -1, 0);
		processEvents();
		return (IDocumentView) page.getActiveEditor();
	}

	private Code code(String path) {
		return CodeTree.find(tools, path);
	}

	private Clause clause(String marker) {
		return Corpora.allClauses(beijing).stream().filter(c -> marker.equals(c.getMarker())).findFirst().orElseThrow();
	}

	@Test
	void codingASelectionDrawsAStripeAndIsSavedWithTheLedger() throws Exception {
		IDocumentView view = openBeijing();
		CodingStripes.Stripes stripes = CodingStripes.of(view);
		assertNotNull(stripes, "the coding stripes are installed in every document editor");
		assertEquals(0, view.getMargin().getSize().x, "no codings, no margin");

		Clause target = clause("（三）");
		view.reveal(target.getStart(), target.getEnd() - target.getStart());
		int[] range = view.getSelectedRange().orElseThrow();
		Code planning = code("Environment-based tools/Target planning");
		Coding coding = CodeSelection.code(view, planning, range, "目标清晰");
		processEvents();
		assertNotNull(coding);
		assertEquals(target.getLabel(), coding.getClause(), "the selection is exactly the clause");
		assertEquals(studies.getActor(), coding.getCoder());

		assertEquals(List.of(coding), stripes.shown());
		assertTrue(view.getMargin().getSize().x > 0, "the margin opened for one column");
		view.getMargin().redraw();
		view.getMargin().update();
		processEvents();
		assertEquals(1, stripes.bars().size(), "one stripe drawn beside the clause");

		OpenStudy saved = new StudyStore().open(study.getDirectory());
		Coding reread = StudyCodings.of(saved).ofDocument(beijing.getNumber()).get(0);
		assertEquals(planning.getGuid(), reread.getCode().getGuid());
		assertEquals("目标清晰", reread.getMemo());
		List<LedgerEvent> events = saved.getStudy().getLedger().getEvents();
		assertEquals(StudyCodings.ADDED, events.get(events.size() - 1).getKind());
	}

	@Test
	void aCodeDroppedOnTheTextCodesTheClauseUnderThePointer() throws Exception {
		IDocumentView view = openBeijing();
		Clause target = clause("（二）");
		Code infrastructure = code("Supply-based tools/Infrastructure");
		CodingStripes.of(view).codeDropped(infrastructure.getGuid(), target.getStart() + 3);
		processEvents();
		List<Coding> codings = StudyCodings.of(study).ofDocument(beijing.getNumber());
		assertEquals(1, codings.size());
		assertEquals(Corpora.clauseAt(beijing, target.getStart() + 3).orElseThrow().getLabel(), codings.get(0).getClause());
		assertEquals(infrastructure, codings.get(0).getCode());
	}

	@Test
	void theCodesViewCountsReferencesByCoderAndListsThem() throws Exception {
		IDocumentView view = openBeijing();
		Code talent = code("Supply-based tools/Talent");
		StudyCodings codings = StudyCodings.of(study);
		codings.codeClause(talent, beijing.getNumber(), clause("（一）").getLabel(), "wang", null);
		codings.codeClause(talent, beijing.getNumber(), clause("（二）").getLabel(), "li", null);
		studies.saveChanges();
		CodesView codes = (CodesView) page.showView(CodesView.ID);
		processEvents();
		assertEquals(2, codes.getCounts(talent)[0], "two references");
		assertEquals(2, codes.getCounts(talent.getParent())[0], "the category counts its codes' references");

		CodingUi.setCoderFilter("wang");
		processEvents();
		assertEquals(1, codes.getCounts(talent)[0], "only wang's");
		assertEquals(1, CodingStripes.of(view).shown().size(), "the stripes follow the coder filter");
		codes.getTree().setSelection(new org.eclipse.jface.viewers.StructuredSelection(talent), true);
		processEvents();
		assertEquals(1, codes.getReferences().size());
		assertEquals("wang", ((Coding) codes.getReferences().get(0)).getCoder());
	}

	@Test
	void uncodingRemovesTheCodingsOfTheSelection() throws Exception {
		IDocumentView view = openBeijing();
		Clause target = clause("（一）");
		view.reveal(target.getStart(), target.getEnd() - target.getStart());
		CodeSelection.code(view, code("Supply-based tools/Talent"), view.getSelectedRange().orElseThrow(), null);
		processEvents();
		List<Coding> here = CodeSelection.overlapping(view, new int[] { target.getStart() + 1, target.getStart() + 2 });
		assertEquals(1, here.size());
		CodeSelection.uncode(view, here);
		processEvents();
		assertTrue(StudyCodings.of(study).ofDocument(beijing.getNumber()).isEmpty());
		assertTrue(CodingStripes.of(view).shown().isEmpty());
		List<LedgerEvent> events = new StudyStore().open(study.getDirectory()).getStudy().getLedger().getEvents();
		assertEquals(StudyCodings.REMOVED, events.get(events.size() - 1).getKind());
	}

	@Test
	void autoCodingProposesWithEvidenceAndCodesOnlyWhatIsAccepted() throws Exception {
		AutoCodeDialog dialog = new AutoCodeDialog(page.getWorkbenchWindow().getShell(), studies, beijing.getNumber());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.find();
			processEvents();
			List<org.policylens.coding.auto.Proposal> proposals = dialog.getProposals();
			assertFalse(proposals.isEmpty(), "the Beijing policy has clauses with policy-tool keywords");
			assertTrue(proposals.stream().allMatch(p -> p.document() == beijing.getNumber()), "only the document in front");
			assertTrue(proposals.stream().allMatch(p -> p.evidence() != null && !p.evidence().isBlank()), "each with its evidence");
			assertTrue(StudyCodings.of(study).ofDocument(beijing.getNumber()).isEmpty(), "nothing coded before accepting");

			List<org.policylens.coding.auto.Proposal> keep = proposals.subList(0, Math.min(3, proposals.size()));
			dialog.setChecked(keep);
			dialog.acceptChecked();
			processEvents();
		} finally {
			dialog.close();
		}
		List<Coding> coded = StudyCodings.of(study).ofDocument(beijing.getNumber());
		assertEquals(Math.min(3, coded.size()), coded.size());
		assertTrue(coded.stream().allMatch(c -> c.getOrigin() == CodingOrigin.AUTO && c.getCoder().startsWith("auto:")));
		List<String> kinds = new StudyStore().open(study.getDirectory()).getStudy().getLedger().getEvents().stream()
				.map(LedgerEvent::getKind).toList();
		assertTrue(kinds.contains("coding.auto.accepted") && kinds.contains("coding.auto.rejected"), kinds.toString());
	}

	@Test
	void theCodePickerMatchesNamesPathsAndKeywords() {
		Code talent = code("Supply-based tools/Talent");
		assertTrue(org.policylens.coding.ui.internal.document.CodePicker.matches(talent, "talent"));
		assertTrue(org.policylens.coding.ui.internal.document.CodePicker.matches(talent, "supply"));
		assertTrue(org.policylens.coding.ui.internal.document.CodePicker.matches(talent, talent.getKeywords().get(0)));
		assertFalse(org.policylens.coding.ui.internal.document.CodePicker.matches(talent, "procurement"));
	}
}
