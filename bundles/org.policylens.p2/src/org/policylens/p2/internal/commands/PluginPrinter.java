package org.policylens.p2.internal.commands;

import java.io.PrintStream;

import org.eclipse.core.runtime.Platform;
import org.policylens.p2.InstalledBundle;
import org.policylens.p2.InstalledPlugin;

/**
 * Prints installed plugins: a line with id, version and name, then each bundle it brought, and —
 * for the running installation — the bundle's state and its contributions to extension points.
 */
final class PluginPrinter {

	private final PrintStream out;
	private final RunningBundles running;

	/**
	 * @param out     where to print
	 * @param running whether the plugins are in the running installation (then the bundles' state is shown)
	 */
	PluginPrinter(PrintStream out, boolean running) {
		this.out = out;
		this.running = running ? new RunningBundles(Platform.getExtensionRegistry()) : null;
	}

	void print(InstalledPlugin plugin) {
		out.println(plugin.id() + "  " + plugin.version() + "  " + plugin.name()); //$NON-NLS-1$ //$NON-NLS-2$
		for (InstalledBundle bundle : plugin.bundles()) {
			out.println("  " + bundle.symbolicName() + "  " + bundle.version() //$NON-NLS-1$ //$NON-NLS-2$
					+ (running == null ? "" : "  " + running.state(bundle))); //$NON-NLS-1$ //$NON-NLS-2$
			if (running != null) {
				running.contributions(bundle).forEach(line -> out.println("    contributes to " + line));
			}
		}
	}
}
