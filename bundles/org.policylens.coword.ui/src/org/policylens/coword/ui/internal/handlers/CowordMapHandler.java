package org.policylens.coword.ui.internal.handlers;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.coword.CowordException;
import org.policylens.coword.Measures;
import org.policylens.coword.ui.CowordMapInput;
import org.policylens.coword.ui.CowordRequest;
import org.policylens.coword.ui.internal.CowordMapDialog;
import org.policylens.coword.ui.internal.CowordMapEditor;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;

/** Analysis → Co-word Map…: asks what to map, builds the network as a Job and opens the map. */
public final class CowordMapHandler extends AbstractHandler {

	/** Why the core found no network that the map says in place of the map (the rest are errors). */
	static final Set<CowordException.Reason> SAID_ON_THE_MAP = EnumSet.of(CowordException.Reason.NO_UNITS,
			CowordException.Reason.NO_TERMS, CowordException.Reason.SINGLE_TERM, CowordException.Reason.NO_LINKS);

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		OpenStudy study = window.getService(IStudyService.class).getCurrent();
		Measures measures = new Measures(Platform.getExtensionRegistry(), null);
		measures.start();
		List<Measures.Info> installed;
		try {
			installed = measures.list();
		} finally {
			measures.stop();
		}
		CowordMapDialog dialog = new CowordMapDialog(window.getShell(), installed, study != null);
		if (dialog.open() == Window.OK) {
			build(window.getActivePage(), study, dialog.getRequest()).schedule();
		}
		return null;
	}

	/**
	 * Makes the job that builds a network and opens it in the map editor (or opens the editor with
	 * the reason there is none).
	 *
	 * @param page    where to open the map
	 * @param study   the open study, or {@code null} for a file source
	 * @param request what to map
	 * @return the job, not scheduled
	 */
	public static Job build(IWorkbenchPage page, OpenStudy study, CowordRequest request) {
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		Path folder = study != null ? study.getDirectory() : null;
		return ProgressTasks.asJob("Building the co-word map", monitor -> {
			try {
				return new CowordMapInput(folder, request.title(), request.build(study, monitor));
			} catch (CowordException e) {
				if (SAID_ON_THE_MAP.contains(e.reason())) {
					return new CowordMapInput(folder, request.title(), null, e.getMessage());
				}
				throw new CoreException(Status.error("Cannot build the co-word map: " + e.getMessage(), e));
			} catch (IllegalStateException | IllegalArgumentException e) {
				throw new CoreException(Status.error("Cannot build the co-word map: " + e.getMessage(), e));
			}
		}, input -> display.asyncExec(() -> open(page, input)));
	}

	private static void open(IWorkbenchPage page, CowordMapInput input) {
		try {
			page.openEditor(input, CowordMapEditor.ID);
		} catch (PartInitException e) {
			Errors.show(page.getWorkbenchWindow().getShell(), "Cannot open the co-word map", e);
		}
	}

	@Override
	public boolean isEnabled() {
		return PlatformUI.isWorkbenchRunning();
	}
}
