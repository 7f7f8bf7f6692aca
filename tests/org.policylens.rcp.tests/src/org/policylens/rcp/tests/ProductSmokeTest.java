package org.policylens.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
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
import org.policylens.common.progress.ProgressTasks;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.DocumentEditors;
import org.policylens.corpus.ui.internal.CorpusView;
import org.policylens.corpus.ui.internal.DocumentEditor;
import org.policylens.rcp.ProductIds;
import org.policylens.rcp.internal.PluginsView;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.internal.NewStudyWizard;
import org.policylens.study.ui.internal.StudyExplorerView;
import org.policylens.text.ui.WordFrequencyInput;
import org.policylens.text.ui.internal.ConcordanceView;
import org.policylens.text.ui.internal.WordFrequencyEditor;

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

	private static void waitForJobs() throws InterruptedException {
		processEvents();
		Job.getJobManager().join(ProgressTasks.FAMILY, null);
		processEvents();
	}

	@Test
	void theProductOpensWithTheStudyExplorerOnTheSampleStudy() throws Exception {
		assertNotNull(Display.getCurrent(), "tests run in the UI thread");
		assertEquals(ProductIds.PERSPECTIVE, page().getPerspective().getId());
		StudyExplorerView explorer = (StudyExplorerView) page().findView(StudyExplorerView.ID);
		assertNotNull(explorer, "the Study Explorer is in the PolicyLens perspective");

		waitForJobs();
		OpenStudy sample = studies().getCurrent();
		assertNotNull(sample, "the sample study is opened on first start");
		assertEquals("Sample study: Chinese data and digital-government policies", sample.getStudy().getTitle());
		assertTrue(Files.isDirectory(Path.of(System.getProperty("user.home"), "PolicyLens", "Sample Study (policy corpus)")));
		assertEquals(5, Corpora.documents(sample).size(), "the sample corpus was imported");
		assertEquals(List.of("policy-tools", "smart-city-china"),
				org.policylens.coding.Codes.codebooks(sample).stream().map(b -> b.getId()).toList(), "with the thesis' codebooks");

		TreeViewer viewer = explorer.getViewer();
		viewer.expandAll();
		List<String> labels = treeLabels(viewer.getTree());
		assertTrue(labels.get(0).startsWith("Sample study: Chinese data and digital-government policies"), labels.toString());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("Case attributes (")), labels.toString());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("History (")), labels.toString());
	}

	@Test
	void theCorpusViewGroupsTheDocumentsByCity() throws Exception {
		waitForJobs();
		CorpusView corpus = (CorpusView) page().showView(CorpusView.ID);
		corpus.setGroupBy("city");
		processEvents();
		List<String> groups = Arrays.stream(corpus.getViewer().getTree().getItems()).map(TreeItem::getText).toList();
		assertTrue(groups.contains("北京  (1)"), groups.toString());
		assertTrue(groups.contains("(none)  (2)"), groups.toString());
	}

	@Test
	void aDocumentOpensWithItsClauseOutline() throws Exception {
		waitForJobs();
		OpenStudy study = studies().getCurrent();
		Document beijing = Corpora.documents(study).stream().filter(d -> d.getTitle().startsWith("关于推进北京市")).findFirst().orElseThrow();
		Clause guide = Corpora.allClauses(beijing).stream().filter(c -> "（一）".equals(c.getMarker())).findFirst().orElseThrow();
		DocumentEditors.open(page(), study, beijing, guide.getStart(), guide.getHeadingEnd() - guide.getStart());
		processEvents();
		DocumentEditor editor = (DocumentEditor) page().getActiveEditor();
		assertEquals(beijing, editor.getDocument());
		assertEquals("（一）指导思想", editor.getSelectedText());
	}

	@Test
	void wordFrequencyAndConcordanceRunAsJobs() throws Exception {
		waitForJobs();
		OpenStudy study = studies().getCurrent();
		WordFrequencyEditor frequency = (WordFrequencyEditor) page().openEditor(new WordFrequencyInput(study.getDirectory()), WordFrequencyEditor.ID);
		frequency.count();
		waitForJobs();
		assertNotNull(frequency.getTable());
		assertTrue(frequency.getTable().groups().contains("北京"), frequency.getTable().groups().toString());

		ConcordanceView concordance = (ConcordanceView) page().showView(ConcordanceView.ID);
		concordance.search("数据专区", false);
		waitForJobs();
		assertTrue(concordance.getConcordance().lines().size() > 10, "数据专区 is the Beijing policy's subject");
		assertTrue(concordance.getConcordance().lines().stream().allMatch(l -> l.keyword().equals("数据专区")));
	}

	@Test
	void theWindowTitleNamesTheOpenStudy() {
		processEvents();
		String title = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText();
		assertTrue(title.endsWith("— PolicyLens"), title);
	}

	@Test
	void theNewStudyWizardCreatesAndOpensAStudy() throws Exception {
		waitForJobs();
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
		waitForJobs();
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
