package org.policylens.corpus.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.DocumentEditors;
import org.policylens.corpus.ui.ImportJobs;
import org.policylens.corpus.ui.internal.CorpusView;
import org.policylens.corpus.ui.internal.DocumentEditor;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;
import org.policylens.study.model.LedgerEvent;
import org.policylens.study.ui.IStudyService;
import org.policylens.tests.harness.Fixtures;

/**
 * The corpus explorer and the document editor in the running product, on a fresh study: files
 * dropped on the explorer are imported as a job with a report of the files that failed, the
 * explorer groups by any attribute, the editor shows the clause outline and corrects metadata.
 */
public class CorpusViewsTest {

	@TempDir
	Path tmp;

	private IStudyService studies;
	private IWorkbenchPage page;
	private CorpusView view;

	@BeforeEach
	void freshStudy() throws Exception {
		waitForJobs();
		studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		studies.create(tmp.resolve("study"), "Corpus view test", null);
		view = (CorpusView) page.showView(CorpusView.ID);
		processEvents();
	}

	@AfterEach
	void closeReports() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (ImportJobs.REPORT_TITLE.equals(shell.getText())) {
				shell.close();
			}
		}
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let async updates run
		}
	}

	private static void waitForJobs() throws InterruptedException {
		processEvents();
		Job.getJobManager().join(ProgressTasks.FAMILY, null);
		processEvents();
	}

	private List<String> topLevel() {
		return Arrays.stream(view.getViewer().getTree().getItems()).map(TreeItem::getText).toList();
	}

	private Path importPolicies(String... broken) throws Exception {
		List<Path> files = new ArrayList<>(Fixtures.copyPolicies(tmp.resolve("exports")));
		for (String name : broken) {
			Path file = tmp.resolve("exports").resolve(name);
			Files.write(file, name.endsWith(".pdf") ? "%PDF-1.7 truncated".getBytes() : new byte[0]);
			files.add(file);
		}
		Job job = view.importDropped(files.stream().map(Path::toString).toArray(String[]::new));
		assertNotNull(job, "a study is open, so the drop is accepted");
		waitForJobs();
		return tmp.resolve("exports");
	}

	@Test
	void droppedFilesAreImportedAndTheBrokenOnesReported() throws Exception {
		assertEquals(List.of(), topLevel());
		importPolicies("broken.pdf", "empty.txt");

		OpenStudy study = studies.getCurrent();
		assertEquals(5, Corpora.documents(study).size(), "the five policies were imported, the broken files not");
		Shell report = Arrays.stream(Display.getCurrent().getShells()).filter(s -> ImportJobs.REPORT_TITLE.equals(s.getText()))
				.findFirst().orElseThrow(() -> new AssertionError("an import report is shown"));
		String message = Arrays.stream(report.getChildren()).flatMap(c -> c instanceof org.eclipse.swt.widgets.Composite composite
				? Arrays.stream(composite.getChildren()) : java.util.stream.Stream.of(c))
				.filter(Label.class::isInstance).map(c -> ((Label) c).getText()).reduce("", String::concat);
		assertTrue(message.contains("Imported 5 document(s)"), message);
		assertTrue(message.contains("broken.pdf"), message);
		assertTrue(message.contains("empty.txt"), message);

		StudyStore store = new StudyStore();
		assertEquals(5, Corpora.documents(store.open(study.getDirectory())).size(), "the import was saved");
	}

	@Test
	void theExplorerGroupsByAnyAttribute() throws Exception {
		importPolicies();
		view.setGroupBy(null);
		processEvents();
		assertEquals(5, topLevel().size());
		assertTrue(topLevel().stream().anyMatch(t -> t.contains("关于推进北京市数据专区建设的指导意见")), topLevel().toString());

		view.setGroupBy("city");
		processEvents();
		assertEquals(List.of("阿坝州  (1)", "包头  (1)", "北京  (1)", "(none)  (2)"), topLevel());

		view.setGroupBy("year");
		processEvents();
		int documents = 0;
		for (String group : topLevel()) {
			assertTrue(group.matches("(19|20)\\d\\d  \\(\\d\\)|\\(none\\)  \\(\\d\\)"), group);
			documents += Integer.parseInt(group.replaceAll(".*\\((\\d)\\)", "$1"));
		}
		assertEquals(5, documents);
	}

	@Test
	void theDocumentEditorFollowsTheClauseOutline() throws Exception {
		importPolicies();
		OpenStudy study = studies.getCurrent();
		Document beijing = Corpora.documents(study).stream().filter(d -> d.getTitle().startsWith("关于推进北京市")).findFirst()
				.orElseThrow();
		DocumentEditors.open(page, study, beijing, -1, 0);
		processEvents();
		DocumentEditor editor = (DocumentEditor) page.getActiveEditor();
		assertEquals(beijing, editor.getDocument());

		Clause principles = Corpora.allClauses(beijing).stream().filter(c -> "（二）".equals(c.getMarker())).findFirst()
				.orElseThrow();
		editor.getOutline().setSelection(new StructuredSelection(principles), true);
		processEvents();
		assertTrue(editor.getSelectedText().startsWith("（二）总体定位"), editor.getSelectedText());
		String text = Corpora.text(study, beijing);
		assertEquals(text.substring(principles.getStart(), principles.getEnd()), editor.getSelectedText(),
				"the whole clause, from its exact offsets");
	}

	@Test
	void aMetadataCorrectionIsSavedRecordedAndRegroups() throws Exception {
		importPolicies();
		OpenStudy study = studies.getCurrent();
		Document baotou = Corpora.documents(study).stream().filter(d -> "包头".equals(Corpora.value(d, "city"))).findFirst()
				.orElseThrow();
		DocumentEditors.open(page, study, baotou, -1, 0);
		processEvents();
		DocumentEditor editor = (DocumentEditor) page.getActiveEditor();
		String[] city = editor.getMetadataRows().stream().filter(r -> r[1].equals("包头")).findFirst().orElseThrow();
		assertEquals("extracted", city[2]);

		editor.correctMetadata("city", "包头市");
		processEvents();
		String[] corrected = editor.getMetadataRows().stream().filter(r -> r[1].equals("包头市")).findFirst().orElseThrow();
		assertEquals("user", corrected[2]);

		view.setGroupBy("city");
		processEvents();
		assertTrue(topLevel().contains("包头市  (1)"), topLevel().toString());

		OpenStudy saved = new StudyStore().open(study.getDirectory());
		assertEquals("包头市", Corpora.value(Corpora.document(saved, baotou.getNumber()).orElseThrow(), "city"));
		List<LedgerEvent> events = saved.getStudy().getLedger().getEvents();
		assertEquals("corpus.metadata.edited", events.get(events.size() - 1).getKind());
	}
}
