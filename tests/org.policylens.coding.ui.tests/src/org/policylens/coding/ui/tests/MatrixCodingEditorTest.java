package org.policylens.coding.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.coding.ui.tests.CodedSampleStudy.processEvents;
import static org.policylens.coding.ui.tests.CodedSampleStudy.waitForJobs;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.matrix.CodingMatrix;
import org.policylens.coding.matrix.MatrixCoding;
import org.policylens.coding.matrix.MatrixColumns;
import org.policylens.coding.matrix.MatrixOptions;
import org.policylens.coding.matrix.Percent;
import org.policylens.coding.matrix.ThesisTable;
import org.policylens.coding.model.Coding;
import org.policylens.coding.ui.internal.matrix.MatrixCodingEditor;
import org.policylens.coding.ui.internal.matrix.MatrixCodingInput;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.ui.internal.DocumentEditor;
import org.policylens.tests.harness.Fixtures;
import org.policylens.tests.harness.TestCodebooks;

/**
 * The matrix-coding editor in the running product, on the sample policies coded by two coders:
 * what the table, the drill-down, the thesis tab, the chart and the exports show is the matrix
 * that {@link MatrixCoding} computes.
 */
public class MatrixCodingEditorTest extends CodedStudyTest {


	private MatrixOptions byCity(String coder) {
		return new MatrixOptions(coded.tools, new MatrixColumns.ByAttribute("city"), MatrixOptions.Count.REFERENCES, coder,
				MatrixOptions.ChiSquareRows.LEAVES);
	}

	private MatrixCodingEditor ran(MatrixOptions options, Percent percent) throws Exception {
		MatrixCodingEditor editor = (MatrixCodingEditor) page.openEditor(new MatrixCodingInput(coded.study.getDirectory()),
				MatrixCodingEditor.ID);
		editor.setOptions(options, percent);
		editor.run();
		assertNotNull(editor.getRunning(), "counting runs as a job");
		waitForJobs();
		assertNotNull(editor.getMatrix(), editor.getMessages());
		return editor;
	}

	private static String cell(CodingMatrix m, Percent percent, int row, int column) {
		String text = Long.toString(m.count(row, column));
		if (percent != Percent.NONE) {
			double share = m.percent(percent, row, column);
			text += "   " + (Double.isNaN(share) ? "\u2014" : String.format(Locale.ROOT, "%.1f %%", 100 * share));
		}
		if (row >= 0 && column >= 0 && m.flagged(row, column)) {
			text += m.residual(row, column) > 0 ? "  \u25B2" : "  \u25BC";
		}
		return text;
	}

	private static int row(CodingMatrix m, String code) {
		for (int r = 0; r < m.rows().size(); r++) {
			if (m.rows().get(r).code().getName().equals(code)) {
				return r;
			}
		}
		throw new AssertionError("no row " + code);
	}

	@Test
	void theTableShowsTheCountsPercentagesAndResidualsOfTheMatrix() throws Exception {
		MatrixCodingEditor editor = ran(byCity(CodedSampleStudy.WANG), Percent.COLUMN);
		CodingMatrix expected = MatrixCoding.compute(coded.study, byCity(CodedSampleStudy.WANG), new NullProgressMonitor());
		CodingMatrix m = editor.getMatrix();
		assertEquals(List.of("阿坝州", "包头", "北京", "(none)"), m.columns());
		assertEquals(expected.provenance(), m.provenance());

		Table table = editor.getMatrixTable();
		List<String> headers = new ArrayList<>();
		for (int c = 0; c < table.getColumnCount(); c++) {
			headers.add(table.getColumn(c).getText());
		}
		assertEquals(List.of("Code", "阿坝州", "包头", "北京", "(none)", "Total"), headers);
		assertEquals(m.rows().size() + 1, table.getItemCount(), "a row per code and the total row");
		for (int i = 0; i < table.getItemCount(); i++) {
			int r = i == m.rows().size() ? -1 : i;
			for (int c = 1; c < table.getColumnCount(); c++) {
				int column = c == table.getColumnCount() - 1 ? -1 : c - 1;
				assertEquals(cell(expected, Percent.COLUMN, r, column), table.getItem(i).getText(c), "row " + r + ", column " + column);
			}
		}
		int talent = row(m, "Talent");
		assertEquals("    Talent", table.getItem(talent).getText(0), "indented by depth");
		int supply = row(m, "Supply-based tools");
		assertEquals(SWT.BOLD, table.getItem(supply).getFont(1).getFontData()[0].getStyle() & SWT.BOLD, "subtotals are bold");
		assertEquals(0, table.getItem(talent).getFont(1).getFontData()[0].getStyle() & SWT.BOLD);
		assertEquals("Total", table.getItem(m.rows().size()).getText(0));

		int regulatory = row(m, "Regulatory control");
		assertTrue(m.flagged(regulatory, 1), "Baotou's evaluation rules are mostly regulatory control");
		TableItem flagged = table.getItem(regulatory);
		assertTrue(flagged.getText(2).endsWith("\u25B2"), flagged.getText(2));
		RGB shade = flagged.getBackground(2).getRGB();
		assertTrue(shade.red > shade.blue + 40 && shade.red > 200, "more than expected is red: " + shade);
		RGB plain = table.getBackground().getRGB();
		assertNotEquals(plain, shade);
		assertEquals(plain, table.getItem(supply).getBackground(2).getRGB(), "subtotals are not in the test of the leaves: no shade");
		for (int r = 0; r < m.rows().size(); r++) {
			for (int c = 0; c < m.columns().size(); c++) {
				if (m.flagged(r, c) && m.residual(r, c) < 0) {
					RGB below = table.getItem(r).getBackground(c + 1).getRGB();
					assertTrue(below.blue > below.red, "fewer than expected is blue: " + below);
				}
			}
		}
		assertTrue(editor.getChiSquareLine().startsWith(String.format(Locale.ROOT, "\u03C7\u00B2 = %.3f, df = %d",
				expected.chiSquare().orElseThrow().statistic(), expected.chiSquare().orElseThrow().degreesOfFreedom())), editor.getChiSquareLine());

		editor.setOptions(byCity(CodedSampleStudy.WANG), Percent.ROW);
		processEvents();
		assertEquals(cell(expected, Percent.ROW, regulatory, 1), table.getItem(regulatory).getText(2), "the percentage changes without a new run");
	}

	@Test
	void aCellListsItsCodingsWhichOpenTheDocumentAtTheSpan() throws Exception {
		MatrixCodingEditor editor = ran(byCity(null), Percent.COLUMN);
		CodingMatrix m = editor.getMatrix();
		int regulatory = row(m, "Regulatory control");
		editor.selectCell(regulatory, 1);
		processEvents();
		List<Coding> listed = editor.getDrillDown();
		assertEquals(m.drillDown(regulatory, 1), listed);
		assertEquals(12, listed.size(), "wang and li each coded six clauses of policy 4 as regulatory control");
		Table drill = editor.getDrillDownTable();
		assertEquals(12, drill.getItemCount());
		Coding first = listed.get(0);
		String title = Corpora.document(coded.study, 4).orElseThrow().getTitle();
		assertEquals("4  " + title, drill.getItem(0).getText(0));
		assertEquals(first.getClause(), drill.getItem(0).getText(1));
		String coded0 = coded.text(4, first.getStart(), first.getEnd()).replaceAll("\\s+", " ").strip();
		assertTrue(coded0.startsWith(drill.getItem(0).getText(2).replace("\u2026", "")), drill.getItem(0).getText(2));
		assertTrue(List.of(CodedSampleStudy.WANG, CodedSampleStudy.LI).contains(drill.getItem(0).getText(4)));

		editor.open(first);
		processEvents();
		DocumentEditor document = (DocumentEditor) page.getActiveEditor();
		assertEquals(4, document.getDocument().getNumber());
		assertEquals(coded.text(4, first.getStart(), first.getEnd()), document.getSelectedText(), "the coded span is selected");

		page.activate(editor);
		editor.selectCell(-1, -1);
		processEvents();
		assertEquals(m.drillDown(-1, -1), editor.getDrillDown(), "the grand total lists every coding");
		assertEquals(coded.codings.of(coded.tools).size(), editor.getDrillDown().size());
	}

	@Test
	void theThesisTabTheChartAndTheExportsShowTheSameMatrix() throws Exception {
		MatrixCodingEditor editor = ran(byCity(CodedSampleStudy.WANG), Percent.COLUMN);
		CodingMatrix m = editor.getMatrix();
		ThesisTable thesis = ThesisTable.of(m);
		Table table = editor.getThesisTable();
		assertEquals(thesis.lines().size(), table.getItemCount());
		assertEquals(2 + 4 * thesis.columns().size(), table.getColumnCount());
		TableItem first = table.getItem(0);
		ThesisTable.Line line = thesis.lines().get(0);
		assertEquals("Supply-based tools", first.getText(0));
		assertEquals("Talent", first.getText(1));
		assertEquals(Long.toString(line.typeCount()[0]), first.getText(2));
		assertEquals(String.format(Locale.ROOT, "%.2f%%", 100 * line.typeShare()[0]), first.getText(3));
		assertEquals(Long.toString(line.toolCount()[0]), first.getText(4), "type n, type %, tool n, tool % per column");
		assertEquals(Long.toString(line.typeCount()[1]), first.getText(6));
		assertEquals(Long.toString(line.toolCount()[1]), first.getText(8));
		assertEquals("", table.getItem(1).getText(0), "a type is named on its first line only");
		assertEquals("Total", table.getItem(table.getItemCount() - 1).getText(0));
		assertEquals(Long.toString(m.count(-1, -1)), table.getItem(table.getItemCount() - 1).getText(2 + 4 * m.columns().size()));

		CategoryDataset data = ((CategoryPlot) editor.getChart().getPlot()).getDataset();
		assertEquals(List.of("Supply-based tools", "Environment-based tools", "Demand-based tools"), data.getRowKeys());
		assertEquals(m.columns(), data.getColumnKeys());
		for (int r = 0, series = 0; r < m.rows().size(); r++) {
			if (m.rows().get(r).depth() == 0) {
				for (int c = 0; c < m.columns().size(); c++) {
					assertEquals(100 * m.percent(Percent.COLUMN, r, c), data.getValue(series, c).doubleValue(), 1e-9, "column shares stack to 100 %");
				}
				series++;
			}
		}

		Path csv = tmp.resolve("matrix.csv");
		editor.export(MatrixCodingEditor.Export.TABLE_CSV, csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).contains("# PolicyLens matrix coding"), lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("code,level,阿坝州,阿坝州 column %,")), lines.toString());
		int regulatory = row(m, "Regulatory control");
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"  Regulatory control\",1," + m.count(regulatory, 0) + ",")), lines.toString());

		Path thesisCsv = tmp.resolve("thesis.csv");
		editor.export(MatrixCodingEditor.Export.THESIS_CSV, thesisCsv);
		assertTrue(Files.readAllLines(thesisCsv, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith("type,tool,type n,type %")));

		for (MatrixCodingEditor.Export export : List.of(MatrixCodingEditor.Export.TABLE_XLSX, MatrixCodingEditor.Export.THESIS_XLSX)) {
			Path xlsx = tmp.resolve(export.name() + ".xlsx");
			editor.export(export, xlsx);
			try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
				assertEquals(export == MatrixCodingEditor.Export.TABLE_XLSX ? "Matrix" : "Thesis table", workbook.getSheetName(0));
				assertEquals(4, workbook.getNumberOfSheets(), "table, thesis, residuals, about");
			}
		}

		Path svg = tmp.resolve("chart.svg");
		editor.export(MatrixCodingEditor.Export.CHART_SVG, svg);
		String chart = Files.readString(svg);
		assertTrue(chart.contains("<svg") && chart.contains("包头"), "an SVG with the cities as labels");
		Path png = tmp.resolve("chart.png");
		editor.export(MatrixCodingEditor.Export.CHART_PNG, png);
		byte[] bytes = Files.readAllBytes(png);
		assertEquals(0x89, bytes[0] & 0xff);
		assertEquals('P', bytes[1]);
	}

	@Test
	void theCodesOfAnotherCodebookAreColumnsToo() throws Exception {
		Codebook domains = TestCodebooks.domains(coded.study);
		int[] governed = { 3, 4, 5 };
		for (int leaf : governed) {
			coded.codings.codeClause(domains.getCodes().get(3), 4, coded.leaves(4).get(leaf).getLabel(), CodedSampleStudy.WANG, null);
		}
		coded.codings.codeClause(domains.getCodes().get(0), 5, coded.leaves(5).get(8).getLabel(), CodedSampleStudy.WANG, null);
		coded.studies.saveChanges();
		MatrixOptions options = new MatrixOptions(coded.tools, new MatrixColumns.ByCodebook(domains), MatrixOptions.Count.CLAUSES,
				CodedSampleStudy.WANG, MatrixOptions.ChiSquareRows.TOP);
		MatrixCodingEditor editor = ran(options, Percent.NONE);
		CodingMatrix expected = MatrixCoding.compute(coded.study, options, new NullProgressMonitor());
		Table table = editor.getMatrixTable();
		assertEquals("Government", table.getColumn(4).getText());
		int regulatory = row(expected, "Regulatory control");
		assertEquals(3, expected.count(regulatory, 3), "policy 4's leaves 3-5 are regulatory control and government");
		assertEquals("3", table.getItem(regulatory).getText(4));
		assertEquals(Long.toString(expected.count(-1, -1)), table.getItem(table.getItemCount() - 1).getText(5));
	}

	@Test
	void withoutCodebooksOrCodingsTheEditorSaysWhyInsteadOfFailing() throws Exception {
		Fixtures.sampleStudy(tmp.resolve("plain"));
		coded.studies.open(tmp.resolve("plain"));
		processEvents();
		int shells = Display.getCurrent().getShells().length;
		MatrixCodingEditor editor = (MatrixCodingEditor) page.openEditor(new MatrixCodingInput(tmp.resolve("plain")), MatrixCodingEditor.ID);
		assertFalse(editor.canRun());
		assertTrue(editor.getMessages().contains("no codebook"), editor.getMessages());

		TestCodebooks.domains(coded.studies.getCurrent());
		coded.studies.saveChanges();
		processEvents();
		assertTrue(editor.canRun(), "the new codebook is offered at once");
		editor.run();
		waitForJobs();
		assertEquals(0, editor.getMatrix().count(-1, -1));
		assertTrue(editor.getMessages().contains("nothing to count"), editor.getMessages());
		assertEquals("", editor.getChiSquareLine());
		assertEquals("0   \u2014", editor.getMatrixTable().getItem(editor.getMatrixTable().getItemCount() - 1).getText(1),
				"no count, no share");
		assertEquals(shells, Display.getCurrent().getShells().length, "no dialog");
	}
}
