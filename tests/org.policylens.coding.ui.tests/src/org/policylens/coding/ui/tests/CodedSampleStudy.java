package org.policylens.coding.ui.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.StudyCodings;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;
import org.policylens.tests.harness.Fixtures;
import org.policylens.tests.harness.TestCodebooks;

/**
 * The study of the five sample policies, open in the product, with the test policy-tool codebook
 * and the codings of two coders: wang codes policies 1, 3, 4 and 5, li policies 4 and 5, one
 * coding a clause (the "leaves": clauses without sub-clauses whose line has 12 characters or
 * more, counted from 0 in each policy). They disagree on leaf 2 of policy 4 (wang: Information
 * support, li: Target planning) and leaf 5 of policy 5 (wang: Technical support, li: Talent).
 */
final class CodedSampleStudy {

	static final String WANG = "wang"; //$NON-NLS-1$
	static final String LI = "li"; //$NON-NLS-1$

	/** coder policy code: leaves */
	private static final String PLAN = """
			wang 3 Information support: 0 1 2 3
			wang 3 Target planning: 4
			wang 3 Regulatory control: 5 6 7
			wang 4 Talent: 0
			wang 4 Information support: 1 2
			wang 4 Regulatory control: 3 4 5 6 7 8
			wang 4 Financial support: 9
			wang 5 Information support: 0 1 2
			wang 5 Infrastructure: 3
			wang 5 Technical support: 4 5
			wang 5 Demonstration projects: 6 7
			wang 5 Financial support: 8 9
			wang 1 Information support: 0 1
			wang 1 Regulatory control: 2 3
			li 4 Talent: 0
			li 4 Information support: 1
			li 4 Target planning: 2
			li 4 Regulatory control: 3 4 5 6 7 8
			li 4 Financial support: 9
			li 5 Information support: 0 1 2
			li 5 Infrastructure: 3
			li 5 Technical support: 4
			li 5 Talent: 5
			li 5 Demonstration projects: 6 7
			li 5 Financial support: 8 9
			"""; //$NON-NLS-1$

	final IStudyService studies;
	final OpenStudy study;
	final Codebook tools;
	final StudyCodings codings;

	private CodedSampleStudy(IStudyService studies, OpenStudy study, Codebook tools) {
		this.studies = studies;
		this.study = study;
		this.tools = tools;
		this.codings = StudyCodings.of(study);
	}

	/**
	 * @param studies the product's study service
	 * @param dir     a new study folder
	 * @return the study, open in the product, coded and saved
	 */
	static CodedSampleStudy open(IStudyService studies, Path dir) throws Exception {
		Fixtures.sampleStudy(dir);
		OpenStudy study = studies.open(dir);
		CodedSampleStudy coded = new CodedSampleStudy(studies, study, TestCodebooks.policyTools(study));
		for (String line : PLAN.strip().split("\n")) { //$NON-NLS-1$
			String[] parts = line.strip().split(":"); //$NON-NLS-1$
			String[] head = parts[0].split(" ", 3); //$NON-NLS-1$
			int document = Integer.parseInt(head[1]);
			for (String leaf : parts[1].strip().split(" ")) { //$NON-NLS-1$
				coded.codings.codeClause(coded.code(head[2]), document, coded.leaves(document).get(Integer.parseInt(leaf)).getLabel(), head[0],
						null);
			}
		}
		studies.saveChanges();
		return coded;
	}

	/**
	 * Opens the coded study in the running product, with no editor open.
	 *
	 * @param dir a new study folder
	 * @return the study, open, coded and saved
	 */
	static CodedSampleStudy inProduct(Path dir) throws Exception {
		waitForJobs();
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		return open(PlatformUI.getWorkbench().getService(IStudyService.class), dir);
	}

	/** @return the product's workbench page */
	IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/**
	 * @param name a code's name
	 * @return the policy-tool code
	 */
	Code code(String name) {
		return Codes.find(tools, name).orElseThrow();
	}

	/**
	 * @param document a policy number
	 * @return its clauses without sub-clauses whose line has 12 characters or more
	 */
	List<Clause> leaves(int document) {
		return Corpora.allClauses(Corpora.document(study, document).orElseThrow()).stream()
				.filter(c -> c.getChildren().isEmpty() && c.getHeadingEnd() - c.getStart() >= 12).toList();
	}

	/**
	 * @param document a policy number
	 * @param start    a span's start
	 * @param end      its end
	 * @return the text of the span
	 */
	String text(int document, int start, int end) throws Exception {
		return Corpora.text(study, Corpora.document(study, document).orElseThrow()).substring(start, end);
	}

	/** Runs the events the UI has queued. */
	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let async updates run
		}
	}

	/** Waits for PolicyLens' jobs and the UI updates they queue. */
	static void waitForJobs() throws InterruptedException {
		processEvents();
		Job.getJobManager().join(ProgressTasks.FAMILY, null);
		processEvents();
	}
}
