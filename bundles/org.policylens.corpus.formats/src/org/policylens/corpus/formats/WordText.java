package org.policylens.corpus.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word document's body: one line per paragraph, one line per table row with the
 * cells separated by tabs, in the order of the body. Headers, footers and comments are left out.
 */
final class WordText {

	private WordText() {
	}

	/**
	 * @param document a Word document
	 * @return its text, lines separated by LF
	 */
	static String of(XWPFDocument document) {
		List<String> lines = new ArrayList<>();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				lines.add(paragraph.getText());
			} else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					lines.add(row.getTableCells().stream().map(WordText::cell).collect(Collectors.joining("\t"))); //$NON-NLS-1$
				}
			} else if (element instanceof XWPFSDT control) {
				lines.add(control.getContent().getText());
			}
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}

	/** A cell on one line: its paragraphs (and nested tables) joined by spaces. */
	private static String cell(XWPFTableCell cell) {
		return cell.getTextRecursively().strip().replaceAll("\\s*[\\t\\r\\n]+\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
