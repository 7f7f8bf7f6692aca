package org.policylens.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.study.OpenStudy;
import org.policylens.tests.harness.Fixtures;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.FrequencyExport;
import org.policylens.text.FrequencyTable;
import org.policylens.text.FrequencyTable.Measure;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins;
import org.policylens.text.WordFrequency;
import org.policylens.text.charts.FrequencyChart;
import org.policylens.text.charts.WordCloud;

/** Tables to CSV and XLSX, charts and word clouds to PNG and SVG. */
public class ExportAndChartTest {

	@TempDir
	Path tmp;

	private TextPlugins plugins;
	private FrequencyTable table;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@BeforeEach
	void count() throws Exception {
		plugins = new TextPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		OpenStudy study = Fixtures.sampleStudy(tmp.resolve("study"));
		table = WordFrequency.count(study, TextAnalysis.of(study, plugins, AnalysisSettings.DEFAULT), "city", 2, new NullProgressMonitor());
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	@Test
	void csvHoldsEveryGroupWithItsProvenance() throws Exception {
		Path csv = tmp.resolve("freq.csv");
		FrequencyExport.write(table, 10, Measure.COUNT, csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).startsWith("\uFEFF# PolicyLens word frequency; tokenizers: "), lines.get(0));
		assertEquals("group,rank,term,count,documents,share,tfidf", lines.get(1));
		FrequencyTable.Row top = table.top("北京", 1, Measure.COUNT).get(0);
		assertTrue(lines.contains("北京,1," + top.term() + "," + top.count() + ",1," + String.format(java.util.Locale.ROOT, "%.6f", top.share())
				+ "," + String.format(java.util.Locale.ROOT, "%.4f", top.tfidf())), lines.toString());
		assertEquals(2 + table.groups().stream().mapToInt(g -> table.top(g, 10, Measure.COUNT).size()).sum(), lines.size());
	}

	@Test
	void xlsxHasASheetPerGroupAndAnAboutSheet() throws Exception {
		Path xlsx = tmp.resolve("freq.xlsx");
		FrequencyExport.write(table, 20, Measure.TFIDF, xlsx);
		try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
			assertEquals(table.groups().size() + 1, workbook.getNumberOfSheets());
			Sheet beijing = workbook.getSheet("北京");
			FrequencyTable.Row top = table.top("北京", 1, Measure.TFIDF).get(0);
			assertEquals(top.term(), beijing.getRow(1).getCell(1).getStringCellValue());
			assertEquals(top.tfidf(), beijing.getRow(1).getCell(5).getNumericCellValue(), 1e-9);
			assertTrue(workbook.getSheet("About").getRow(4).getCell(0).getStringCellValue().startsWith("tokenizers: "));
		}
	}

	@Test
	void chartsAndCloudsAsPngAndSvg() throws Exception {
		Path png = tmp.resolve("chart.png");
		FrequencyChart.write(FrequencyChart.create(table, "北京", 15, Measure.COUNT), 800, 500, png);
		assertEquals(800, ImageIO.read(png.toFile()).getWidth());
		Path svg = tmp.resolve("chart.svg");
		FrequencyChart.write(FrequencyChart.create(table, "北京", 15, Measure.COUNT), 800, 500, svg);
		String chart = Files.readString(svg);
		assertTrue(chart.contains("<svg") && chart.contains(table.top("北京", 1, Measure.COUNT).get(0).term()));

		List<FrequencyTable.Row> rows = table.top("北京", 60, Measure.COUNT);
		WordCloud cloud = WordCloud.layout(rows, 900, 600, 42);
		assertTrue(cloud.words().size() > 30, "most words fit: " + cloud.words().size());
		for (int i = 0; i < cloud.words().size(); i++) {
			for (int j = i + 1; j < cloud.words().size(); j++) {
				assertTrue(!cloud.words().get(i).bounds().intersects(cloud.words().get(j).bounds()), "words do not overlap");
			}
		}
		assertEquals(cloud.words(), WordCloud.layout(rows, 900, 600, 42).words(), "the same seed gives the same picture");
		Path cloudSvg = tmp.resolve("cloud.svg");
		cloud.write(cloudSvg);
		assertTrue(Files.readString(cloudSvg).contains(rows.get(0).term()));
	}
}
