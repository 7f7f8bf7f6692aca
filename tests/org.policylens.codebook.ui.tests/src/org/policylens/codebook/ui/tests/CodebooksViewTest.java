package org.policylens.codebook.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.codebook.ui.tests.PolicyToolsWorkbench.processEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.ICodebookSource;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.ui.CodebookEditors;
import org.policylens.codebook.ui.internal.CodebookEditor;
import org.policylens.codebook.ui.internal.CodebookTasks;
import org.policylens.codebook.ui.internal.CodebooksView;
import org.policylens.codebook.ui.internal.handlers.CodebookHandlers;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;

/**
 * The Codebooks view in the running product: it lists the study's codebooks, adds one from a
 * plugin, exports one as REFI-QDA and imports it back, and opens the selected one in the editor.
 */
public class CodebooksViewTest {

	@TempDir
	Path tmp;

	private PolicyToolsWorkbench workbench;
	private CodebooksView view;

	@BeforeEach
	void showTheView() throws Exception {
		workbench = new PolicyToolsWorkbench(tmp.resolve("study"));
		view = (CodebooksView) workbench.page.showView(CodebookEditors.VIEW_ID);
		processEvents();
	}

	private List<List<String>> rows() {
		return Arrays.stream(view.getViewer().getTable().getItems()).map(CodebooksViewTest::cells).toList();
	}

	private static List<String> cells(TableItem item) {
		return List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3));
	}

	@Test
	void listsTheStudysCodebooksAndAddsOneFromAPlugin() throws Exception {
		assertEquals(List.of(List.of("policy-tools", "Policy tools 政策工具", "1", "22")), rows());
		assertEquals(22, CodeTree.all(workbench.tools).size());

		List<String> offered = CodebookTasks.available().stream().map(ICodebookSource::getId).toList();
		assertTrue(offered.containsAll(List.of("policy-tools", "smart-city-china", "smart-city-international")), offered.toString());
		ICodebookSource smartCity = CodebookTasks.available().stream().filter(s -> s.getId().equals("smart-city-china")).findFirst().orElseThrow();
		Codebook copy = CodebookTasks.copy(workbench.studies, smartCity, null);
		processEvents();
		assertEquals(List.of("policy-tools", "smart-city-china"), rows().stream().map(r -> r.get(0)).toList());
		assertEquals(Integer.toString(CodeTree.all(copy).size()), rows().get(1).get(3));

		OpenStudy saved = new StudyStore().open(workbench.study.getDirectory());
		assertEquals(List.of("policy-tools", "smart-city-china"), new Codebooks(saved, "check").list().stream().map(Codebook::getId).toList());
		assertEquals(Codebooks.COPIED, saved.getEvents().get(saved.getEvents().size() - 1).getKind());
	}

	@Test
	void exportsACodebookAsRefiQdaAndImportsItBack() throws Exception {
		Path qdc = tmp.resolve("Policy tools export.qdc");
		Job export = CodebookTasks.exportQdc(workbench.tools, qdc);
		processEvents();
		assertTrue(export.getResult().isOK(), export.getResult().getMessage());
		String xml = Files.readString(qdc);
		assertTrue(xml.contains("CodeBook") && xml.contains("Talent 人才培养"), xml.substring(0, Math.min(400, xml.length())));

		Job imported = CodebookTasks.importQdc(view.getSite().getShell(), workbench.studies, qdc, null);
		processEvents();
		assertTrue(imported.getResult().isOK(), imported.getResult().getMessage());
		assertEquals(List.of("policy-tools", "policy-tools-export"), rows().stream().map(r -> r.get(0)).toList());
		assertEquals("22", rows().get(1).get(3), "every code came back");

		OpenStudy saved = new StudyStore().open(workbench.study.getDirectory());
		Codebook reread = new Codebooks(saved, "check").get("policy-tools-export");
		assertEquals(List.of("人才", "人才培养", "人才队伍"), CodeTree.find(reread, "Talent").getKeywords().subList(0, 3));
		assertEquals(Codebooks.IMPORTED, saved.getEvents().get(saved.getEvents().size() - 1).getKind());
	}

	@Test
	void aBrokenQdcFileFailsTheJobWithItsNameAndChangesNothing() throws Exception {
		Path broken = tmp.resolve("broken.qdc");
		Files.writeString(broken, "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code");
		int events = workbench.study.getEvents().size();
		Job job = CodebookTasks.importQdc(view.getSite().getShell(), workbench.studies, broken, null);
		processEvents();
		assertTrue(job.getResult().getMessage().contains("broken.qdc"), job.getResult().getMessage());
		assertEquals(List.of("policy-tools"), rows().stream().map(r -> r.get(0)).toList());
		assertEquals(events, workbench.study.getEvents().size());
	}

	@Test
	void theOpenCommandOpensTheSelectedCodebookInTheEditor() throws Exception {
		view.getViewer().setSelection(new StructuredSelection(workbench.tools));
		view.setFocus();
		processEvents();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(CodebookHandlers.OPEN, null);
		processEvents();
		CodebookEditor editor = assertInstanceOf(CodebookEditor.class, workbench.page.getActiveEditor());
		assertSame(workbench.tools, editor.getCodebook());
		assertEquals("Policy tools 政策工具", editor.getPartName());
	}
}
