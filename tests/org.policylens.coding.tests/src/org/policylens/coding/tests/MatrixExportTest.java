package org.policylens.coding.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.coding.matrix.CodingMatrix;
import org.policylens.coding.matrix.MatrixChart;
import org.policylens.coding.matrix.MatrixCoding;
import org.policylens.coding.matrix.MatrixColumns;
import org.policylens.coding.matrix.MatrixExport;
import org.policylens.coding.matrix.MatrixOptions;
import org.policylens.coding.matrix.Percent;
import org.policylens.coding.matrix.ThesisTable;
import org.policylens.tests.harness.Fixtures;
import org.policylens.text.charts.FrequencyChart;

/** The matrix of {@link MatrixFixture} as CSV, XLSX, the thesis layout and a stacked bar chart. */
public class MatrixExportTest {

	@TempDir
	Path tmp;

	private CodingMatrix matrix;

	@BeforeEach
	void setUp() throws Exception {
		var study = Fixtures.sampleStudy(tmp.resolve("study"));
		MatrixFixture fixture = new MatrixFixture(study);
		matrix = MatrixCoding.compute(study, new MatrixOptions(fixture.tools, new MatrixColumns.ByAttribute("city"),
				MatrixOptions.Count.REFERENCES, null, MatrixOptions.ChiSquareRows.TOP), new NullProgressMonitor());
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, java.util.Arrays.copyOf(bytes, 3), "a BOM for Excel");
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.builder().setCommentMarker('#').get().parse(new StringReader(text)).getRecords();
	}

	private static List<String> values(CSVRecord record) {
		return record.toList();
	}

	@Test
	void tableLayoutAsCsvWithProvenanceAndChiSquare() throws Exception {
		Path file = tmp.resolve("matrix.csv");
		MatrixExport.write(matrix, MatrixExport.Layout.TABLE, Percent.COLUMN, file);
		String text = Files.readString(file);
		assertTrue(text.contains("# PolicyLens matrix coding; rows: codebook policy-tools v1; columns: city; counting references; coders: all; 35 coding(s)"),
				text);
		assertTrue(text.contains("# chi-square = 9.2167, df = 6, p = 0.1618 (3 x 4 table of top rows)"), text);
		List<CSVRecord> records = csv(file);
		assertEquals(List.of("code", "level", "阿坝州", "阿坝州 column %", "包头", "包头 column %", "北京", "北京 column %", "(none)",
				"(none) column %", "Total", "Total column %"), values(records.get(0)));
		assertEquals(List.of("Supply-based tools", "0", "6", "60.00", "3", "30.00", "6", "60.00", "3", "60.00", "18", "51.43"),
				values(records.get(1)));
		assertEquals(List.of("  Talent", "1", "2", "20.00", "1", "10.00", "0", "0.00", "1", "20.00", "4", "11.43"), values(records.get(2)));
		assertEquals(List.of("Total", "0", "10", "100.00", "10", "100.00", "10", "100.00", "5", "100.00", "35", "100.00"),
				values(records.get(records.size() - 1)));
		assertEquals(14, records.size(), "header, 12 codes, total");

		MatrixExport.write(matrix, MatrixExport.Layout.TABLE, Percent.ROW, file);
		assertEquals(List.of("  Talent", "1", "2", "50.00", "1", "25.00", "0", "0.00", "1", "25.00", "4", "100.00"), values(csv(file).get(2)));
		assertThrows(IOException.class, () -> MatrixExport.write(matrix, MatrixExport.Layout.TABLE, Percent.ROW, tmp.resolve("m.txt")));
	}

	@Test
	void thesisLayoutTypeAndToolsPerCity() throws Exception {
		ThesisTable table = ThesisTable.of(matrix);
		assertEquals(List.of("阿坝州", "包头", "北京", "(none)", "Total"), table.columns());
		ThesisTable.Line first = table.lines().get(0);
		assertEquals("Supply-based tools", first.type().getName());
		assertEquals("Talent", first.tool().getName());
		assertTrue(first.firstOfType());
		assertEquals(6, first.typeCount()[0]);
		assertEquals(0.6, first.typeShare()[0], 1e-9);
		assertEquals(2, first.toolCount()[0]);
		assertEquals(4.0 / 35, first.toolShare()[4], 1e-9);
		assertEquals(10, table.lines().size(), "nine tools and the total line");

		Path file = tmp.resolve("thesis.csv");
		MatrixExport.write(matrix, MatrixExport.Layout.THESIS, Percent.COLUMN, file);
		List<CSVRecord> records = csv(file);
		assertEquals(List.of("", "", "阿坝州", "", "", "", "包头", "", "", "", "北京", "", "", "", "(none)", "", "", "", "Total", "", "", ""),
				values(records.get(0)));
		assertEquals(List.of("type", "tool", "type n", "type %", "tool n", "tool %"), values(records.get(1)).subList(0, 6));
		assertEquals(List.of("Supply-based tools", "Talent", "6", "60.00", "2", "20.00", "3", "30.00", "1", "10.00", "6", "60.00", "0", "0.00",
				"3", "60.00", "1", "20.00", "18", "51.43", "4", "11.43"), values(records.get(2)));
		assertEquals(List.of("", "Information support", "", "", "4", "40.00"), values(records.get(3)).subList(0, 6));
		assertEquals(List.of("Demand-based tools", "Government procurement", "0", "0.00", "0", "0.00"), values(records.get(9)).subList(0, 6));
		assertEquals(List.of("Total", "", "10", "100.00", "", ""), values(records.get(11)).subList(0, 6));
	}

	@Test
	void xlsxHasBothLayoutsTheResidualsAndProvenance() throws Exception {
		Path file = tmp.resolve("matrix.xlsx");
		MatrixExport.write(matrix, MatrixExport.Layout.THESIS, Percent.COLUMN, file);
		try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
			assertEquals(List.of("Thesis table", "Matrix", "Residuals", "About"),
					List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)));
			Sheet matrixSheet = workbook.getSheet("Matrix");
			Row talent = matrixSheet.getRow(2);
			assertEquals("  Talent", talent.getCell(0).getStringCellValue());
			assertEquals(2.0, talent.getCell(2).getNumericCellValue());
			Cell share = talent.getCell(3);
			assertEquals(0.2, share.getNumericCellValue(), 1e-12);
			assertEquals("0.00%", share.getCellStyle().getDataFormatString());
			Sheet thesis = workbook.getSheet("Thesis table");
			assertEquals("Supply-based tools", thesis.getRow(2).getCell(0).getStringCellValue());
			assertEquals(6.0, thesis.getRow(2).getCell(2).getNumericCellValue());

			Sheet residuals = workbook.getSheet("Residuals");
			assertEquals("Demand-based tools", residuals.getRow(3).getCell(0).getStringCellValue());
			Cell beijing = residuals.getRow(3).getCell(3);
			assertEquals(2.302831, beijing.getNumericCellValue(), 1e-6);
			assertEquals(FillPatternType.SOLID_FOREGROUND, beijing.getCellStyle().getFillPattern(), "beyond 1.96: filled");
			assertEquals(FillPatternType.NO_FILL, residuals.getRow(1).getCell(1).getCellStyle().getFillPattern());
			assertTrue(workbook.getSheet("About").getRow(1).getCell(0).getStringCellValue().startsWith("chi-square = 9.2167"));
		}
	}

	@Test
	void stackedBarsOfTheTypesPerCityAsSvgAndPng() throws Exception {
		JFreeChart chart = MatrixChart.create(matrix, Percent.COLUMN);
		CategoryDataset data = chart.getCategoryPlot().getDataset();
		assertEquals(List.of("Supply-based tools", "Environment-based tools", "Demand-based tools"), data.getRowKeys());
		assertEquals(List.of("阿坝州", "包头", "北京", "(none)"), data.getColumnKeys());
		assertEquals(60.0, data.getValue("Supply-based tools", "(none)").doubleValue(), 1e-9);
		assertEquals(6.0, MatrixChart.create(matrix, Percent.NONE).getCategoryPlot().getDataset().getValue(0, 2).doubleValue());
		assertEquals(new java.awt.Color(0x1F77B4), chart.getCategoryPlot().getRenderer().getSeriesPaint(0), "the code's colour");
		Path svg = tmp.resolve("types.svg");
		Path png = tmp.resolve("types.png");
		FrequencyChart.write(chart, 800, 500, svg);
		FrequencyChart.write(chart, 800, 500, png);
		assertTrue(Files.readString(svg).contains("<svg"));
		assertTrue(Files.readString(svg).contains("阿坝州"));
		byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, head);
		assertNull(matrix.columnCodes().orElse(null));
	}
}
