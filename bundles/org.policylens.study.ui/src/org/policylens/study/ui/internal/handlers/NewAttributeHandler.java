package org.policylens.study.ui.internal.handlers;

import java.util.Arrays;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.internal.AttributeDialog;
import org.policylens.study.ui.Errors;

/** Defines a case attribute of the open study (recorded in its history). */
public final class NewAttributeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IStudyService studies = HandlerUtil.getActiveWorkbenchWindow(event).getService(IStudyService.class);
		OpenStudy study = studies.getCurrent();
		if (study == null) {
			return null;
		}
		AttributeDialog dialog = new AttributeDialog(HandlerUtil.getActiveShell(event), study);
		if (dialog.open() != org.eclipse.jface.window.Window.OK) {
			return null;
		}
		study.addAttribute(studies.getActor(), dialog.getName(), dialog.getLabel(), dialog.getType(),
				Arrays.asList(dialog.getValues()));
		try {
			studies.saveChanges();
		} catch (StudyException e) {
			Errors.show(HandlerUtil.getActiveShell(event), "Cannot save the study", e);
		}
		return null;
	}

	@Override
	public boolean isEnabled() {
		return PlatformUI.isWorkbenchRunning()
				&& PlatformUI.getWorkbench().getService(IStudyService.class).getCurrent() != null;
	}
}
