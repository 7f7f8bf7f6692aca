package org.policylens.corpus.ui;

import java.util.Optional;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.ui.IWorkbenchPart;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;

/**
 * A document open in the document editor, as plugins that add to it see it (through the extension
 * point {@code org.policylens.corpus.ui.documentViewContributions}): coding stripes, annotations,
 * highlights of search hits.
 */
public interface IDocumentView {

	/** @return the study the document belongs to */
	OpenStudy getStudy();

	/** @return the document */
	Document getDocument();

	/** @return its text; clause and coding offsets index into it */
	String getText();

	/** @return the widget that shows the text (read-only) */
	StyledText getTextWidget();

	/**
	 * The strip right of the text that contributions draw on (add a paint listener); hidden until a
	 * contribution gives it a width.
	 *
	 * @return the margin
	 */
	Canvas getMargin();

	/** @param width the margin's width in pixels (0 hides it) */
	void setMarginWidth(int width);

	/**
	 * @return the selected text as [start, end), or, when nothing is selected, the range of the
	 *         clause at the caret; empty when neither
	 */
	Optional<int[]> getSelectedRange();

	/** @return the clause at the caret or selected in the outline */
	Optional<Clause> getSelectedClause();

	/**
	 * Shows and selects a range of the text.
	 *
	 * @param offset its start
	 * @param length its length
	 */
	void reveal(int offset, int length);

	/** @return the editor, for its site (selection, services, menus) */
	IWorkbenchPart getPart();
}
