package org.policylens.p2.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.policylens.p2.Installation;
import org.policylens.p2.PluginInstaller;

/**
 * Makes p2 update sites for the tests with p2's own API, as a publisher would: a feature (a group
 * unit) that includes a bundle whose jar is in the artifact repository and whose metadata tell the
 * Eclipse touchpoint to add it to {@code bundles.info}.
 * <ul>
 * <li>{@link #PRODUCT}: a product with one bundle, {@link #PRODUCT_BUNDLE}, which
 * {@link #installation} installs first, as the build does for PolicyLens;</li>
 * <li>{@link #SAMPLE}: a feature with one bundle;</li>
 * <li>{@link #NEEDY}: a feature whose bundle requires a bundle that is nowhere, so p2 refuses it.</li>
 * </ul>
 */
public final class TestSites {

	/** A product: what a test installation holds before plugins are installed. */
	public static final String PRODUCT = "org.example.product";
	/** The bundle of {@link #PRODUCT}. */
	public static final String PRODUCT_BUNDLE = "org.example.base";
	/** A feature that installs: it includes {@link #SAMPLE_BUNDLE}. */
	public static final String SAMPLE = "org.example.sample.feature.group";
	/** The bundle of {@link #SAMPLE}. */
	public static final String SAMPLE_BUNDLE = "org.example.sample";
	/** A feature whose bundle needs {@code org.example.missing}, which no site offers. */
	public static final String NEEDY = "org.example.needy.feature.group";
	/** The version of every unit. */
	public static final String VERSION = "1.0.0.v20260101";

	private static final String OSGI_BUNDLE = "osgi.bundle";
	private TestSites() {
	}

	/**
	 * @param agent the agent whose repository managers write the site
	 * @param dir   an empty folder for it
	 * @return the site with {@link #SAMPLE} and {@link #NEEDY}
	 */
	public static Path create(IProvisioningAgent agent, Path dir) throws ProvisionException, IOException {
		Version version = Version.create(VERSION);
		IArtifactRepository artifacts = agent.getService(IArtifactRepositoryManager.class).createRepository(dir.toUri(),
				"Test site", IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).createRepository(dir.toUri(),
				"Test site", IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		List<IInstallableUnit> units = new ArrayList<>();
		units.add(bundle(artifacts, PRODUCT_BUNDLE, version, null));
		units.add(group(PRODUCT, "Example product", PRODUCT_BUNDLE, version, InstallableUnitDescription.PROP_TYPE_PRODUCT));
		units.add(bundle(artifacts, SAMPLE_BUNDLE, version, null));
		units.add(group(SAMPLE, "Sample codebook plugin", SAMPLE_BUNDLE, version, null));
		units.add(bundle(artifacts, "org.example.needy", version, "org.example.missing"));
		units.add(group(NEEDY, "Needy plugin", "org.example.needy", version, null));
		metadata.addInstallableUnits(units);
		// the sites live on after this agent: forget them here, as a user's agent would not know them
		agent.getService(IArtifactRepositoryManager.class).removeRepository(dir.toUri());
		agent.getService(IMetadataRepositoryManager.class).removeRepository(dir.toUri());
		return dir;
	}

	private static IInstallableUnit bundle(IArtifactRepository artifacts, String id, Version version, String requires)
			throws ProvisionException, IOException {
		String manifest = "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: " + id
				+ ";singleton:=true\nBundle-Version: " + version + "\n"
				+ (requires == null ? "" : "Require-Bundle: " + requires + "\n");
		IArtifactKey key = artifacts.createArtifactKey(OSGI_BUNDLE, id, version);
		try (OutputStream out = artifacts.getOutputStream(artifacts.createArtifactDescriptor(key))) {
			out.write(jar(manifest));
		}
		InstallableUnitDescription unit = new InstallableUnitDescription();
		unit.setId(id);
		unit.setVersion(version);
		unit.setSingleton(true);
		unit.setProperty(IInstallableUnit.PROP_NAME, id);
		unit.setCapabilities(new IProvidedCapability[] {
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, version),
				MetadataFactory.createProvidedCapability(OSGI_BUNDLE, id, version) });
		if (requires != null) {
			unit.setRequirements(new IRequirement[] {
					MetadataFactory.createRequirement(OSGI_BUNDLE, requires, VersionRange.emptyRange, null, false, false, true) });
		}
		unit.setArtifacts(new IArtifactKey[] { key });
		unit.setTouchpointType(MetadataFactory.createTouchpointType("org.eclipse.equinox.p2.osgi", Version.create("1.0.0")));
		unit.addTouchpointData(MetadataFactory.createTouchpointData(Map.of("manifest", manifest, //
				"install", "installBundle(bundle:${artifact})", //
				"uninstall", "uninstallBundle(bundle:${artifact})", //
				"configure", "setStartLevel(startLevel:4);", //
				"unconfigure", "setStartLevel(startLevel:-1);")));
		return MetadataFactory.createInstallableUnit(unit);
	}

	/**
	 * An installation with the product of a site made by {@link #create} installed, like the
	 * product the build makes: plugins are installed next to it.
	 *
	 * @param dir  an empty folder
	 * @param site the folder to make the update site in
	 * @return the installation
	 */
	public static Installation installation(Path dir, Path site) throws Exception {
		Installation installation = Installation.create(dir, "TestProfile");
		try {
			create(installation.agent(), site);
			new PluginInstaller(installation).install(site.toUri(), List.of(PRODUCT), null);
			return installation;
		} catch (Exception | Error e) {
			installation.close();
			throw e;
		}
	}

	private static IInstallableUnit group(String id, String name, String bundle, Version version, String type) {
		InstallableUnitDescription unit = new InstallableUnitDescription();
		unit.setId(id);
		unit.setVersion(version);
		unit.setProperty(IInstallableUnit.PROP_NAME, name);
		unit.setProperty(IInstallableUnit.PROP_DESCRIPTION, name + ", made by the tests");
		unit.setProperty(QueryUtil.PROP_TYPE_GROUP, Boolean.TRUE.toString());
		if (type != null) {
			unit.setProperty(type, Boolean.TRUE.toString());
		}
		unit.setCapabilities(new IProvidedCapability[] {
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, version) });
		unit.setRequirements(new IRequirement[] { MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID,
				bundle, new VersionRange(version, true, version, true), null, false, false, true) });
		return MetadataFactory.createInstallableUnit(unit);
	}

	private static byte[] jar(String manifest) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Manifest parsed = new Manifest(new ByteArrayInputStream(manifest.getBytes(StandardCharsets.UTF_8)));
		parsed.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
		try (JarOutputStream jar = new JarOutputStream(bytes, parsed)) {
			jar.putNextEntry(new JarEntry("about.txt"));
			jar.write("A bundle made by the PolicyLens p2 tests.\n".getBytes(StandardCharsets.UTF_8));
			jar.closeEntry();
		}
		return bytes.toByteArray();
	}
}
