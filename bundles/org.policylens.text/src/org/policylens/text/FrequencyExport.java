package org.policylens.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policylens.study.AtomicFiles;

/**
 * Writes word-frequency tables: CSV (UTF-8 with BOM, so that Excel shows Chinese right; one table
 * with a group column) or XLSX (one sheet per group and a sheet "About" with the provenance). Files
 * are written atomically.
 */
public final class FrequencyExport {

	private static final String[] HEADER = { "group", "rank", "term", "count", "documents", "share", "tfidf" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private FrequencyExport() {
	}

	/**
	 * @param table   the counts
	 * @param top     rows per group
	 * @param measure how rows are ranked
	 * @param file    a .csv or .xlsx file
	 * @throws IOException if it cannot be written
	 */
	public static void write(FrequencyTable table, int top, FrequencyTable.Measure measure, Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) { //$NON-NLS-1$
			new AtomicFiles().write(file, out -> xlsx(table, top, measure, out));
		} else if (name.endsWith(".csv") || name.endsWith(".tsv")) { //$NON-NLS-1$ //$NON-NLS-2$
			new AtomicFiles().write(file, out -> csv(table, top, measure, out, name.endsWith(".tsv"))); //$NON-NLS-1$
		} else {
			throw new IOException(file + ": write tables as .csv, .tsv or .xlsx");
		}
		if (!Files.exists(file)) {
			throw new IOException(file + " was not written");
		}
	}

	private static void csv(FrequencyTable table, int top, FrequencyTable.Measure measure, OutputStream out, boolean tabs)
			throws IOException {
		if (!tabs) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.DEFAULT).builder().setCommentMarker('#').get();
		@SuppressWarnings("resource") // closing it would close the stream, which belongs to AtomicFiles
		CSVPrinter printer = new CSVPrinter(writer, format);
		printer.printComment("PolicyLens word frequency; " + table.provenance()); //$NON-NLS-1$
		printer.printRecord((Object[]) HEADER);
		for (String group : table.groups()) {
			for (FrequencyTable.Row row : table.top(group, top, measure)) {
				printer.printRecord(group, row.rank(), row.term(), row.count(), row.documents(),
						String.format(Locale.ROOT, "%.6f", row.share()), String.format(Locale.ROOT, "%.4f", row.tfidf())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		printer.flush();
	}

	private static void xlsx(FrequencyTable table, int top, FrequencyTable.Measure measure, OutputStream out) throws IOException {
		try (Workbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%")); //$NON-NLS-1$
			for (String group : table.groups()) {
				String sheetName = WorkbookUtil.createSafeSheetName(group.isEmpty() ? "All documents" : group); //$NON-NLS-1$
				Sheet sheet = workbook.getSheet(sheetName) == null ? workbook.createSheet(sheetName)
						: workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName + " " + workbook.getNumberOfSheets())); //$NON-NLS-1$
				Row header = sheet.createRow(0);
				for (int i = 1; i < HEADER.length; i++) {
					Cell cell = header.createCell(i - 1);
					cell.setCellValue(HEADER[i]);
					cell.setCellStyle(bold);
				}
				int r = 1;
				for (FrequencyTable.Row row : table.top(group, top, measure)) {
					Row line = sheet.createRow(r++);
					line.createCell(0).setCellValue(row.rank());
					line.createCell(1).setCellValue(row.term());
					line.createCell(2).setCellValue(row.count());
					line.createCell(3).setCellValue(row.documents());
					Cell share = line.createCell(4);
					share.setCellValue(row.share());
					share.setCellStyle(percent);
					line.createCell(5).setCellValue(row.tfidf());
				}
				sheet.setColumnWidth(1, 24 * 256);
			}
			Sheet about = workbook.createSheet("About"); //$NON-NLS-1$
			about.createRow(0).createCell(0).setCellValue("PolicyLens word frequency");
			about.createRow(1).createCell(0).setCellValue("Grouped by: " + (table.groupedBy() == null ? "-" : table.groupedBy())); //$NON-NLS-2$
			about.createRow(2).createCell(0).setCellValue("Documents: " + table.documents());
			about.createRow(3).createCell(0).setCellValue("Ranked by: " + measure.name().toLowerCase(Locale.ROOT));
			about.createRow(4).createCell(0).setCellValue(table.provenance());
			workbook.write(out);
		}
	}
}
