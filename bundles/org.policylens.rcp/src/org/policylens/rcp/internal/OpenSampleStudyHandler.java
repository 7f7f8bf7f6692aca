package org.policylens.rcp.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.study.StudyException;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;

/** File → Open Sample Study (the command is declared by the study UI, the sample by the product). */
public final class OpenSampleStudyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		try {
			SampleStudy.open(HandlerUtil.getActiveWorkbenchWindow(event).getService(IStudyService.class),
					HandlerUtil.getActiveShell(event));
		} catch (StudyException e) {
			Errors.show(HandlerUtil.getActiveShell(event), "Cannot open the sample study", e);
		}
		return null;
	}
}
