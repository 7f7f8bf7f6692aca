package org.policylens.study.ui.internal;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.LedgerEvent;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.IStudyService;

/**
 * The Study Explorer: the open study with its case attributes and history; when no study is
 * open, a start page with New, Open, the sample study and the recent studies.
 */
public final class StudyExplorerView extends ViewPart implements IStudyListener {

	/** The view id. */
	public static final String ID = "org.policylens.study.ui.explorer"; //$NON-NLS-1$

	private IStudyService studies;
	private Composite stack;
	private StackLayout layout;
	private TreeViewer viewer;
	private StartPage startPage;

	@Override
	public void createPartControl(Composite parent) {
		studies = getSite().getService(IStudyService.class);
		stack = new Composite(parent, SWT.NONE);
		layout = new StackLayout();
		stack.setLayout(layout);

		viewer = new TreeViewer(stack, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new StudyExplorerContentProvider());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new StudyExplorerLabelProvider()));
		viewer.setAutoExpandLevel(3);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof LedgerEvent ledgerEvent) {
				new EventDetailsDialog(getSite().getShell(), ledgerEvent).open();
			} else if (element != null) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);

		startPage = new StartPage(stack, getSite(), studies);
		studies.addStudyListener(this);
		studyOpened(studies.getCurrent());
	}

	/** @return the tree, for tests */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** @return whether the start page (no study open) is showing, for tests */
	public boolean isShowingStartPage() {
		return layout.topControl == startPage.getControl();
	}

	@Override
	public void studyOpened(OpenStudy study) {
		if (Display.getCurrent() != null) {
			show(study);
		} else {
			Display.getDefault().asyncExec(() -> show(study));
		}
	}

	@Override
	public void studyChanged(OpenStudy study) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.refresh();
		viewer.expandToLevel(3);
	}

	private void show(OpenStudy study) {
		if (stack.isDisposed()) {
			return;
		}
		if (study == null) {
			startPage.refresh();
			layout.topControl = startPage.getControl();
			setContentDescription(""); //$NON-NLS-1$
		} else {
			viewer.setInput(java.util.List.of(study));
			viewer.expandToLevel(3);
			layout.topControl = viewer.getControl();
			setContentDescription(""); //$NON-NLS-1$
		}
		stack.layout();
	}

	@Override
	public void setFocus() {
		layout.topControl.setFocus();
	}

	@Override
	public void dispose() {
		if (studies != null) {
			studies.removeStudyListener(this);
		}
		super.dispose();
	}
}
