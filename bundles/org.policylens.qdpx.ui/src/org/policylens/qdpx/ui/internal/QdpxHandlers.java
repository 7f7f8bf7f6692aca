package org.policylens.qdpx.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.qdpx.ui.QdpxJobs;
import org.policylens.study.ui.IStudyService;

/** File → Import REFI-QDA Project… and File → Export REFI-QDA Project…. */
public final class QdpxHandlers {

	private static final String[] NAMES = { "REFI-QDA projects (*.qdpx)", "All files" };
	private static final String[] EXTENSIONS = { "*.qdpx", "*" }; //$NON-NLS-1$ //$NON-NLS-2$

	private QdpxHandlers() {
	}

	private static IStudyService studies(ExecutionEvent event) {
		return HandlerUtil.getActiveWorkbenchWindow(event).getService(IStudyService.class);
	}

	/** Imports a project as a new study in the studies folder, named after the file, and opens it. */
	public static final class Import extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText("Import REFI-QDA Project");
			dialog.setFilterNames(NAMES);
			dialog.setFilterExtensions(EXTENSIONS);
			String file = dialog.open();
			if (file != null) {
				IStudyService studies = studies(event);
				QdpxJobs.importProject(shell, studies, Path.of(file), QdpxJobs.newStudyFolder(studies, Path.of(file)), null);
			}
			return null;
		}
	}

	/** Exports the open study. */
	public static final class Export extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			IStudyService studies = studies(event);
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setText("Export REFI-QDA Project");
			dialog.setFilterNames(NAMES);
			dialog.setFilterExtensions(EXTENSIONS);
			dialog.setFileName(studies.getCurrent().getDirectory().getFileName() + ".qdpx"); //$NON-NLS-1$
			dialog.setOverwrite(true);
			String file = dialog.open();
			if (file != null) {
				String name = file.toLowerCase(java.util.Locale.ROOT).endsWith(".qdpx") ? file : file + ".qdpx"; //$NON-NLS-1$ //$NON-NLS-2$
				QdpxJobs.exportStudy(shell, studies, Path.of(name), null);
			}
			return null;
		}

		@Override
		public boolean isEnabled() {
			return PlatformUI.isWorkbenchRunning()
					&& PlatformUI.getWorkbench().getService(IStudyService.class).getCurrent() != null;
		}
	}
}
