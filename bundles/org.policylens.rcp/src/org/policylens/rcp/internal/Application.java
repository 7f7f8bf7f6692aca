package org.policylens.rcp.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The desktop application. Arguments: {@code --study DIR} opens that study, {@code --sample} the
 * sample study; otherwise the preference "on start" decides (the last study by default).
 */
public final class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		StartupRequest request = StartupRequest.parse(given instanceof String[] strings ? Arrays.asList(strings) : List.of());
		Display display = PlatformUI.createDisplay();
		Location workspace = Platform.getInstanceLocation();
		try {
			if (workspace != null && workspace.isSet() && !workspace.lock()) {
				Shell shell = new Shell(display);
				MessageDialog.openError(shell, "PolicyLens is running already",
						"Another PolicyLens window uses " + workspace.getURL().getFile()
								+ ".\nSwitch to it, or start this one with -data OTHER_FOLDER.");
				shell.dispose();
				return EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new PolicyLensWorkbenchAdvisor(request));
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
			if (workspace != null && workspace.isLocked()) {
				workspace.release();
			}
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}

	/** What the user asked for on the command line. */
	record StartupRequest(Path study, boolean sample) {
		static StartupRequest parse(List<String> args) {
			Path study = null;
			boolean sample = false;
			for (int i = 0; i < args.size(); i++) {
				if (args.get(i).equals("--study") && i + 1 < args.size()) { //$NON-NLS-1$
					study = Path.of(args.get(++i));
				} else if (args.get(i).equals("--sample")) { //$NON-NLS-1$
					sample = true;
				}
			}
			return new StartupRequest(study, sample);
		}
	}
}
