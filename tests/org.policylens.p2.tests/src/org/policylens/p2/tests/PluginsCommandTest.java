package org.policylens.p2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.cli.ExitCodes;
import org.policylens.p2.Installation;
import org.policylens.tests.harness.CommandLine;

/**
 * {@code policylens plugins install|installed|uninstall} in-process, on an installation made in a
 * temporary folder ({@code --installation}), from an update site made by {@link TestSites}.
 */
public class PluginsCommandTest {

	@TempDir
	Path tmp;

	private CommandLine cli;
	private String folder;
	private String site;

	@BeforeEach
	void start() throws Exception {
		try (Installation installation = TestSites.installation(tmp.resolve("policylens"), tmp.resolve("site"))) {
			site = tmp.resolve("site").toString();
		}
		folder = tmp.resolve("policylens").toString();
		cli = new CommandLine("alice");
	}

	@AfterEach
	void stop() {
		cli.close();
	}

	@Test
	void listsInstallsShowsAndUninstallsAPlugin() {
		assertEquals(ExitCodes.OK, cli.run("plugins", "install", "--repository", site, "--list", "--installation", folder));
		assertEquals(TestSites.NEEDY + "   " + TestSites.VERSION + "  Needy plugin\n" //
				+ TestSites.SAMPLE + "  " + TestSites.VERSION + "  Sample codebook plugin\n", cli.out());

		assertEquals(ExitCodes.OK, cli.run("plugins", "install", "--repository", site, "--installation", folder, "org.example.sample"));
		assertEquals("Installed into " + folder + ":\n" //
				+ TestSites.SAMPLE + "  " + TestSites.VERSION + "  Sample codebook plugin\n" //
				+ "  " + TestSites.SAMPLE_BUNDLE + "  " + TestSites.VERSION + "\n" //
				+ "The change applies when PolicyLens in " + folder + " starts next.\n", cli.out());
		assertTrue(cli.err().contains("Installing org.example.sample: done in"), "progress on standard error: " + cli.err());

		assertEquals(ExitCodes.OK, cli.run("plugins", "install", "--repository", site, "--installation", folder, TestSites.SAMPLE));
		assertEquals("Installed already: " + TestSites.SAMPLE + "  " + TestSites.VERSION + "\n", cli.out());

		assertEquals(ExitCodes.OK, cli.run("plugins", "installed", "--installation", folder));
		assertEquals(TestSites.SAMPLE + "  " + TestSites.VERSION + "  Sample codebook plugin\n" //
				+ "  " + TestSites.SAMPLE_BUNDLE + "  " + TestSites.VERSION + "\n", cli.out());

		assertEquals(ExitCodes.OK, cli.run("plugins", "uninstall", "--installation", folder, TestSites.SAMPLE));
		assertEquals("Uninstalled " + TestSites.SAMPLE + "  " + TestSites.VERSION + "\n" //
				+ "The change applies when PolicyLens in " + folder + " starts next.\n", cli.out());
		assertEquals(ExitCodes.OK, cli.run("plugins", "installed", "--installation", folder));
		assertEquals("", cli.out());
		assertEquals("No plugins are installed in " + folder + " besides PolicyLens itself.\n", cli.err());
	}

	@Test
	void failuresExitWithOneAndSayWhy() {
		assertEquals(ExitCodes.FAILURE, cli.run("plugins", "install", "--repository", site, "--installation", folder, TestSites.NEEDY));
		assertTrue(cli.err().contains("policylens plugins install: p2 cannot install " + TestSites.NEEDY), cli.err());
		assertTrue(cli.err().contains("org.example.missing"), cli.err());

		assertEquals(ExitCodes.FAILURE, cli.run("plugins", "install", "--repository", site, "--installation", folder, "nosuch"));
		assertTrue(cli.err().contains("has no feature or bundle 'nosuch'; its features are: " + TestSites.NEEDY + ", " + TestSites.SAMPLE), cli.err());

		String missing = tmp.resolve("missing").toString();
		assertEquals(ExitCodes.FAILURE, cli.run("plugins", "install", "--repository", missing, "--list", "--installation", folder));
		assertTrue(cli.err().contains("there is no update site at " + missing + ": the folder does not exist"), cli.err());

		assertEquals(ExitCodes.FAILURE, cli.run("plugins", "installed", "--installation", site));
		assertTrue(cli.err().contains(site + " is not a PolicyLens installation"), cli.err());

		assertEquals(ExitCodes.FAILURE, cli.run("plugins", "uninstall", "--installation", folder, "org.example.other"));
		assertTrue(cli.err().contains("org.example.other is not installed; the installed plugins are: none"), cli.err());
	}

	@Test
	void wrongCommandLinesExitWithTwo() {
		assertEquals(ExitCodes.USAGE, cli.run("plugins", "install", "--repository", site));
		assertTrue(cli.err().contains("name the features to install (IU-ID...), or add --list"), cli.err());
		assertTrue(cli.err().contains("Run 'policylens help plugins install' for its usage."), cli.err());
		assertEquals(ExitCodes.USAGE, cli.run("plugins", "install", TestSites.SAMPLE));
		assertTrue(cli.err().contains("option --repository is required"), cli.err());
		assertEquals(ExitCodes.USAGE, cli.run("plugins", "install", "--repository", "ftp://example.org/x", "--list"));
		assertTrue(cli.err().contains("--repository: 'ftp://example.org/x': update sites are read over http, https or from files"), cli.err());
		assertEquals(ExitCodes.USAGE, cli.run("plugins", "instal"));
		assertTrue(cli.err().contains("'plugins' has no subcommand 'instal'; its subcommands: install, installed, uninstall"), cli.err());
		assertEquals(ExitCodes.USAGE, cli.run("plugins", "uninstall"));
		assertEquals(ExitCodes.USAGE, cli.run("plugins", "installed", "extra"));
	}

	@Test
	void theRunningPolicyLensOfATestHasNoProfileToChange() {
		assertEquals(ExitCodes.FAILURE, cli.run("plugins", "installed"));
		assertTrue(cli.err().contains("this PolicyLens runs without an installation profile"), cli.err());
	}

	@Test
	void helpListsTheSubcommandsUnderPlugins() {
		assertEquals(ExitCodes.OK, cli.run("help", "plugins"));
		assertTrue(cli.out().contains("  policylens plugins install --repository URL|FOLDER [--list] [--installation DIR] IU-ID...\n"), cli.out());
		assertTrue(cli.out().contains("  installed  Lists the plugins installed besides PolicyLens itself"), cli.out());
		assertEquals(ExitCodes.OK, cli.run("help", "plugins", "install"));
		assertTrue(cli.out().startsWith("plugins install — Installs plugins from a p2 update site"), cli.out());
		assertEquals(ExitCodes.OK, cli.run("plugins", "--no-check"));
		assertTrue(cli.out().matches("(?s).*\n    install +org\\.policylens\\.p2 +Installs plugins.*"), cli.out());
	}
}
