package org.policylens.corpus.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.DocumentEditorInput;
import org.policylens.corpus.ui.IDocumentView;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.StudyEditorPart;

/**
 * A policy document: its clause outline (with the clause ids), its text (the header lines in grey,
 * the selected clause highlighted) and its metadata, which can be corrected here.
 */
public final class DocumentEditor extends StudyEditorPart implements IStudyListener, IDocumentView {

	/** The id of the context menu of the text and the outline, for menu contributions. */
	public static final String CONTEXT_MENU = "org.policylens.corpus.ui.document"; //$NON-NLS-1$

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private IStudyService studies;
	private OpenStudy study;
	private Document document;
	private String text = ""; //$NON-NLS-1$
	private TreeViewer outline;
	private StyledText body;
	private MetadataTable metadata;
	private Canvas margin;
	private boolean syncing;
	private DocumentViewContributions contributions;
	private final List<Runnable> uninstall = new ArrayList<>();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DocumentEditorInput in)) {
			throw new PartInitException("not a PolicyLens document: " + input);
		}
		setSite(site);
		setInput(input);
		studies = site.getService(IStudyService.class);
		study = studies.getCurrent();
		if (study == null || !study.getDirectory().equals(in.study())) {
			throw new PartInitException("the study of this document is not open");
		}
		document = Corpora.document(study, in.number())
				.orElseThrow(() -> new PartInitException("the study has no policy " + in.number()));
		try {
			text = Corpora.text(study, document);
		} catch (IOException e) {
			throw new PartInitException("cannot read the text of policy " + in.number() + ": " + e.getMessage(), e);
		}
		setPartName(in.getName());
		setTitleToolTip(in.getToolTipText());
		studies.addStudyListener(this);
	}

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		outline = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		outline.setContentProvider(new ClauseContent());
		outline.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Clause c = (Clause) element;
				String own = text.substring(c.getStart(), Math.min(text.length(), c.getHeadingEnd())).strip();
				return c.getLabel() + "  " + (own.length() > 24 ? own.substring(0, 24) + "\u2026" : own); //$NON-NLS-1$ //$NON-NLS-2$
			}

			@Override
			public Image getImage(Object element) {
				return Images.get(resources, "clause.png"); //$NON-NLS-1$
			}

			@Override
			public String getToolTipText(Object element) {
				Clause c = (Clause) element;
				return c.getLabel() + " (" + c.getKind().getLiteral() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		outline.setInput(document);
		outline.expandToLevel(2);
		outline.addSelectionChangedListener(e -> {
			if (!syncing && ((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Clause clause) {
				reveal(clause.getStart(), clause.getEnd() - clause.getStart());
			}
		});

		SashForm right = new SashForm(sash, SWT.VERTICAL);
		Composite textArea = new Composite(right, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(textArea);
		body = new StyledText(textArea, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		margin = new Canvas(textArea, SWT.DOUBLE_BUFFERED);
		GridDataFactory.fillDefaults().grab(false, true).hint(0, SWT.DEFAULT).applyTo(margin);
		body.addListener(SWT.Paint, e -> margin.redraw());
		body.setText(text);
		body.setMargins(12, 8, 12, 8);
		body.setFont(JFaceResources.getTextFont());
		if (document.getBodyStart() > 0) {
			StyleRange header = new StyleRange(0, Math.min(document.getBodyStart(), text.length()),
					Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY), null);
			header.fontStyle = SWT.ITALIC;
			body.setStyleRange(header);
		}
		body.addCaretListener(e -> Corpora.clauseAt(document, e.caretOffset).ifPresent(clause -> {
			syncing = true;
			outline.setSelection(new StructuredSelection(clause), true);
			syncing = false;
		}));
		metadata = new MetadataTable(right, studies, document);
		right.setWeights(70, 30);
		sash.setWeights(28, 72);
		getSite().setSelectionProvider(outline);
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		body.setMenu(menu.createContextMenu(body));
		outline.getControl().setMenu(menu.createContextMenu(outline.getControl()));
		getSite().registerContextMenu(CONTEXT_MENU, menu, outline);
		installContributions();
	}

	private void installContributions() {
		contributions = new DocumentViewContributions(Platform.getExtensionRegistry(), null);
		contributions.start();
		for (DocumentViewContributions.Descriptor descriptor : contributions.getDescriptors()) {
			descriptor.getContribution().ifPresent(contribution -> SafeRunner.run(() -> {
				Runnable undo = contribution.install(this);
				if (undo != null) {
					uninstall.add(undo);
				}
			}));
		}
	}

	/**
	 * Shows and selects a range of the text.
	 *
	 * @param offset its start
	 * @param length its length
	 */
	public void reveal(int offset, int length) {
		if (body == null || body.isDisposed()) {
			return;
		}
		int start = Math.max(0, Math.min(offset, text.length()));
		int end = Math.max(start, Math.min(text.length(), offset + length));
		body.setSelection(start, end);
		body.setTopIndex(Math.max(0, body.getLineAtOffset(start) - 3));
	}

	@Override
	public Document getDocument() {
		return document;
	}

	/** @return the selected text, for tests */
	public String getSelectedText() {
		return body.getSelectionText();
	}

	/**
	 * Corrects a metadata value as the metadata table's value cell does.
	 *
	 * @param name  an attribute name, or {@code title}
	 * @param value the corrected value
	 */
	public void correctMetadata(String name, String value) {
		metadata.correct(name, value);
	}

	/** @return the metadata rows shown (label, value, origin), for tests */
	public List<String[]> getMetadataRows() {
		return metadata.rows();
	}

	/** @return the clause outline */
	public TreeViewer getOutline() {
		return outline;
	}

	@Override
	public void studyOpened(OpenStudy opened) {
		if (opened != study) {
			Display.getDefault().asyncExec(() -> getSite().getPage().closeEditor(this, false));
		}
	}

	@Override
	public void studyChanged(OpenStudy changed) {
		Display.getDefault().asyncExec(() -> {
			if (!outline.getControl().isDisposed()) {
				setPartName(document.getNumber() + " " + document.getTitle()); //$NON-NLS-1$
				metadata.refresh();
			}
		});
	}

	@Override
	public void setFocus() {
		body.setFocus();
	}

	@Override
	public OpenStudy getStudy() {
		return study;
	}

	@Override
	public String getText() {
		return text;
	}

	@Override
	public StyledText getTextWidget() {
		return body;
	}

	@Override
	public Canvas getMargin() {
		return margin;
	}

	@Override
	public void setMarginWidth(int width) {
		((GridData) margin.getLayoutData()).widthHint = Math.max(0, width);
		margin.getParent().layout(true);
	}

	@Override
	public Optional<int[]> getSelectedRange() {
		Point selection = body.getSelectionRange();
		if (selection.y > 0) {
			return Optional.of(new int[] { selection.x, selection.x + selection.y });
		}
		return getSelectedClause().map(c -> new int[] { c.getStart(), c.getEnd() });
	}

	@Override
	public Optional<Clause> getSelectedClause() {
		if (((IStructuredSelection) outline.getSelection()).getFirstElement() instanceof Clause clause) {
			return Optional.of(clause);
		}
		return Corpora.clauseAt(document, body.getCaretOffset());
	}

	@Override
	public IWorkbenchPart getPart() {
		return this;
	}

	@Override
	public void dispose() {
		uninstall.forEach(undo -> SafeRunner.run(undo::run));
		uninstall.clear();
		if (contributions != null) {
			contributions.stop();
		}
		studies.removeStudyListener(this);
		resources.dispose();
		super.dispose();
	}

	private static final class ClauseContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((Document) input).getClauses().toArray();
		}

		@Override
		public Object[] getChildren(Object element) {
			return ((Clause) element).getChildren().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return ((Clause) element).eContainer() instanceof Clause parent ? parent : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<Clause> children = ((Clause) element).getChildren();
			return !children.isEmpty();
		}
	}
}
