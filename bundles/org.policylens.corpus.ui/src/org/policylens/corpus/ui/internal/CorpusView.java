package org.policylens.corpus.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.metadata.Keys;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.DocumentEditors;
import org.policylens.corpus.ui.ImportJobs;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.IStudyService;

/**
 * The Corpus view: the documents of the open study, grouped by any case attribute (city, year,
 * issuer, ...), with their metadata in columns. Files dropped on it are imported.
 */
public final class CorpusView extends ViewPart implements IStudyListener {

	/** The view id. */
	public static final String ID = "org.policylens.corpus.ui.corpus"; //$NON-NLS-1$

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private IStudyService studies;
	private TreeViewer viewer;
	private String groupBy = Keys.CITY;

	@Override
	public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
		studies = getSite().getService(IStudyService.class);
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.setContentProvider(new Content());
		column("Document", 300, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof DocumentGroup g) {
					return g.value() + "  (" + g.documents().size() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				}
				Document d = (Document) element;
				return d.getNumber() + "  " + d.getTitle(); //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				return Images.get(resources, element instanceof DocumentGroup ? "group.png" : "document.png"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		column("Issued", 90, value(Keys.ISSUED));
		column("Issuer", 180, value(Keys.ISSUER));
		column("Number", 150, value(Keys.NUMBER));
		column("Type", 80, value(Keys.TYPE));
		column("Clauses", 60, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Document d ? Integer.toString(Corpora.allClauses(d).size()) : ""; //$NON-NLS-1$
			}
		});
		viewer.addDoubleClickListener(e -> {
			Object element = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (element instanceof Document d) {
				open(d);
			} else if (element != null) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		getViewSite().getActionBars().getToolBarManager().add(new GroupByAction());
		dropFiles(viewer.getControl());
		studies.addStudyListener(this);
		refresh();
	}

	private void column(String title, int width, ColumnLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
	}

	private static ColumnLabelProvider value(String key) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Document d) {
					String value = Corpora.value(d, key);
					return value == null ? "" : value; //$NON-NLS-1$
				}
				return ""; //$NON-NLS-1$
			}
		};
	}

	private void dropFiles(Control control) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = studies.getCurrent() == null ? DND.DROP_NONE : DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names) {
					importDropped(names);
				}
			}
		});
	}

	/**
	 * Imports dropped files and folders into the open study, as a Job.
	 *
	 * @param names the dropped paths
	 * @return the job, or {@code null} when no study is open
	 */
	public Job importDropped(String[] names) {
		if (studies.getCurrent() == null) {
			return null;
		}
		List<Path> files = new ArrayList<>();
		for (String name : names) {
			files.add(Path.of(name));
		}
		return ImportJobs.importFiles(getSite().getShell(), studies, files);
	}

	private void open(Document document) {
		try {
			DocumentEditors.open(getSite().getPage(), studies.getCurrent(), document, -1, 0);
		} catch (PartInitException e) {
			Errors.show(getSite().getShell(), "Cannot open the document", e);
		}
	}

	/** Shows the open study's documents again. */
	public void refresh() {
		OpenStudy study = studies.getCurrent();
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (study == null) {
			viewer.setInput(List.of());
			setContentDescription("No study is open.");
			return;
		}
		List<Document> documents = Corpora.documents(study);
		viewer.setInput(groupBy == null ? documents : groups(study, documents));
		viewer.expandToLevel(2);
		setContentDescription(documents.isEmpty() ? "No documents yet: drop files here or use File \u2192 Import Documents."
				: documents.size() + " document(s)" + (groupBy == null ? "" : ", grouped by " + groupBy)); //$NON-NLS-1$
	}

	private List<DocumentGroup> groups(OpenStudy study, List<Document> documents) {
		Map<String, List<Document>> groups = new LinkedHashMap<>();
		AttributeDefinition attribute = study.getAttribute(groupBy);
		if (attribute != null) {
			attribute.getValues().forEach(v -> groups.put(v, new ArrayList<>()));
		}
		for (Document d : documents) {
			String value = Corpora.value(d, groupBy);
			groups.computeIfAbsent(value == null ? "(none)" : value, v -> new ArrayList<>()).add(d); //$NON-NLS-1$
		}
		List<DocumentGroup> result = new ArrayList<>();
		groups.forEach((value, docs) -> {
			if (!docs.isEmpty()) {
				result.add(new DocumentGroup(value, docs));
			}
		});
		return result;
	}

	/** @param attribute the attribute to group by, or {@code null} */
	public void setGroupBy(String attribute) {
		groupBy = attribute;
		refresh();
	}

	/** @return the tree, for tests */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void studyOpened(OpenStudy study) {
		Display.getDefault().asyncExec(this::refresh);
	}

	@Override
	public void studyChanged(OpenStudy study) {
		Display.getDefault().asyncExec(this::refresh);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
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
			return element instanceof DocumentGroup g ? g.documents().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof DocumentGroup;
		}
	}

	/** A drop-down of the study's case attributes to group by. */
	private final class GroupByAction extends Action implements IMenuCreator {
		private Menu menu;

		GroupByAction() {
			super("Group by", IAction.AS_DROP_DOWN_MENU);
			setImageDescriptor(Images.descriptor("group.png")); //$NON-NLS-1$
			setToolTipText("Group the documents by a case attribute");
			setMenuCreator(this);
		}

		@Override
		public void run() {
			setGroupBy(groupBy == null ? Keys.CITY : null);
		}

		@Override
		public Menu getMenu(Control parent) {
			dispose();
			menu = new Menu(parent);
			OpenStudy study = studies.getCurrent();
			item("No grouping", null);
			if (study != null) {
				for (AttributeDefinition attribute : study.getStudy().getAttributes()) {
					item(attribute.getLabel() == null ? attribute.getName() : attribute.getLabel(), attribute.getName());
				}
			}
			return menu;
		}

		private void item(String label, String attribute) {
			MenuItem item = new MenuItem(menu, SWT.RADIO);
			item.setText(label);
			item.setSelection(java.util.Objects.equals(attribute, groupBy));
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					setGroupBy(attribute);
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
