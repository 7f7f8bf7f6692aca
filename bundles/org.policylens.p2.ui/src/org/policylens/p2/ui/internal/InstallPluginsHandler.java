package org.policylens.p2.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.p2.InstallResult;
import org.policylens.p2.Installation;
import org.policylens.p2.InstalledPlugin;
import org.policylens.p2.ui.PluginInstallJobs;

/**
 * Help &gt; Install Plugins: asks for an update site and features, installs them as a job, then
 * offers to restart PolicyLens, which adds the new plugins.
 */
public final class InstallPluginsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Installation installation;
		try {
			installation = Installation.running();
		} catch (CoreException e) {
			MessageDialog.openError(shell, InstallPluginsDialog.TITLE, "Plugins cannot be installed here: " + e.getStatus().getMessage());
			return null;
		}
		InstallPluginsDialog dialog = new InstallPluginsDialog(shell, installation);
		if (dialog.open() == Window.OK) {
			PluginInstallJobs.install(shell.getDisplay(), installation, dialog.getSiteLocation(), dialog.getFeatureIds(),
					result -> offerRestart(shell, result));
		}
		return null;
	}

	static void offerRestart(Shell shell, InstallResult result) {
		if (shell.isDisposed()) {
			return;
		}
		if (result.installed().isEmpty()) {
			MessageDialog.openInformation(shell, InstallPluginsDialog.TITLE, "Installed already: " + names(result.unchanged()) + ".");
			return;
		}
		if (MessageDialog.openQuestion(shell, InstallPluginsDialog.TITLE, "Installed " + names(result.installed())
				+ ".\n\nThe new plugins are active after PolicyLens restarts. Restart now?")) {
			PlatformUI.getWorkbench().restart();
		}
	}

	private static String names(List<InstalledPlugin> plugins) {
		return plugins.stream().map(p -> p.name() + " " + p.version()).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
