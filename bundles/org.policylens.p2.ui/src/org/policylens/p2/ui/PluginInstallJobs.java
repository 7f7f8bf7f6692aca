package org.policylens.p2.ui;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.p2.AvailableFeature;
import org.policylens.p2.InstallResult;
import org.policylens.p2.Installation;
import org.policylens.p2.PluginInstaller;

/**
 * The plugin installer's work as Eclipse Jobs: progress in the status line and the Progress view,
 * cancel at any time (an install canceled changes nothing), failures reported by the workbench.
 */
public final class PluginInstallJobs {

	private PluginInstallJobs() {
	}

	/**
	 * Installs features from an update site.
	 *
	 * @param display      the display that runs {@code done}
	 * @param installation where to install
	 * @param site         the update site
	 * @param ids          the features to install
	 * @param done         called in the UI thread with what was installed, when it succeeded
	 * @return the scheduled job
	 */
	public static Job install(Display display, Installation installation, URI site, List<String> ids,
			Consumer<InstallResult> done) {
		PluginInstaller installer = new PluginInstaller(installation);
		Job job = ProgressTasks.asJob("Installing plugins from " + site, monitor -> installer.install(site, ids, monitor),
				result -> display.asyncExec(() -> done.accept(result)));
		job.schedule();
		return job;
	}

	/**
	 * Reads what an update site offers. Failures go to {@code done} as well: a dialog shows them
	 * next to the site, not in a separate error window.
	 *
	 * @param display      the display that runs {@code done}
	 * @param installation the installation (to mark what is installed)
	 * @param site         the update site
	 * @param done         called in the UI thread with the features, or with the failure
	 * @return the scheduled job
	 */
	public static Job list(Display display, Installation installation, URI site, Consumer<Listing> done) {
		PluginInstaller installer = new PluginInstaller(installation);
		Job job = ProgressTasks.asJob("Reading the update site " + site, monitor -> {
			try {
				return new Listing(installer.available(site, monitor), null);
			} catch (CoreException e) {
				return new Listing(List.of(), e.getStatus().getMessage());
			}
		}, listing -> display.asyncExec(() -> done.accept(listing)));
		job.setUser(false);
		job.schedule();
		return job;
	}

	/**
	 * What an update site offers.
	 *
	 * @param features its features
	 * @param error    why it could not be read, or {@code null}
	 */
	public record Listing(List<AvailableFeature> features, String error) {
	}
}
