package org.policylens.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.general.DefaultPieDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.common.plugins.ExtensionPointInfo;
import org.policylens.rcp.ProductIds;
import org.policylens.rcp.internal.PluginsView;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.internal.NewStudyWizard;
import org.policylens.study.ui.internal.StudyExplorerView;

/**
 * The product starts (the real application, under Xvfb), opens the sample study on first start,
 * and its views work.
 */
public class ProductSmokeTest {

	@TempDir
	Path tmp;

	private static IWorkbenchPage page() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the product opened a window");
		return window.getActivePage();
	}

	private static IStudyService studies() {
		return PlatformUI.getWorkbench().getService(IStudyService.class);
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let async updates run
		}
	}

	private static List<String> treeLabels(Tree tree) {
		return Arrays.stream(tree.getItems()).flatMap(item -> java.util.stream.Stream.concat(java.util.stream.Stream.of(item),
				Arrays.stream(item.getItems()))).map(TreeItem::getText).toList();
	}

	@Test
	void theProductOpensWithTheStudyExplorerOnTheSampleStudy() {
		assertNotNull(Display.getCurrent(), "tests run in the UI thread");
		assertEquals(ProductIds.PERSPECTIVE, page().getPerspective().getId());
		StudyExplorerView explorer = (StudyExplorerView) page().findView(StudyExplorerView.ID);
		assertNotNull(explorer, "the Study Explorer is in the PolicyLens perspective");

		OpenStudy sample = studies().getCurrent();
		assertNotNull(sample, "the sample study is opened on first start");
		assertEquals("Smart-city policy in four Chinese cities (sample)", sample.getStudy().getTitle());
		assertTrue(Files.isDirectory(Path.of(System.getProperty("user.home"), "PolicyLens", "Sample Study (smart-city policy)")));

		processEvents();
		TreeViewer viewer = explorer.getViewer();
		viewer.expandAll();
		List<String> labels = treeLabels(viewer.getTree());
		assertTrue(labels.get(0).startsWith("Smart-city policy in four Chinese cities (sample)"), labels.toString());
		assertTrue(labels.contains("Case attributes (5)"), labels.toString());
		assertTrue(labels.contains("History (2)"), labels.toString());
		assertEquals(3, viewer.getTree().getItem(0).getItems().length + 1, "one study with two folders: " + labels);
	}

	@Test
	void theWindowTitleNamesTheOpenStudy() {
		processEvents();
		String title = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText();
		assertTrue(title.endsWith("— PolicyLens"), title);
	}

	@Test
	void theNewStudyWizardCreatesAndOpensAStudy() {
		NewStudyWizard wizard = new NewStudyWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Path folder = tmp.resolve("Beijing data zones");
			wizard.fill("北京市数据专区政策", "A study of one policy", folder);
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
			assertEquals("北京市数据专区政策", studies().getCurrent().getStudy().getTitle());
			assertTrue(Files.exists(folder.resolve("study.policylens")));
			assertEquals(folder.toAbsolutePath(), studies().getRecent().get(0));
		} finally {
			dialog.close();
		}
	}

	@Test
	void closingTheStudyShowsTheStartPage() throws Exception {
		StudyExplorerView explorer = (StudyExplorerView) page().showView(StudyExplorerView.ID);
		studies().close();
		processEvents();
		assertTrue(explorer.isShowingStartPage());
		studies().open(studies().getRecent().get(0));
		processEvents();
		assertFalse(explorer.isShowingStartPage());
	}

	@Test
	void thePluginsViewListsExtensionPointsAndContributions() throws PartInitException {
		PluginsView view = (PluginsView) page().showView(ProductIds.PLUGINS_VIEW);
		ExtensionPointInfo commands = view.getPoints().stream().filter(p -> p.id().equals("org.policylens.cli.commands"))
				.findFirst().orElseThrow();
		assertTrue(commands.contributions().size() >= 4, commands.toString());
		assertEquals(0, commands.brokenCount());
		assertTrue(commands.contributions().stream().anyMatch(c -> c.id().equals("study") && c.contributor().equals("org.policylens.cli")));
	}

	@Test
	void theErrorLogIsThere() throws PartInitException {
		IViewPart log = page().showView(ProductIds.ERROR_LOG_VIEW);
		assertNotNull(log);
	}

	@Test
	void jfreeChartDrawsOnAnSwtCanvas() {
		DefaultPieDataset<String> data = new DefaultPieDataset<>();
		data.setValue("supply", 40);
		data.setValue("environment", 35);
		data.setValue("demand", 25);
		JFreeChart chart = ChartFactory.createPieChart("Policy tools", data);
		Shell shell = new Shell(Display.getCurrent());
		try {
			shell.setSize(400, 300);
			ChartComposite composite = new ChartComposite(shell, SWT.NONE, chart, true);
			composite.setSize(400, 300);
			shell.open();
			processEvents();
			assertEquals(chart, composite.getChart());
		} finally {
			shell.dispose();
		}
	}
}
