package org.policylens.coding.matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policylens.study.AtomicFiles;

/**
 * Writes coding matrices: CSV (UTF-8 with BOM for Excel; the provenance and the χ² test as
 * {@code #} comment lines) in the table or the thesis layout, or XLSX with the chosen layout
 * first, then the other, the adjusted residuals (cells beyond ±1.96 filled) and an "About" sheet.
 * Percentages are written as percent values in CSV and as formatted shares in XLSX. Files are
 * written atomically.
 */
public final class MatrixExport {

	/** How the matrix is laid out. */
	public enum Layout {
		/** One line per code with subtotals, counts and a percentage per column (and residuals in XLSX). */
		TABLE,
		/** Thesis tables: per column a block of type n, type %, tool n, tool % (see {@link ThesisTable}). */
		THESIS
	}

	private MatrixExport() {
	}

	/**
	 * @param matrix  the matrix
	 * @param layout  the layout (the first sheet in XLSX)
	 * @param percent the percentage beside the counts of the table layout
	 * @param file    a .csv, .tsv or .xlsx file
	 * @throws IOException if it cannot be written
	 */
	public static void write(CodingMatrix matrix, Layout layout, Percent percent, Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) { //$NON-NLS-1$
			new AtomicFiles().write(file, out -> xlsx(matrix, layout, percent, out));
		} else if (name.endsWith(".csv") || name.endsWith(".tsv")) { //$NON-NLS-1$ //$NON-NLS-2$
			new AtomicFiles().write(file, out -> csv(matrix, grid(matrix, layout, percent), out, name.endsWith(".tsv"))); //$NON-NLS-1$
		} else {
			throw new IOException(file + ": write matrices as .csv, .tsv or .xlsx");
		}
	}

	/**
	 * @param matrix  the matrix
	 * @param layout  the layout
	 * @param percent the percentage of the table layout
	 * @return the matrix as tab-separated lines, header first (percentages as percent values)
	 */
	public static List<String> lines(CodingMatrix matrix, Layout layout, Percent percent) {
		return grid(matrix, layout, percent).lines();
	}

	/**
	 * @param matrix a matrix
	 * @return the lines that say what it is: provenance, χ² test and notes
	 */
	public static List<String> about(CodingMatrix matrix) {
		List<String> about = new ArrayList<>();
		about.add("PolicyLens matrix coding; " + matrix.provenance()); //$NON-NLS-1$
		matrix.chiSquare().ifPresent(chi -> {
			about.add(String.format(Locale.ROOT, "chi-square = %.4f, df = %d, p = %.4g (%d x %d table of %s rows)", chi.statistic(), //$NON-NLS-1$
					chi.degreesOfFreedom(), chi.p(), chi.rows().size(), chi.columns().size(),
					matrix.options().chiSquare().name().toLowerCase(Locale.ROOT)));
			about.addAll(chi.notes());
		});
		about.addAll(matrix.messages());
		return about;
	}

	private static Grid grid(CodingMatrix matrix, Layout layout, Percent percent) {
		return layout == Layout.THESIS ? Grid.thesis(matrix) : Grid.table(matrix, percent);
	}

	private static void csv(CodingMatrix matrix, Grid grid, OutputStream out, boolean tabs) throws IOException {
		if (!tabs) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.DEFAULT).builder().setCommentMarker('#').get();
		@SuppressWarnings("resource") // closing it would close the stream, which belongs to AtomicFiles
		CSVPrinter printer = new CSVPrinter(writer, format);
		for (String line : about(matrix)) {
			printer.printComment(line);
		}
		for (List<Object> row : grid.rows) {
			printer.printRecord(row.stream().map(String::valueOf).toList());
		}
		printer.flush();
	}

	private static void xlsx(CodingMatrix matrix, Layout layout, Percent percent, OutputStream out) throws IOException {
		try (Workbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Grid table = Grid.table(matrix, percent == Percent.NONE ? Percent.COLUMN : percent);
			Grid thesis = Grid.thesis(matrix);
			if (layout == Layout.THESIS) {
				sheet(workbook, "Thesis table", thesis, styles, 2); //$NON-NLS-1$
				sheet(workbook, "Matrix", table, styles, 1); //$NON-NLS-1$
			} else {
				sheet(workbook, "Matrix", table, styles, 1); //$NON-NLS-1$
				sheet(workbook, "Thesis table", thesis, styles, 2); //$NON-NLS-1$
			}
			sheet(workbook, "Residuals", Grid.residuals(matrix), styles, 1); //$NON-NLS-1$
			Sheet about = workbook.createSheet("About"); //$NON-NLS-1$
			List<String> lines = about(matrix);
			for (int i = 0; i < lines.size(); i++) {
				about.createRow(i).createCell(0).setCellValue(lines.get(i));
			}
			workbook.write(out);
		}
	}

	private static void sheet(Workbook workbook, String name, Grid grid, Styles styles, int headerRows) {
		Sheet sheet = workbook.createSheet(name);
		for (int r = 0; r < grid.rows.size(); r++) {
			Row row = sheet.createRow(r);
			List<Object> cells = grid.rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				Cell cell = row.createCell(c);
				Object value = cells.get(c);
				if (value instanceof Long n) {
					cell.setCellValue(n.doubleValue());
				} else if (value instanceof Integer n) {
					cell.setCellValue(n.doubleValue());
				} else if (value instanceof Grid.Share share) {
					if (!Double.isNaN(share.value())) {
						cell.setCellValue(share.value());
					}
					cell.setCellStyle(styles.percent);
				} else if (value instanceof Grid.Residual residual) {
					if (!Double.isNaN(residual.value())) {
						cell.setCellValue(residual.value());
						cell.setCellStyle(residual.flagged() ? residual.value() > 0 ? styles.above : styles.below : styles.decimal);
					}
				} else {
					cell.setCellValue(String.valueOf(value));
					if (r < headerRows) {
						cell.setCellStyle(styles.bold);
					}
				}
			}
		}
		sheet.setColumnWidth(0, 28 * 256);
		sheet.setColumnWidth(1, 20 * 256);
		sheet.createFreezePane(1, headerRows);
	}

	/** The cell styles of a workbook. */
	private static final class Styles {
		final CellStyle bold;
		final CellStyle percent;
		final CellStyle decimal;
		final CellStyle above;
		final CellStyle below;

		Styles(Workbook workbook) {
			bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%")); //$NON-NLS-1$
			decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("0.000")); //$NON-NLS-1$
			above = filled(workbook, IndexedColors.ROSE);
			below = filled(workbook, IndexedColors.LIGHT_TURQUOISE);
		}

		private CellStyle filled(Workbook workbook, IndexedColors colour) {
			CellStyle style = workbook.createCellStyle();
			style.cloneStyleFrom(decimal);
			style.setFillForegroundColor(colour.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		}
	}
}
