package org.policylens.study.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.internal.Commands;

/** File → Open Recent → a study. */
public final class OpenRecentStudyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String path = event.getParameter(Commands.PATH_PARAMETER);
		if (path == null) {
			throw new ExecutionException("no study folder given");
		}
		OpenStudyHandler.open(HandlerUtil.getActiveShell(event),
				HandlerUtil.getActiveWorkbenchWindow(event).getService(IStudyService.class), Path.of(path));
		return null;
	}
}
