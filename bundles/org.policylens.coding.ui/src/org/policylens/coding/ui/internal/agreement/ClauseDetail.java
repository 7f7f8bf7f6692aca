package org.policylens.coding.ui.internal.agreement;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.policylens.codebook.CodeColours;
import org.policylens.codebook.CodeTree;
import org.policylens.coding.agreement.AgreementReport.Disagreement;
import org.policylens.coding.model.Coding;
import org.policylens.coding.ui.internal.matrix.DocumentTexts;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;

/**
 * The clause of a disagreement, to decide on: who coded it with the code and who did not, the
 * clause's text with the coded spans marked in the code's colour, and the coders' memos.
 */
final class ClauseDetail {

	private static final int LONGEST = 6000;

	private final StyledText text;
	private final DocumentTexts texts;

	ClauseDetail(Composite parent, DocumentTexts texts) {
		this.texts = texts;
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setMargins(8, 6, 8, 6);
		text.setFont(JFaceResources.getTextFont());
	}

	/** @param disagreement the disagreement to show, or {@code null} for none */
	void show(Disagreement disagreement) {
		if (disagreement == null) {
			text.setText("Select a disagreement to read its clause.");
			return;
		}
		StringBuilder shown = new StringBuilder();
		shown.append("Policy ").append(disagreement.document()).append(", clause ").append(disagreement.clause()).append(": ")
				.append(CodeTree.pathOf(disagreement.code())).append('\n');
		shown.append("Coded by ").append(String.join(", ", disagreement.codedBy())).append("; not by ") //$NON-NLS-1$
				.append(String.join(", ", disagreement.notCodedBy())).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
		String document = texts.text(disagreement.document());
		int[] span = span(disagreement, document);
		List<StyleRange> marks = new ArrayList<>();
		if (document == null) {
			shown.append("(The text of policy ").append(disagreement.document()).append(" cannot be read.)");
		} else {
			int start = shown.length();
			int end = Math.min(span[1], span[0] + LONGEST);
			shown.append(document, span[0], end);
			if (end < span[1]) {
				shown.append('\u2026');
			}
			Color colour = light(CodeColours.colourOf(disagreement.code()));
			for (Coding coding : disagreement.codings()) {
				int from = Math.max(coding.getStart(), span[0]);
				int to = Math.min(coding.getEnd(), end);
				if (to > from) {
					StyleRange mark = new StyleRange(start + from - span[0], to - from, null, colour);
					marks.add(mark);
				}
			}
		}
		for (Coding coding : disagreement.codings()) {
			if (coding.getMemo() != null) {
				shown.append("\n\n").append(coding.getCoder()).append(": ").append(coding.getMemo()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		text.setText(shown.toString());
		marks.stream().sorted(java.util.Comparator.comparingInt(r -> r.start)).forEach(text::setStyleRange);
	}

	/**
	 * @return the range of the clause in its document: the clause's, or the codings' for a unit outside every clause
	 */
	private int[] span(Disagreement disagreement, String document) {
		int start = disagreement.codings().stream().mapToInt(Coding::getStart).min().orElse(0);
		int end = disagreement.codings().stream().mapToInt(Coding::getEnd).max().orElse(0);
		Clause clause = texts.document(disagreement.document()).flatMap(d -> Corpora.clause(d, disagreement.clause())).orElse(null);
		if (clause != null) {
			start = clause.getStart();
			end = clause.getEnd();
		}
		int length = document == null ? 0 : document.length();
		return new int[] { Math.max(0, Math.min(start, length)), Math.max(0, Math.min(end, length)) };
	}

	private static Color light(String hex) {
		int[] rgb;
		try {
			rgb = CodeColours.rgb(hex);
		} catch (IllegalArgumentException e) {
			rgb = CodeColours.rgb(CodeColours.defaultColour(3));
		}
		return new Color(mix(rgb[0]), mix(rgb[1]), mix(rgb[2]));
	}

	private static int mix(int channel) {
		return (int) Math.round(255 + (channel - 255) * 0.45);
	}

	/** @return the text shown */
	String text() {
		return text.getText();
	}
}
