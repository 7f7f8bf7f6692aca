package org.policylens.p2.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.p2.AvailableFeature;
import org.policylens.p2.InstallResult;
import org.policylens.p2.Installation;
import org.policylens.p2.InstalledPlugin;
import org.policylens.p2.PluginInstaller;
import org.policylens.p2.tests.TestSites;
import org.policylens.p2.ui.PluginInstallJobs;
import org.policylens.p2.ui.internal.InstallPluginsDialog;

/**
 * Help &gt; Install Plugins in the running product: the dialog reads an update site as a job and
 * lists its features, the user checks one, and the install runs as a job into a test installation.
 */
public class InstallPluginsDialogTest {

	@TempDir
	Path tmp;

	private Installation installation;
	private InstallPluginsDialog dialog;

	@BeforeEach
	void installationAndDialog() throws Exception {
		installation = TestSites.installation(tmp.resolve("policylens"), tmp.resolve("site"));
		dialog = new InstallPluginsDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), installation);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@AfterEach
	void close() throws Exception {
		dialog.close();
		waitForJobs();
		installation.close();
	}

	@Test
	void theHelpMenuOffersInstallPlugins() {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.policylens.p2.ui.installPlugins");
		assertTrue(command.isDefined());
		assertTrue(command.isHandled(), "the handler of org.policylens.p2.ui is registered");
	}

	@Test
	void listsWhatASiteOffersAndInstallsTheCheckedFeatureAsAJob() throws Exception {
		dialog.setSite(tmp.resolve("site").toString());
		dialog.showFeatures();
		waitForJobs();
		assertEquals(List.of(TestSites.NEEDY, TestSites.SAMPLE), dialog.getListed().stream().map(AvailableFeature::id).toList());
		Button install = dialog.getShell().getDefaultButton();
		assertEquals("&Install", install.getText());
		assertFalse(install.isEnabled(), "nothing checked yet");

		dialog.check(TestSites.SAMPLE);
		assertTrue(install.isEnabled());
		install.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of(TestSites.SAMPLE), dialog.getFeatureIds());
		assertEquals(tmp.resolve("site").toUri(), dialog.getSiteLocation());

		List<InstallResult> results = new ArrayList<>();
		Job job = PluginInstallJobs.install(Display.getCurrent(), installation, dialog.getSiteLocation(), dialog.getFeatureIds(),
				results::add);
		assertTrue(job.isUser(), "shown in the Progress view, cancelable");
		waitForJobs();
		assertEquals(List.of(TestSites.SAMPLE), results.get(0).installed().stream().map(InstalledPlugin::id).toList());
		assertEquals(List.of(TestSites.SAMPLE), new PluginInstaller(installation).installed().stream().map(InstalledPlugin::id).toList());
	}

	@Test
	void aSiteThatCannotBeReadIsReportedInTheDialog() throws Exception {
		Path nowhere = tmp.resolve("nowhere");
		dialog.setSite(nowhere.toString());
		dialog.showFeatures();
		waitForJobs();
		assertEquals("there is no update site at " + nowhere + ": the folder does not exist", dialog.getErrorMessage());
		assertEquals(List.of(), dialog.getListed());
		dialog.setSite("ftp://example.org/updates");
		dialog.showFeatures();
		assertEquals("'ftp://example.org/updates': update sites are read over http, https or from files", dialog.getErrorMessage());
	}

	private static void waitForJobs() throws InterruptedException {
		processEvents();
		Job.getJobManager().join(ProgressTasks.FAMILY, null);
		processEvents();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let async updates run
		}
	}
}
