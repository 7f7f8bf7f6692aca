package org.policylens.p2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.p2.AvailableFeature;
import org.policylens.p2.InstallResult;
import org.policylens.p2.InstalledBundle;
import org.policylens.p2.InstalledPlugin;
import org.policylens.p2.Installation;
import org.policylens.p2.PluginInstaller;
import org.policylens.p2.UpdateSites;

/**
 * Real p2 installs into an installation made in a temporary folder, from an update site made by
 * {@link TestSites}: what a site offers, installing a feature with its bundle (profile, plugins
 * folder, configuration), what p2 refuses and why, unreadable sites, uninstalling, canceling.
 */
public class PluginInstallerTest {

	@TempDir
	Path tmp;

	private Installation installation;
	private PluginInstaller installer;
	private URI site;

	@BeforeEach
	void installationAndSite() throws Exception {
		installation = TestSites.installation(tmp.resolve("policylens"), tmp.resolve("site"));
		installer = new PluginInstaller(installation);
		site = tmp.resolve("site").toUri();
	}

	@AfterEach
	void close() {
		installation.close();
	}

	@Test
	void listsTheFeaturesOfAnUpdateSite() throws Exception {
		List<AvailableFeature> features = installer.available(site, new NullProgressMonitor());
		assertEquals(List.of(TestSites.NEEDY, TestSites.SAMPLE), features.stream().map(AvailableFeature::id).toList(),
				"features, not products");
		AvailableFeature sample = features.get(1);
		assertEquals(TestSites.VERSION, sample.version());
		assertEquals("Sample codebook plugin", sample.name());
		assertEquals("Sample codebook plugin, made by the tests", sample.description());
		assertFalse(sample.installed());
	}

	@Test
	void installsAFeatureWithItsBundle() throws Exception {
		InstallResult result = installer.install(site, List.of(TestSites.SAMPLE), new NullProgressMonitor());

		InstalledPlugin expected = new InstalledPlugin(TestSites.SAMPLE, TestSites.VERSION, "Sample codebook plugin",
				List.of(new InstalledBundle(TestSites.SAMPLE_BUNDLE, TestSites.VERSION)));
		assertEquals(List.of(expected), result.installed());
		assertEquals(List.of(), result.unchanged());
		assertEquals(List.of(expected), installer.installed());
		Path root = installation.folder();
		assertTrue(Files.isRegularFile(root.resolve("plugins/" + TestSites.SAMPLE_BUNDLE + "_" + TestSites.VERSION + ".jar")),
				"the bundle was downloaded into the plugins folder");
		// without simpleconfigurator (as here) the Eclipse touchpoint lists bundles in config.ini;
		// the product's bundles.info is checked by releng/org.policylens.example.check
		String config = Files.readString(root.resolve("configuration/config.ini"));
		assertTrue(config.contains("reference\\:file\\:" + root + "/plugins/" + TestSites.SAMPLE_BUNDLE + "_"
				+ TestSites.VERSION + ".jar@4"), config);
		assertTrue(installer.available(site, null).stream().anyMatch(f -> f.id().equals(TestSites.SAMPLE) && f.installed()));

		InstallResult again = installer.install(site, List.of("org.example.sample"), null);
		assertEquals(List.of(), again.installed(), "the .feature.group suffix may be left out; installed already");
		assertEquals(List.of(expected), again.unchanged());
	}

	@Test
	void aFeatureThatNeedsWhatIsNowhereIsRefusedWithTheReasonAndNothingChanges() throws Exception {
		CoreException e = assertThrows(CoreException.class, () -> installer.install(site, List.of(TestSites.NEEDY), null));
		assertEquals(PluginInstaller.NOT_INSTALLABLE, e.getStatus().getCode());
		assertTrue(e.getMessage().startsWith("p2 cannot install " + TestSites.NEEDY + " " + TestSites.VERSION + " in " + installation.folder()),
				e.getMessage());
		assertTrue(e.getMessage().contains("org.example.missing"), "names what is missing: " + e.getMessage());
		assertProfileHoldsNoPlugin();
	}

	@Test
	void aFeatureTheSiteDoesNotOfferIsNamedWithWhatItOffers() {
		CoreException e = assertThrows(CoreException.class, () -> installer.install(site, List.of("org.example.nosuch"), null));
		assertEquals(PluginInstaller.UNKNOWN_FEATURE, e.getStatus().getCode());
		assertEquals("the update site " + site + " has no feature or bundle 'org.example.nosuch'; its features are: "
				+ TestSites.NEEDY + ", " + TestSites.SAMPLE, e.getMessage());
	}

	@Test
	void sitesThatCannotBeReadAreNamedWithTheReason() throws Exception {
		Path missing = tmp.resolve("no such folder");
		CoreException e = assertThrows(CoreException.class, () -> installer.available(missing.toUri(), null));
		assertEquals(PluginInstaller.SITE_UNAVAILABLE, e.getStatus().getCode());
		assertEquals("there is no update site at " + missing + ": the folder does not exist", e.getMessage());

		Path empty = Files.createDirectories(tmp.resolve("empty"));
		e = assertThrows(CoreException.class, () -> installer.install(empty.toUri(), List.of(TestSites.SAMPLE), null));
		assertEquals(PluginInstaller.SITE_UNAVAILABLE, e.getStatus().getCode());
		assertTrue(e.getMessage().startsWith("there is no p2 update site at " + empty.toUri() + " (no content.xml"), e.getMessage());

		URI unreachable = URI.create("http://127.0.0.1:1/updates/");
		e = assertThrows(CoreException.class, () -> installer.available(unreachable, null));
		assertEquals(PluginInstaller.SITE_UNAVAILABLE, e.getStatus().getCode());
		assertTrue(e.getMessage().contains("127.0.0.1:1/updates"), e.getMessage());
		assertProfileHoldsNoPlugin();
	}

	@Test
	void uninstallsWhatWasInstalled() throws Exception {
		installer.install(site, List.of(TestSites.SAMPLE), null);

		CoreException e = assertThrows(CoreException.class, () -> installer.uninstall(List.of("org.example.other"), null));
		assertEquals(PluginInstaller.NOT_INSTALLED, e.getStatus().getCode());
		assertEquals("org.example.other is not installed; the installed plugins are: " + TestSites.SAMPLE, e.getMessage());
		e = assertThrows(CoreException.class, () -> installer.uninstall(List.of(TestSites.PRODUCT_BUNDLE), null));
		assertEquals(PluginInstaller.NOT_INSTALLED, e.getStatus().getCode());
		assertEquals(TestSites.PRODUCT_BUNDLE + " is part of PolicyLens itself: only plugins added with 'plugins install' can be uninstalled",
				e.getMessage());

		List<InstalledPlugin> removed = installer.uninstall(List.of(TestSites.SAMPLE), new NullProgressMonitor());
		assertEquals(List.of(TestSites.SAMPLE), removed.stream().map(InstalledPlugin::id).toList());
		assertProfileHoldsNoPlugin();
		String config = Files.readString(installation.folder().resolve("configuration/config.ini"));
		assertFalse(config.contains(TestSites.SAMPLE_BUNDLE), config);
		assertTrue(config.contains(TestSites.PRODUCT_BUNDLE), "the product stays: " + config);
	}

	@Test
	void aCanceledInstallChangesNothing() throws Exception {
		NullProgressMonitor canceled = new NullProgressMonitor();
		canceled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> installer.install(site, List.of(TestSites.SAMPLE), canceled));
		assertProfileHoldsNoPlugin();
	}

	@Test
	void anotherInstallationIsOpenedFromItsFolder() throws Exception {
		installer.install(site, List.of(TestSites.SAMPLE), null);
		installation.close();
		installation = Installation.at(tmp.resolve("policylens"));
		assertEquals("TestProfile", installation.profileId());
		assertFalse(installation.isRunning());
		assertEquals(List.of(TestSites.SAMPLE), new PluginInstaller(installation).installed().stream().map(InstalledPlugin::id).toList());

		CoreException e = assertThrows(CoreException.class, () -> Installation.at(tmp.resolve("site")));
		assertEquals(Installation.NO_PROFILE, e.getStatus().getCode());
		assertEquals(tmp.resolve("site") + " is not a PolicyLens installation: it has no configuration/config.ini", e.getMessage());
		Files.createDirectories(tmp.resolve("bare/configuration"));
		Files.writeString(tmp.resolve("bare/configuration/config.ini"), "osgi.bundles=x\n");
		e = assertThrows(CoreException.class, () -> Installation.at(tmp.resolve("bare")));
		assertTrue(e.getMessage().endsWith("names no p2 profile (eclipse.p2.profile): this installation was not made by p2 and cannot be changed by it"),
				e.getMessage());
	}

	@Test
	void updateSitesAreUrlsFoldersOrZips() throws Exception {
		assertEquals(URI.create("https://example.org/policylens/updates/"), UpdateSites.location(" https://example.org/policylens/updates/ "));
		assertEquals(tmp.resolve("site").toUri(), UpdateSites.location(tmp.resolve("site").toString()));
		Path zip = Files.writeString(tmp.resolve("site.zip"), "");
		assertEquals(URI.create("jar:" + zip.toUri() + "!/"), UpdateSites.location(zip.toString()));
		assertEquals(URI.create("jar:" + zip.toUri() + "!/"), UpdateSites.location(zip.toUri().toString()));
		assertEquals("'ftp://example.org/x': update sites are read over http, https or from files",
				assertThrows(IllegalArgumentException.class, () -> UpdateSites.location("ftp://example.org/x")).getMessage());
		assertEquals("no update site given", assertThrows(IllegalArgumentException.class, () -> UpdateSites.location(" ")).getMessage());
	}

	private void assertProfileHoldsNoPlugin() throws CoreException {
		assertEquals(List.of(), installer.installed());
		assertTrue(installation.profile().query(QueryUtil.createIUQuery(TestSites.SAMPLE_BUNDLE), null).isEmpty());
	}
}
