package org.policylens.coding.ui.internal.document;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.policylens.codebook.model.Code;
import org.policylens.coding.CodingException;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coding;
import org.policylens.coding.ui.internal.CodingUi;
import org.policylens.corpus.ui.IDocumentView;
import org.policylens.study.ui.IStudyService;

/**
 * Coding and uncoding from a document view, by the user of the product (the study service's
 * actor): saved at once and recorded in the ledger.
 */
public final class CodeSelection {

	private CodeSelection() {
	}

	private static IStudyService studies() {
		return PlatformUI.getWorkbench().getService(IStudyService.class);
	}

	/**
	 * Codes a range of the document.
	 *
	 * @param view  the document view
	 * @param code  the code
	 * @param range [start, end) of the document's text
	 * @param memo  a memo, or {@code null}
	 * @return the coding, or {@code null} when it could not be made (the user was told why)
	 */
	public static Coding code(IDocumentView view, Code code, int[] range, String memo) {
		IStudyService studies = studies();
		Shell shell = view.getPart().getSite().getShell();
		try {
			Coding coding = StudyCodings.of(view.getStudy()).codeSpan(code, view.getDocument().getNumber(), range[0], range[1],
					studies.getActor(), memo);
			CodingUi.save(studies, shell);
			return coding;
		} catch (CodingException e) {
			MessageDialog.openInformation(shell, "Cannot code", e.getMessage());
			return null;
		}
	}

	/**
	 * @param view  a document view
	 * @param range [start, end) of its text
	 * @return the codings shown (the coder filter applies) that overlap the range
	 */
	public static List<Coding> overlapping(IDocumentView view, int[] range) {
		String coder = CodingUi.coderFilter();
		return StudyCodings.of(view.getStudy()).ofDocument(view.getDocument().getNumber()).stream()
				.filter(c -> c.getStart() < range[1] && c.getEnd() > range[0])
				.filter(c -> coder == null || coder.equals(c.getCoder())).toList();
	}

	/**
	 * Removes codings and saves.
	 *
	 * @param view     the document view
	 * @param codings  codings of its document
	 */
	public static void uncode(IDocumentView view, List<Coding> codings) {
		IStudyService studies = studies();
		StudyCodings all = StudyCodings.of(view.getStudy());
		codings.forEach(c -> all.remove(c, studies.getActor()));
		CodingUi.save(studies, view.getPart().getSite().getShell());
	}
}
