package org.policylens.corpus.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.DocumentEditors;
import org.policylens.corpus.ui.IDocumentView;
import org.policylens.corpus.ui.internal.DocumentViewContributions;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;
import org.policylens.tests.harness.Fixtures;

/**
 * The extension point org.policylens.corpus.ui.documentViewContributions: this test bundle
 * contributes a working contribution and one whose class is missing.
 */
public class DocumentViewContributionsTest {

	@TempDir
	Path tmp;

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

	@Test
	void theReaderReadsGoodContributionsAndReportsBrokenOnes() {
		List<ContributionProblem> problems = new ArrayList<>();
		DocumentViewContributions reader = new DocumentViewContributions(Platform.getExtensionRegistry(), problems::add);
		reader.start();
		try {
			List<String> ids = reader.getDescriptors().stream().map(d -> d.getId()).toList();
			assertTrue(ids.contains("org.policylens.corpus.ui.tests.recorder"), ids.toString());
			DocumentViewContributions.Descriptor missing = reader.getDescriptors().stream()
					.filter(d -> d.getId().equals("org.policylens.corpus.ui.tests.missing")).findFirst().orElseThrow();
			assertTrue(missing.getContribution().isEmpty(), "a class that does not exist gives no contribution");
			assertEquals(1, problems.size(), problems.toString());
			assertTrue(problems.get(0).message().contains("NoSuchContribution"), problems.toString());
		} finally {
			reader.stop();
		}
	}

	@Test
	void everyDocumentEditorGetsTheContributionsAndTheViewOfItsDocument() throws Exception {
		processEvents();
		IStudyService studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		Fixtures.sampleStudy(tmp.resolve("study"));
		OpenStudy study = studies.open(tmp.resolve("study"));
		Document beijing = Corpora.documents(study).stream().filter(d -> d.getTitle().startsWith("关于推进北京市")).findFirst()
				.orElseThrow();
		Clause overall = Corpora.allClauses(beijing).stream().filter(c -> "（二）".equals(c.getMarker())).findFirst().orElseThrow();

		DocumentEditors.open(page, study, beijing, overall.getStart() + 2, 0);
		processEvents();
		assertEquals(1, RecordingContribution.INSTALLED.size(), "installed once, in the editor that opened; the broken one skipped");
		IDocumentView view = RecordingContribution.INSTALLED.get(0);
		assertSame(beijing, view.getDocument());
		assertEquals(Corpora.text(study, beijing), view.getText());
		assertEquals(24, view.getMargin().getSize().x, "the margin got the width asked for");
		assertEquals(overall, view.getSelectedClause().orElseThrow(), "the clause at the caret");
		int[] range = view.getSelectedRange().orElseThrow();
		assertEquals(overall.getStart(), range[0], "nothing selected: the range of the clause at the caret");
		assertEquals(overall.getEnd(), range[1]);
		view.reveal(overall.getStart(), 4);
		assertEquals(List.of(overall.getStart(), overall.getStart() + 4), List.of(view.getSelectedRange().get()[0], view.getSelectedRange().get()[1]));

		page.closeAllEditors(false);
		processEvents();
		assertEquals(0, RecordingContribution.INSTALLED.size(), "closing the editor uninstalls it");
	}
}
