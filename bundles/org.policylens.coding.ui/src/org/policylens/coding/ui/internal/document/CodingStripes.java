package org.policylens.coding.ui.internal.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.coding.Codes;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coding;
import org.policylens.coding.ui.internal.CodingUi;
import org.policylens.corpus.ui.IDocumentView;
import org.policylens.corpus.ui.IDocumentViewContribution;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.IStudyService;

/**
 * Coding stripes in the margin of every document editor, as in NVivo: one column per code used in
 * the document (in codebook order, in the code's colour), a bar beside each coded span; hovering
 * names the code, coder and memo, a click selects the coded text. Only the codings of the coder
 * chosen in the Codes view are shown (all coders by default). Codes dropped from the Codes view
 * onto the text code the selection, or the clause under the pointer.
 */
public final class CodingStripes implements IDocumentViewContribution {

	/** Width of one column of stripes, with its gap. */
	static final int COLUMN = 10;
	/** Width of a stripe. */
	static final int BAR = 7;
	/** At most this many columns; codes beyond share the last. */
	static final int MAX_COLUMNS = 16;

	@Override
	public Runnable install(IDocumentView view) {
		Stripes stripes = new Stripes(view);
		return stripes::uninstall;
	}

	/**
	 * @param view a document view
	 * @return the stripes installed in it, if any (for tests)
	 */
	public static Stripes of(IDocumentView view) {
		return (Stripes) view.getMargin().getData(Stripes.class.getName());
	}

	/** The stripes of one editor. */
	public static final class Stripes implements IStudyListener {
		private final IDocumentView view;
		private final IStudyService studies;
		private final LocalResourceManager resources;
		private final IPreferenceChangeListener filterListener = e -> refresh();
		private final DropTarget drop;
		private List<Coding> shown = List.of();
		private Map<Code, Integer> columns = Map.of();
		private final List<Bar> bars = new ArrayList<>();

		/** A stripe as drawn, for hovering and clicking. */
		public record Bar(Coding coding, Rectangle area) {
		}

		Stripes(IDocumentView view) {
			this.view = view;
			this.studies = PlatformUI.getWorkbench().getService(IStudyService.class);
			this.resources = new LocalResourceManager(JFaceResources.getResources(), view.getMargin());
			Canvas margin = view.getMargin();
			margin.setData(Stripes.class.getName(), this);
			margin.addPaintListener(this::paint);
			margin.addListener(SWT.MouseMove, this::hover);
			margin.addListener(SWT.MouseDown, this::click);
			view.getTextWidget().addListener(SWT.Resize, e -> margin.redraw());
			view.getTextWidget().addListener(SWT.MouseVerticalWheel, e -> margin.redraw());
			view.getTextWidget().getVerticalBar().addListener(SWT.Selection, e -> margin.redraw());
			drop = dropTarget(view.getTextWidget());
			studies.addStudyListener(this);
			CodingUi.preferences().addPreferenceChangeListener(filterListener);
			refresh();
		}

		void uninstall() {
			CodingUi.preferences().removePreferenceChangeListener(filterListener);
			studies.removeStudyListener(this);
			if (!drop.isDisposed()) {
				drop.dispose();
			}
		}

		@Override
		public void studyOpened(OpenStudy study) {
			// the editor closes itself
		}

		@Override
		public void studyChanged(OpenStudy study) {
			view.getMargin().getDisplay().asyncExec(this::refresh);
		}

		/** Reads the document's codings again and lays out the columns. */
		void refresh() {
			if (view.getMargin().isDisposed()) {
				return;
			}
			String coder = CodingUi.coderFilter();
			List<Coding> all = StudyCodings.of(view.getStudy()).ofDocument(view.getDocument().getNumber());
			shown = coder == null ? all : all.stream().filter(c -> coder.equals(c.getCoder())).toList();
			columns = columns(shown);
			view.setMarginWidth(columns.isEmpty() ? 0 : 6 + COLUMN * Math.min(MAX_COLUMNS, columns.size()));
			view.getMargin().redraw();
		}

		/** One column per code, in the order of the codebooks and their trees. */
		static Map<Code, Integer> columns(List<Coding> codings) {
			Map<Code, Integer> order = new HashMap<>();
			for (Coding coding : codings) {
				order.computeIfAbsent(coding.getCode(), Stripes::rank);
			}
			Map<Code, Integer> columns = new LinkedHashMap<>();
			order.entrySet().stream().sorted(Map.Entry.comparingByValue())
					.forEach(e -> columns.put(e.getKey(), Math.min(MAX_COLUMNS - 1, columns.size())));
			return columns;
		}

		private static int rank(Code code) {
			var book = CodeTree.codebookOf(code);
			if (book == null) {
				return Integer.MAX_VALUE;
			}
			int bookIndex = book.eContainer() == null ? 0 : book.eContainer().eContents().indexOf(book);
			return bookIndex * 100_000 + CodeTree.all(book).indexOf(code);
		}

		/** @return the column of each code shown */
		public Map<Code, Integer> columns() {
			return columns;
		}

		/** @return the codings shown, in text order */
		public List<Coding> shown() {
			return shown;
		}

		/** @return the stripes last drawn */
		public List<Bar> bars() {
			return bars;
		}

		void paint(PaintEvent event) {
			draw(event.gc);
		}

		/**
		 * Draws the stripes of the visible part of the text.
		 *
		 * @param gc where
		 */
		public void draw(GC gc) {
			bars.clear();
			StyledText text = view.getTextWidget();
			if (shown.isEmpty() || text.isDisposed() || text.getCharCount() == 0) {
				return;
			}
			int top = text.getOffsetAtLine(text.getTopIndex());
			int bottomLine = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height) + 1);
			int bottom = bottomLine + 1 < text.getLineCount() ? text.getOffsetAtLine(bottomLine + 1) : text.getCharCount();
			int dy = text.toDisplay(0, 0).y - view.getMargin().toDisplay(0, 0).y;
			Map<Code, org.eclipse.swt.graphics.Color> colours = new HashMap<>();
			for (Coding coding : shown) {
				if (coding.getStart() >= bottom) {
					break; // sorted by start
				}
				if (coding.getEnd() <= top) {
					continue;
				}
				int start = Math.max(coding.getStart(), top);
				int end = Math.min(Math.max(coding.getEnd() - 1, coding.getStart()), text.getCharCount() - 1);
				Point from = text.getLocationAtOffset(Math.min(start, text.getCharCount() - 1));
				Point to = text.getLocationAtOffset(Math.max(end, 0));
				int y = from.y + dy;
				int height = Math.max(3, to.y - from.y + text.getLineHeight(Math.max(end, 0)));
				int x = 3 + COLUMN * columns.getOrDefault(coding.getCode(), 0);
				Rectangle area = new Rectangle(x, y, BAR, height);
				gc.setBackground(colours.computeIfAbsent(coding.getCode(), c -> CodingUi.colour(resources, c)));
				gc.fillRectangle(area);
				bars.add(new Bar(coding, area));
			}
		}

		private Bar barAt(int x, int y) {
			for (int i = bars.size() - 1; i >= 0; i--) {
				if (bars.get(i).area().contains(x, y)) {
					return bars.get(i);
				}
			}
			return null;
		}

		private void hover(Event event) {
			Bar bar = barAt(event.x, event.y);
			String tip = bar == null ? null : describe(bar.coding());
			if (!java.util.Objects.equals(tip, view.getMargin().getToolTipText())) {
				view.getMargin().setToolTipText(tip);
			}
		}

		static String describe(Coding coding) {
			StringBuilder tip = new StringBuilder(CodeTree.pathOf(coding.getCode()));
			tip.append("\nclause ").append(coding.getClause()).append(", coded by ").append(coding.getCoder()); //$NON-NLS-1$
			if (coding.getMemo() != null && !coding.getMemo().isBlank()) {
				tip.append("\nmemo: ").append(coding.getMemo()); //$NON-NLS-1$
			}
			if (coding.getEvidence() != null) {
				tip.append('\n').append(coding.getEvidence());
			}
			return tip.toString();
		}

		private void click(Event event) {
			Bar bar = barAt(event.x, event.y);
			if (bar != null && event.button == 1) {
				view.reveal(bar.coding().getStart(), bar.coding().getEnd() - bar.coding().getStart());
			}
		}

		private DropTarget dropTarget(StyledText text) {
			DropTarget target = new DropTarget(text, DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT);
			target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
			target.addDropListener(new DropTargetAdapter() {
				@Override
				public void dragEnter(DropTargetEvent event) {
					event.detail = DND.DROP_COPY;
				}

				@Override
				public void drop(DropTargetEvent event) {
					if (event.data instanceof String data && data.startsWith(CodingUi.CODE_DRAG_PREFIX)) {
						Point at = text.toControl(event.x, event.y);
						int offset = text.getOffsetAtPoint(at);
						codeDropped(data.substring(CodingUi.CODE_DRAG_PREFIX.length()), offset);
					}
				}
			});
			return target;
		}

		/**
		 * Codes the selection with a dropped code; when the drop is outside the selection, the
		 * clause under the pointer.
		 */
		public void codeDropped(String guid, int offset) {
			Code code = Codes.byGuid(view.getStudy(), guid).orElse(null);
			if (code == null) {
				return;
			}
			Point selection = view.getTextWidget().getSelectionRange();
			int[] range;
			if (selection.y > 0 && (offset < 0 || offset >= selection.x && offset <= selection.x + selection.y)) {
				range = new int[] { selection.x, selection.x + selection.y };
			} else if (offset >= 0) {
				range = org.policylens.corpus.Corpora.clauseAt(view.getDocument(), offset)
						.map(c -> new int[] { c.getStart(), c.getEnd() }).orElse(null);
			} else {
				range = view.getSelectedRange().orElse(null);
			}
			if (range != null) {
				CodeSelection.code(view, code, range, null);
			}
		}
	}
}
