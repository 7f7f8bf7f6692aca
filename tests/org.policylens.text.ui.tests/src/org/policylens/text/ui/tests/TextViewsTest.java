package org.policylens.text.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.internal.DocumentEditor;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;
import org.policylens.tests.harness.Fixtures;
import org.policylens.text.FrequencyTable;
import org.policylens.text.FrequencyTable.Measure;
import org.policylens.text.index.KwicLine;
import org.policylens.text.ui.WordFrequencyInput;
import org.policylens.text.ui.internal.ConcordanceView;
import org.policylens.text.ui.internal.WordFrequencyEditor;

/**
 * Word frequency and concordance in the running product, on a study of the five sample policies:
 * counts per city as a table, a chart and exports; keyword in context with clause ids that open
 * the document at the hit.
 */
public class TextViewsTest {

	@TempDir
	Path tmp;

	private IStudyService studies;
	private IWorkbenchPage page;
	private OpenStudy study;

	@BeforeEach
	void studyOfTheFivePolicies() throws Exception {
		waitForJobs();
		studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		Fixtures.sampleStudy(tmp.resolve("study"));
		study = studies.open(tmp.resolve("study"));
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

	private WordFrequencyEditor countedByCity() throws Exception {
		WordFrequencyEditor editor = (WordFrequencyEditor) page.openEditor(new WordFrequencyInput(study.getDirectory()),
				WordFrequencyEditor.ID);
		editor.count();
		assertNotNull(editor.getRunning(), "counting runs as a job");
		waitForJobs();
		assertNotNull(editor.getTable(), "the count finished");
		return editor;
	}

	@Test
	void wordFrequencyPerCityIsATableAndAChart() throws Exception {
		WordFrequencyEditor editor = countedByCity();
		FrequencyTable table = editor.getTable();
		assertEquals("city", table.groupedBy(), "grouped by city when the study has one");
		assertEquals(List.of("阿坝州", "包头", "北京", "(none)"), table.groups());

		editor.selectGroup("北京");
		processEvents();
		List<FrequencyTable.Row> rows = editor.getShownRows();
		assertEquals(table.top("北京", 20, Measure.COUNT), rows, "the table shows the top 20 of Beijing by count");
		assertTrue(rows.stream().anyMatch(r -> r.term().equals("数据专区")), rows.toString());
		assertTrue(rows.stream().allMatch(r -> r.term().length() >= 2), "no single characters by default");
		for (int i = 1; i < rows.size(); i++) {
			assertTrue(rows.get(i - 1).count() >= rows.get(i).count());
		}

		JFreeChart chart = editor.getChart();
		assertNotNull(chart);
		CategoryDataset data = ((CategoryPlot) chart.getPlot()).getDataset();
		assertEquals(rows.get(0).term(), data.getColumnKey(0), "the chart's first bar is the table's first term");
		assertEquals(rows.get(0).count(), data.getValue(0, 0).longValue());

		editor.setMeasure(Measure.TFIDF);
		processEvents();
		List<FrequencyTable.Row> byTfidf = editor.getShownRows();
		assertEquals(table.top("北京", 20, Measure.TFIDF), byTfidf);
		for (int i = 1; i < byTfidf.size(); i++) {
			assertTrue(byTfidf.get(i - 1).tfidf() >= byTfidf.get(i).tfidf());
		}
	}

	@Test
	void theCountsAreExportedAsTablesAndPictures() throws Exception {
		WordFrequencyEditor editor = countedByCity();
		editor.selectGroup("包头");
		processEvents();

		Path csv = tmp.resolve("freq.csv");
		editor.export(WordFrequencyEditor.Export.TABLE_CSV, csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("group,rank,term,count,documents,share,tfidf")), lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("包头,1,")), "each group has its rows");
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("北京,1,")));

		Path xlsx = tmp.resolve("freq.xlsx");
		editor.export(WordFrequencyEditor.Export.TABLE_XLSX, xlsx);
		byte[] zip = Files.readAllBytes(xlsx);
		assertEquals('P', zip[0]);
		assertEquals('K', zip[1]);

		Path svg = tmp.resolve("chart.svg");
		editor.export(WordFrequencyEditor.Export.CHART_SVG, svg);
		String chart = Files.readString(svg);
		assertTrue(chart.contains("<svg"), "an SVG document");
		assertTrue(chart.contains(editor.getShownRows().get(0).term()), "with the top term of Baotou as a label");

		Path cloud = tmp.resolve("cloud.png");
		editor.export(WordFrequencyEditor.Export.CLOUD_PNG, cloud);
		byte[] png = Files.readAllBytes(cloud);
		assertEquals(0x89, png[0] & 0xff);
		assertEquals('P', png[1]);
	}

	@Test
	void theConcordanceShowsClausesAndOpensTheDocumentAtTheHit() throws Exception {
		ConcordanceView view = (ConcordanceView) page.showView(ConcordanceView.ID);
		view.search("数据专区", false);
		assertNotNull(view.getRunning());
		waitForJobs();
		List<KwicLine> lines = view.getConcordance().lines();
		assertTrue(lines.size() > 10, "数据专区 is the subject of the Beijing policy");
		assertTrue(view.getStatus().contains("occurrence(s) in"), view.getStatus());

		KwicLine line = lines.get(lines.size() / 2);
		assertEquals("数据专区", line.keyword());
		Document document = Corpora.document(study, line.document()).orElseThrow();
		Clause clause = Corpora.clauseAt(document, line.offset()).orElseThrow();
		assertEquals(clause.getLabel(), line.clause(), "each line names the clause of its hit");

		view.open(line);
		processEvents();
		DocumentEditor editor = (DocumentEditor) page.getActiveEditor();
		assertEquals(document, editor.getDocument());
		assertEquals("数据专区", editor.getSelectedText());

		view.search("数据 AND 安全", true);
		waitForJobs();
		assertTrue(view.getConcordance().clauses() > 0, "a Lucene query finds clauses");
	}
}
