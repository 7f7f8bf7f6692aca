package org.policylens.codebook.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.ICodebookSource;
import org.policylens.codebook.model.Codebook;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;
import org.policylens.tests.harness.Fixtures;

/**
 * The running product with the five sample policies open as a study that has a copy of the
 * policy-tool codebook (contributed by org.policylens.codebook.policytools).
 */
final class PolicyToolsWorkbench {

	final IStudyService studies;
	final IWorkbenchPage page;
	final OpenStudy study;
	final Codebook tools;

	PolicyToolsWorkbench(Path dir) throws Exception {
		processEvents();
		studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		Fixtures.sampleStudy(dir);
		study = studies.open(dir);
		tools = new Codebooks(study, studies.getActor()).copy(contributed("policy-tools"), null);
		studies.saveChanges();
		processEvents();
	}

	/**
	 * @param id a contributed codebook's id
	 * @return the contributed codebook
	 */
	static ICodebookSource contributed(String id) throws Exception {
		CodebookPlugins plugins = new CodebookPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		try {
			return plugins.get(id);
		} finally {
			plugins.stop();
		}
	}

	/** Runs what the UI and the PolicyLens jobs have queued. */
	static void processEvents() throws InterruptedException {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let async updates run
		}
		Job.getJobManager().join(ProgressTasks.FAMILY, null);
		while (display.readAndDispatch()) {
			// and what the jobs scheduled
		}
	}

	/** @return the kind of the study's last ledger event */
	String lastEvent() {
		return study.getEvents().get(study.getEvents().size() - 1).getKind();
	}
}
