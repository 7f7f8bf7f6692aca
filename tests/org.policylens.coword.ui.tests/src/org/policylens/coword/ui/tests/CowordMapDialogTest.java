package org.policylens.coword.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.coword.Measures;
import org.policylens.coword.ui.CowordRequest;
import org.policylens.coword.ui.internal.CowordMapDialog;
import org.policylens.coword.ui.internal.CowordMapEditor;
import org.policylens.coword.ui.internal.handlers.CowordMapHandler;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;
import org.policylens.tests.harness.Fixtures;

/** Analysis → Co-word Map… on the product's sample study: the dialog's defaults build a map. */
public class CowordMapDialogTest {

	@TempDir
	Path tmp;

	@Test
	void theDialogBuildsANetworkFromTheSampleStudy() throws Exception {
		CowordMapEditorTest.waitForJobs();
		IStudyService studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		Fixtures.sampleStudy(tmp.resolve("study"));
		OpenStudy study = studies.open(tmp.resolve("study"));
		Measures measures = new Measures(Platform.getExtensionRegistry(), null);
		measures.start();
		CowordMapDialog dialog;
		try {
			assertTrue(measures.list().size() >= 6, measures.list().toString());
			dialog = new CowordMapDialog(page.getWorkbenchWindow().getShell(), measures.list(), true);
		} finally {
			measures.stop();
		}
		dialog.setBlockOnOpen(false);
		dialog.open();
		CowordMapEditorTest.processEvents();
		assertTrue(dialog.canBuild(), "the defaults are valid");
		dialog.pressBuild();
		CowordRequest request = dialog.getRequest();
		assertEquals(null, request.file(), "the study's corpus");
		assertEquals(CowordRequest.DEFAULT.window(), request.window());
		assertEquals(Measures.ASSOCIATION, request.measure());
		assertEquals(42, request.seed(), "the fixed seed, shown");

		Job job = CowordMapHandler.build(page, study, request);
		job.schedule();
		job.join();
		CowordMapEditorTest.waitForJobs();
		CowordMapEditor editor = assertInstanceOf(CowordMapEditor.class, page.getActiveEditor());
		assertTrue(editor.getNetwork().terms().size() > 20);
		assertEquals(42, editor.getNetwork().seed());
		assertTrue(editor.getPartName().startsWith("Co-word map: clause"), editor.getPartName());
	}
}
