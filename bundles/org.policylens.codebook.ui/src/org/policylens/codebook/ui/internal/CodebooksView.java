package org.policylens.codebook.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.ui.internal.handlers.CodebookHandlers;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.IStudyService;

/**
 * The codebooks of the open study (id, name, version, number of codes, origin). Double-click opens
 * one in the codebook editor; the toolbar and context menu hold the Codebooks commands (Open, Add
 * from Plugin, New Codebook, Import and Export REFI-QDA), contributed in plugin.xml.
 */
public final class CodebooksView extends ViewPart implements IStudyListener {

	private IStudyService studies;
	private TableViewer table;

	@Override
	public void createPartControl(Composite parent) {
		studies = getSite().getService(IStudyService.class);
		table = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column("Id", 120, SWT.LEFT, Codebook::getId);
		column("Name", 220, SWT.LEFT, Codebook::getName);
		column("Version", 60, SWT.RIGHT, c -> Integer.toString(c.getVersion()));
		column("Codes", 60, SWT.RIGHT, c -> Integer.toString(CodeTree.all(c).size()));
		column("Origin", 220, SWT.LEFT, c -> c.getOrigin() == null ? "" : c.getOrigin()); //$NON-NLS-1$
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addDoubleClickListener(e -> open());
		getSite().setSelectionProvider(table);
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		table.getControl().setMenu(menu.createContextMenu(table.getControl()));
		getSite().registerContextMenu(menu, table);
		studies.addStudyListener(this);
		refresh();
	}

	private void column(String title, int width, int style, Function<Codebook, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, style);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Codebook) element);
			}
		});
	}

	/** Shows the codebooks of the open study as they are now. */
	public void refresh() {
		OpenStudy study = studies.getCurrent();
		table.setInput(study == null ? List.of() : new Codebooks(study, studies.getActor()).list());
	}

	/** @return the table of codebooks */
	public TableViewer getViewer() {
		return table;
	}

	private void open() {
		try {
			getSite().getService(IHandlerService.class).executeCommand(CodebookHandlers.OPEN, null);
		} catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.common.NotDefinedException
				| org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
			Errors.show(getSite().getShell(), "Cannot open the codebook", e);
		}
	}

	@Override
	public void studyOpened(OpenStudy study) {
		refresh();
	}

	@Override
	public void studyChanged(OpenStudy study) {
		refresh();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (studies != null) {
			studies.removeStudyListener(this);
		}
		super.dispose();
	}
}
