package org.policylens.codebook.ui.tests;

import static org.policylens.codebook.ui.tests.PolicyToolsWorkbench.processEvents;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.ui.CodebookEditors;
import org.policylens.codebook.ui.internal.CodebookEditor;

/**
 * Not a test (its name does not end in Test, so builds skip it): a picture of the codebook editor
 * on the policy-tool codebook for the documentation, taken in the running product. Run with
 * <pre>
 * ./mvnw -B -o verify -pl ... -Dtest=EditorScreenshot -Dtests.vmargs="-Dpolicylens.screenshot=/tmp/codebook-editor.png ..."
 * </pre>
 */
public class EditorScreenshot {

	@TempDir
	Path tmp;

	@Test
	void takeIt() throws Exception {
		PolicyToolsWorkbench workbench = new PolicyToolsWorkbench(tmp.resolve("study"));
		Shell shell = workbench.page.getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 760);
		workbench.page.showView(CodebookEditors.VIEW_ID);
		CodebookEditor editor = (CodebookEditor) CodebookEditors.open(workbench.page, workbench.study, workbench.tools);
		editor.getTree().expandAll();
		editor.select(CodeTree.find(workbench.tools, "Talent"));
		processEvents();
		shell.redraw();
		shell.update();
		processEvents();
		Rectangle area = shell.getBounds();
		Image image = new Image(shell.getDisplay(), area.width, area.height);
		GC gc = new GC(shell.getDisplay());
		gc.copyArea(image, area.x, area.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(System.getProperty("policylens.screenshot", tmp.resolve("codebook-editor.png").toString()), SWT.IMAGE_PNG);
		image.dispose();
	}
}
