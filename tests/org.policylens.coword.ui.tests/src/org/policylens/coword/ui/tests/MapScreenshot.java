package org.policylens.coword.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.coword.ui.CowordRequest;
import org.policylens.coword.ui.NetworkView;
import org.policylens.coword.ui.internal.CowordMapEditor;
import org.policylens.coword.ui.internal.MapCanvas;
import org.policylens.coword.ui.internal.handlers.CowordMapHandler;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;
import org.policylens.tests.harness.Fixtures;

/**
 * Not a test (its name does not end in Test, so builds skip it): the picture of the co-word map of
 * the five sample policies' clauses in the README, taken in the running product. Run with
 * <pre>
 * ./mvnw -B -o verify -pl :org.policylens.platform.feature,:org.policylens.core.feature,:org.policylens.ui.feature,:org.policylens.coword.ui.tests -am \
 *     -Dtest=MapScreenshot -Dsurefire.failIfNoSpecifiedTests=false -Dtests.vmargs="-Dpolicylens.screenshot=$PWD/docs/images/coword-map.png ..."
 * </pre>
 */
public class MapScreenshot {

	@TempDir
	Path tmp;

	@Test
	void takeIt() throws Exception {
		CowordMapEditorTest.waitForJobs();
		IStudyService studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Fixtures.sampleStudy(tmp.resolve("study"));
		OpenStudy study = studies.open(tmp.resolve("study"));
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1400, 860);
		Job job = CowordMapHandler.build(page, study, CowordRequest.DEFAULT);
		job.schedule();
		job.join();
		CowordMapEditorTest.waitForJobs();
		page.setEditorAreaVisible(true);
		page.setPartState(page.getReference(page.getActiveEditor()), IWorkbenchPage.STATE_MAXIMIZED);
		CowordMapEditorTest.processEvents();
		MapCanvas map = ((CowordMapEditor) page.getActiveEditor()).getMap();
		NetworkView view = map.getView();
		for (int node = 0; node < view.model().nodeCount(); node++) {
			if ("数据".equals(view.model().label(node))) { // the most frequent term: its neighbours in the Selection tab
				map.clickAt((int) view.screenX(node), (int) view.screenY(node));
			}
		}
		long until = System.currentTimeMillis() + 1500; // the map draws in full once it is at rest
		while (System.currentTimeMillis() < until) {
			CowordMapEditorTest.processEvents();
			Thread.sleep(20);
		}
		shell.redraw();
		shell.update();
		CowordMapEditorTest.processEvents();
		Rectangle area = shell.getBounds();
		Image image = new Image(Display.getCurrent(), area.width, area.height);
		GC gc = new GC(Display.getCurrent());
		gc.copyArea(image, area.x, area.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(System.getProperty("policylens.screenshot", tmp.resolve("coword-map.png").toString()), SWT.IMAGE_PNG);
		image.dispose();
	}
}
