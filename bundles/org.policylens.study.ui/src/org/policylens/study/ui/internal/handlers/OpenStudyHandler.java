package org.policylens.study.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.study.StudyException;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.Errors;

/** File → Open Study…: choose a study folder. */
public final class OpenStudyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Open Study");
		dialog.setMessage("Choose a study folder (it holds study.policylens)");
		IStudyService studies = HandlerUtil.getActiveWorkbenchWindow(event).getService(IStudyService.class);
		dialog.setFilterPath(studies.getStudiesFolder().toString());
		String chosen = dialog.open();
		if (chosen != null) {
			open(shell, studies, Path.of(chosen));
		}
		return null;
	}

	static void open(Shell shell, IStudyService studies, Path folder) {
		try {
			studies.open(folder);
		} catch (StudyException e) {
			Errors.show(shell, "Cannot open the study", e);
		}
	}
}
