package org.policylens.study.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.study.ui.IStudyService;

/** File → Close Study. Every change is saved when it is made, so closing loses nothing. */
public final class CloseStudyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		HandlerUtil.getActiveWorkbenchWindow(event).getService(IStudyService.class).close();
		return null;
	}

	@Override
	public boolean isEnabled() {
		return PlatformUI.isWorkbenchRunning()
				&& PlatformUI.getWorkbench().getService(IStudyService.class).getCurrent() != null;
	}
}
