package org.policylens.coding.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.coding.ui.tests.CodedSampleStudy.processEvents;
import static org.policylens.coding.ui.tests.CodedSampleStudy.waitForJobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.coding.ui.internal.agreement.AgreementEditor;
import org.policylens.coding.ui.internal.matrix.MatrixCodingEditor;
import org.policylens.study.ui.IStudyService;

/**
 * The Coding menu of the product: after Analysis, matrix coding and agreement below the coding
 * commands, and they open the editors of the open study.
 */
public class CodingMenuTest {

	@TempDir
	Path tmp;

	@Test
	void theCodingMenuFollowsAnalysisAndItsAnalysisCommandsOpenTheEditors() throws Exception {
		waitForJobs();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getActivePage().closeAllEditors(false);
		CodedSampleStudy.open(PlatformUI.getWorkbench().getService(IStudyService.class), tmp.resolve("study"));
		processEvents();
		Menu bar = window.getShell().getMenuBar();
		List<String> menus = new ArrayList<>();
		for (MenuItem item : bar.getItems()) {
			menus.add(item.getText().replace("&", ""));
		}
		assertTrue(menus.indexOf("Analysis") >= 0, menus.toString());
		assertEquals(menus.indexOf("Analysis") + 1, menus.indexOf("Coding"), menus.toString());

		Menu coding = bar.getItem(menus.indexOf("Coding")).getMenu();
		coding.notifyListeners(SWT.Show, new Event());
		List<String> items = new ArrayList<>();
		for (MenuItem item : coding.getItems()) {
			items.add((item.getStyle() & SWT.SEPARATOR) != 0 ? "---" : item.getText().replace("&", "").replaceAll("\t.*", ""));
		}
		coding.notifyListeners(SWT.Hide, new Event());
		int matrix = items.indexOf("Matrix Coding\u2026");
		assertTrue(matrix > items.indexOf("Auto-Code\u2026") && items.indexOf("Auto-Code\u2026") >= 0, items.toString());
		assertEquals("---", items.get(matrix - 1), "the analysis commands follow a separator: " + items);
		assertEquals("Inter-coder Agreement\u2026", items.get(matrix + 1), items.toString());

		IHandlerService handlers = window.getService(IHandlerService.class);
		handlers.executeCommand("org.policylens.coding.ui.matrix", null);
		processEvents();
		assertInstanceOf(MatrixCodingEditor.class, window.getActivePage().getActiveEditor());
		handlers.executeCommand("org.policylens.coding.ui.agreement", null);
		processEvents();
		assertInstanceOf(AgreementEditor.class, window.getActivePage().getActiveEditor());
	}
}
