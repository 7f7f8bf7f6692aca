package org.policylens.coding.ui.internal.codes;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.CodingFilter;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coder;
import org.policylens.coding.model.Coding;
import org.policylens.coding.ui.internal.CodingUi;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.IStudyService;

/**
 * The codes of the study's codebooks, with how often each was applied (by the coder chosen in the
 * toolbar, or by all), as NVivo's Nodes: drag a code onto text to code it; select a code to see its
 * references below, double-click one to open the document at it.
 */
public final class CodesView extends ViewPart implements IStudyListener {

	/** The view id. */
	public static final String ID = "org.policylens.coding.ui.codes"; //$NON-NLS-1$

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final IPreferenceChangeListener filterListener = e -> getSite().getShell().getDisplay().asyncExec(this::refresh);
	private IStudyService studies;
	private TreeViewer tree;
	private TableViewer references;
	private Map<Code, int[]> counts = Map.of();
	private final Map<Integer, String> texts = new HashMap<>();

	@Override
	public void createPartControl(Composite parent) {
		studies = getSite().getService(IStudyService.class);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		tree = new TreeViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.getTree().setHeaderVisible(true);
		tree.setContentProvider(new Content());
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		treeColumn("Code", 220, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Codebook book ? book.getName() + "  v" + book.getVersion() : ((Code) element).getName(); //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof Code code ? CodingUi.swatch(resources, code) : null;
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof Codebook ? bold : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof Code code ? code.getDefinition() : ((Codebook) element).getDescription();
			}
		});
		treeColumn("References", 80, count(0));
		treeColumn("Clauses", 70, count(1));
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(tree);
		tree.addSelectionChangedListener(e -> showReferences());
		tree.addDragSupport(DND.DROP_COPY | DND.DROP_LINK, new Transfer[] { TextTransfer.getInstance() }, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				event.doit = selectedCode() != null && selectedCode().isCodable();
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = CodingUi.CODE_DRAG_PREFIX + selectedCode().getGuid();
			}
		});

		references = new TableViewer(sash, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		references.getTable().setHeaderVisible(true);
		references.setContentProvider(ArrayContentProvider.getInstance());
		referenceColumn("Policy", 50, c -> Integer.toString(c.getDocument()));
		referenceColumn("Clause", 90, Coding::getClause);
		referenceColumn("Text", 260, this::excerpt);
		referenceColumn("Coder", 70, Coding::getCoder);
		referenceColumn("Memo", 120, c -> c.getMemo() == null ? "" : c.getMemo()); //$NON-NLS-1$
		references.addDoubleClickListener(e -> open((Coding) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		sash.setWeights(65, 35);

		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
		getSite().registerContextMenu(menu, tree);
		getSite().setSelectionProvider(tree);
		getViewSite().getActionBars().getToolBarManager().add(new CoderAction());
		studies.addStudyListener(this);
		CodingUi.preferences().addPreferenceChangeListener(filterListener);
		refresh();
	}

	private void treeColumn(String title, int width, ColumnLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
	}

	private ColumnLabelProvider count(int which) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				int[] n = element instanceof Code code ? counts.get(code) : null;
				return n == null ? "" : Integer.toString(n[which]); //$NON-NLS-1$
			}
		};
	}

	private void referenceColumn(String title, int width, java.util.function.Function<Coding, String> text) {
		TableViewerColumn column = new TableViewerColumn(references, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Coding) element);
			}
		});
	}

	/** Reads the codebooks and counts again. */
	public void refresh() {
		if (tree.getControl().isDisposed()) {
			return;
		}
		OpenStudy study = studies.getCurrent();
		texts.clear();
		if (study == null) {
			counts = Map.of();
			tree.setInput(List.of());
			setContentDescription("No study is open.");
			references.setInput(List.of());
			return;
		}
		String coder = CodingUi.coderFilter();
		Map<Code, int[]> now = new HashMap<>();
		Map<Code, java.util.Set<String>> clauses = new HashMap<>();
		for (Coding coding : StudyCodings.of(study).find(CodingFilter.ALL.coder(coder))) {
			for (Code c = coding.getCode(); c != null; c = c.getParent()) {
				now.computeIfAbsent(c, k -> new int[2])[0]++;
				clauses.computeIfAbsent(c, k -> new java.util.HashSet<>()).add(coding.getDocument() + "/" + coding.getClause()); //$NON-NLS-1$
			}
		}
		clauses.forEach((code, set) -> now.get(code)[1] = set.size());
		counts = now;
		Object[] expanded = tree.getExpandedElements();
		tree.setInput(Codes.codebooks(study));
		if (expanded.length == 0) {
			tree.expandToLevel(2);
		} else {
			tree.setExpandedElements(expanded);
		}
		List<Codebook> books = Codes.codebooks(study);
		setContentDescription(books.isEmpty() ? "No codebook yet: add one from a plugin or import a .qdc file."
				: (coder == null ? "All coders" : "Coder: " + coder) + ". Drag a code onto text to code it.");
		showReferences();
	}

	private Code selectedCode() {
		Object selected = ((IStructuredSelection) tree.getSelection()).getFirstElement();
		return selected instanceof Code code ? code : null;
	}

	private void showReferences() {
		Code code = selectedCode();
		OpenStudy study = studies.getCurrent();
		references.setInput(code == null || study == null ? List.of()
				: StudyCodings.of(study).find(CodingFilter.ALL.code(code, true).coder(CodingUi.coderFilter())));
	}

	/** @return the references shown, for tests */
	public List<?> getReferences() {
		return (List<?>) references.getInput();
	}

	/** @return the code tree, for tests */
	public TreeViewer getTree() {
		return tree;
	}

	/**
	 * @param code a code
	 * @return how often it and the codes below it were applied (coding references, distinct
	 *         clauses), as shown
	 */
	public int[] getCounts(Code code) {
		return counts.getOrDefault(code, new int[2]);
	}

	private String excerpt(Coding coding) {
		OpenStudy study = studies.getCurrent();
		String text = texts.computeIfAbsent(coding.getDocument(), n -> {
			try {
				Document document = Corpora.document(study, n).orElse(null);
				return document == null ? "" : Corpora.text(study, document); //$NON-NLS-1$
			} catch (IOException e) {
				return ""; //$NON-NLS-1$
			}
		});
		if (coding.getEnd() > text.length()) {
			return ""; //$NON-NLS-1$
		}
		String excerpt = text.substring(coding.getStart(), Math.min(coding.getEnd(), coding.getStart() + 60)).replace('\n', ' ').strip();
		return coding.getEnd() - coding.getStart() > 60 ? excerpt + "\u2026" : excerpt; //$NON-NLS-1$
	}

	private void open(Coding coding) {
		OpenStudy study = studies.getCurrent();
		if (coding != null && study != null) {
			CodingUi.open(getSite().getPage(), study, coding.getDocument(), coding.getStart(), coding.getEnd() - coding.getStart());
		}
	}

	@Override
	public void studyOpened(OpenStudy study) {
		getSite().getShell().getDisplay().asyncExec(this::refresh);
	}

	@Override
	public void studyChanged(OpenStudy study) {
		getSite().getShell().getDisplay().asyncExec(this::refresh);
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		CodingUi.preferences().removePreferenceChangeListener(filterListener);
		studies.removeStudyListener(this);
		resources.dispose();
		super.dispose();
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object element) {
			return element instanceof Codebook book ? book.getCodes().toArray() : ((Code) element).getChildren().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Code code ? (code.getParent() != null ? code.getParent() : code.eContainer()) : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	/** The toolbar menu that chooses whose codings are shown. */
	private final class CoderAction extends Action implements IMenuCreator {
		private Menu menu;

		CoderAction() {
			super("Coder", IAction.AS_DROP_DOWN_MENU);
			setToolTipText("Show the codings of one coder, or of all");
			setMenuCreator(this);
		}

		@Override
		public void run() {
			CodingUi.setCoderFilter(null);
		}

		@Override
		public Menu getMenu(Control parent) {
			dispose();
			menu = new Menu(parent);
			item("All coders", null);
			OpenStudy study = studies.getCurrent();
			if (study != null) {
				for (Coder coder : StudyCodings.of(study).coders()) {
					item(coder.getName() == null ? coder.getId() : coder.getId() + " (" + coder.getName() + ")", coder.getId()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			return menu;
		}

		private void item(String label, String coder) {
			MenuItem item = new MenuItem(menu, SWT.RADIO);
			item.setText(label);
			item.setSelection(java.util.Objects.equals(coder, CodingUi.coderFilter()));
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					CodingUi.setCoderFilter(coder);
				}
			});
		}

		@Override
		public Menu getMenu(Menu parent) {
			return null;
		}

		@Override
		public void dispose() {
			if (menu != null) {
				menu.dispose();
				menu = null;
			}
		}
	}
}
