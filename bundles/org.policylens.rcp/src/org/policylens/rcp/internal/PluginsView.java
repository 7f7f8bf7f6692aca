package org.policylens.rcp.internal;

import java.util.List;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.policylens.common.plugins.ContributionInfo;
import org.policylens.common.plugins.ExtensionPointCatalog;
import org.policylens.common.plugins.ExtensionPointInfo;

/**
 * Window → Show View → Plugins: every PolicyLens extension point, what each installed plugin
 * contributes to it, and what is broken (the same as {@code policylens plugins}). Follows plugins
 * that are installed or removed while the product runs.
 */
public final class PluginsView extends ViewPart {

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private TreeViewer viewer;
	private List<ExtensionPointInfo> points = List.of();
	private final IRegistryEventListener registryListener = new IRegistryEventListener() {
		@Override
		public void added(IExtension[] extensions) {
			refreshLater();
		}

		@Override
		public void removed(IExtension[] extensions) {
			refreshLater();
		}

		@Override
		public void added(IExtensionPoint[] extensionPoints) {
			refreshLater();
		}

		@Override
		public void removed(IExtensionPoint[] extensionPoints) {
			refreshLater();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.setContentProvider(new ContentProvider());
		column("Extension point / contribution", 330, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ExtensionPointInfo p ? p.id() : ((ContributionInfo) element).id();
			}

			@Override
			public Image getImage(Object element) {
				if (element instanceof ExtensionPointInfo) {
					return image("extension-point.png"); //$NON-NLS-1$
				}
				return image(((ContributionInfo) element).isOk() ? "contribution.png" : "contribution-broken.png"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		column("Name", 380, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ExtensionPointInfo p ? p.label() : ((ContributionInfo) element).label();
			}
		});
		column("Plugin", 220, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ExtensionPointInfo p ? p.declaringBundle() : ((ContributionInfo) element).contributor();
			}
		});
		column("Status", 400, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof ExtensionPointInfo p) {
					return p.contributions().size() + " contribution(s)" + (p.brokenCount() > 0 ? ", " + p.brokenCount() + " broken" : ""); //$NON-NLS-3$
				}
				ContributionInfo c = (ContributionInfo) element;
				return c.isOk() ? "ok" : String.join("; ", c.problems()); //$NON-NLS-1$
			}

			@Override
			public org.eclipse.swt.graphics.Color getForeground(Object element) {
				return element instanceof ContributionInfo c && !c.isOk()
						? Display.getCurrent().getSystemColor(SWT.COLOR_RED)
						: null;
			}
		});
		Action problemsOnly = new Action("Show only broken contributions", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				viewer.setFilters(isChecked() ? new ViewerFilter[] { new BrokenFilter() } : new ViewerFilter[0]);
				viewer.expandAll();
			}
		};
		problemsOnly.setImageDescriptor(icon("contribution-broken.png")); //$NON-NLS-1$
		Action refresh = new Action("Refresh") {
			@Override
			public void run() {
				refresh();
			}
		};
		getViewSite().getActionBars().getToolBarManager().add(problemsOnly);
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		Platform.getExtensionRegistry().addListener(registryListener);
		refresh();
	}

	private void column(String title, int width, ColumnLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
	}

	/** Reads the registry again and checks every contribution. */
	public void refresh() {
		points = new ExtensionPointCatalog(Platform.getExtensionRegistry(), "org.policylens").read(true); //$NON-NLS-1$
		viewer.setInput(points);
		viewer.expandAll();
		long broken = points.stream().mapToLong(ExtensionPointInfo::brokenCount).sum();
		setContentDescription(points.size() + " extension points, "
				+ points.stream().mapToInt(p -> p.contributions().size()).sum() + " contributions"
				+ (broken > 0 ? ", " + broken + " broken (see the Status column and the Error Log)" : ", all working"));
	}

	/** @return what the view shows, for tests */
	public List<ExtensionPointInfo> getPoints() {
		return points;
	}

	private void refreshLater() {
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				refresh();
			}
		});
	}

	private Image image(String name) {
		return resources.create(icon(name));
	}

	private static ImageDescriptor icon(String name) {
		return ImageDescriptor.createFromURL(PluginsView.class.getResource("/icons/" + name)); //$NON-NLS-1$
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		Platform.getExtensionRegistry().removeListener(registryListener);
		resources.dispose();
		super.dispose();
	}

	private static final class ContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object element) {
			return element instanceof ExtensionPointInfo p ? p.contributions().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ExtensionPointInfo p && !p.contributions().isEmpty();
		}
	}

	private static final class BrokenFilter extends ViewerFilter {
		@Override
		public boolean select(org.eclipse.jface.viewers.Viewer v, Object parent, Object element) {
			return element instanceof ExtensionPointInfo p ? p.brokenCount() > 0 : !((ContributionInfo) element).isOk();
		}
	}
}
