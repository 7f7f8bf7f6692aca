package org.policylens.coding.ui.tests;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.ui.internal.document.CodingStripes;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.DocumentEditors;
import org.policylens.corpus.ui.IDocumentView;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;
import org.policylens.tests.harness.Fixtures;

/**
 * Measures, does not assert (issue 4: "opening a document with 5,000 codings: no visible lag in
 * the document view"): the Guangdong policy with 5,000 codings of 22 codes by two coders, opened in
 * the real product; the time to open the editor and draw it, to redraw the stripes, and to draw
 * after scrolling. Not a test (its name does not end in Test): run it with
 * {@code -Dtest=LargeDocumentBenchmark}; the results go to standard output and to
 * docs/benchmarks.md.
 */
public class LargeDocumentBenchmark {

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
	void openAndDrawADocumentWith5000Codings() throws Exception {
		processEvents();
		IStudyService studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		Fixtures.sampleStudy(tmp.resolve("study"));
		OpenStudy study = studies.open(tmp.resolve("study"));
		CodebookPlugins plugins = new CodebookPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		Codebook tools = new Codebooks(study, studies.getActor()).copy(plugins.get("policy-tools"), null);
		plugins.stop();
		Document guangdong = Corpora.documents(study).stream().filter(d -> d.getTitle().startsWith("广东省")).findFirst().orElseThrow();
		List<Clause> clauses = Corpora.allClauses(guangdong);
		List<Code> codes = CodeTree.all(tools).stream().filter(Code::isCodable).toList();
		Random random = new Random(42);
		StudyCodings codings = StudyCodings.of(study);
		int added = 0;
		while (added < 5000) {
			Clause clause = clauses.get(random.nextInt(clauses.size()));
			Code code = codes.get(random.nextInt(codes.size()));
			String coder = random.nextBoolean() ? "wang" : "li";
			int length = Math.max(1, clause.getEnd() - clause.getStart());
			int start = clause.getStart() + random.nextInt(length);
			int end = Math.min(clause.getEnd(), start + 1 + random.nextInt(120));
			if (codings.find(code, guangdong.getNumber(), start, end, coder).isEmpty()) {
				codings.codeSpan(code, guangdong.getNumber(), start, end, coder, null);
				added++;
			}
		}
		studies.saveChanges();
		processEvents();

		Document beijing = Corpora.documents(study).stream().filter(d -> d.getTitle().startsWith("关于推进北京市")).findFirst().orElseThrow();
		double plain = open(page, study, beijing);
		page.closeAllEditors(false);
		processEvents();
		double open = open(page, study, guangdong);
		IDocumentView view = (IDocumentView) page.getActiveEditor();
		CodingStripes.Stripes stripes = CodingStripes.of(view);
		StyledText text = view.getTextWidget();
		org.eclipse.swt.graphics.Point size = view.getMargin().getSize();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(Display.getCurrent(), Math.max(1, size.x), Math.max(1, size.y));
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
		int lines = text.getLineCount();
		double[] draw = new double[Math.min(60, lines)];
		int drawn = 0;
		int mostOnScreen = 0;
		for (int i = 0; i < draw.length; i++) {
			text.setTopIndex(i * lines / draw.length);
			long t = System.nanoTime();
			stripes.draw(gc);
			draw[i] = (System.nanoTime() - t) / 1e6;
			drawn += stripes.bars().size();
			mostOnScreen = Math.max(mostOnScreen, stripes.bars().size());
		}
		gc.dispose();
		image.dispose();
		System.out.printf(Locale.ROOT, "RESULT document with %d codings (%d columns; editor %d x %d px, at most %d stripes on screen): "
				+ "open + first draw %.0f ms (the same editor on a document without codings: %.0f ms); drawing the stripes at %d scroll "
				+ "positions through the document: median %.2f ms, max %.2f ms (%d stripes in all)%n",
				codings.ofDocument(guangdong.getNumber()).size(), stripes.columns().size(), text.getSize().x, text.getSize().y,
				mostOnScreen, open, plain, draw.length, median(draw), max(draw), drawn);
		page.closeAllEditors(false);
	}

	private static double open(IWorkbenchPage page, OpenStudy study, Document document) throws Exception {
		long t0 = System.nanoTime();
		DocumentEditors.open(page, study, document, -1, 0);
		((IDocumentView) page.getActiveEditor()).getMargin().update();
		processEvents();
		return (System.nanoTime() - t0) / 1e6;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double max(double[] values) {
		return Arrays.stream(values).max().orElse(0);
	}
}
