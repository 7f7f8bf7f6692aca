package org.policylens.p2;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * A PolicyLens installation that p2 can change: its provisioning agent and the profile that
 * records what is installed. The product made by the build has one (its {@code p2/} folder and
 * {@code configuration/config.ini}); PolicyLens started from a test or an IDE launch has none.
 * <p>
 * Close it when done: an installation opened with {@link #at(Path)} stops the agent it started.
 */
public final class Installation implements AutoCloseable {

	/** The status code when there is no installation profile to change. */
	public static final int NO_PROFILE = 10;

	static final String BUNDLE_ID = "org.policylens.p2"; //$NON-NLS-1$
	private static final String CONFIG_INI = "configuration/config.ini"; //$NON-NLS-1$
	private static final String PROFILE_PROPERTY = "eclipse.p2.profile"; //$NON-NLS-1$
	private static final String DATA_AREA_PROPERTY = "eclipse.p2.data.area"; //$NON-NLS-1$
	private static final String CONFIG_DIR = "@config.dir"; //$NON-NLS-1$

	private final IProvisioningAgent agent;
	private final String profileId;
	private final Path folder;
	private final boolean ownsAgent;

	private Installation(IProvisioningAgent agent, String profileId, Path folder, boolean ownsAgent) {
		this.agent = agent;
		this.profileId = profileId;
		this.folder = folder;
		this.ownsAgent = ownsAgent;
	}

	/**
	 * @return the installation this PolicyLens runs from, with its own profile ({@code _SELF_})
	 * @throws CoreException ({@link #NO_PROFILE}) when it runs without a p2 profile
	 */
	public static Installation running() throws CoreException {
		BundleContext context = context();
		IProvisioningAgent agent = null;
		try {
			Collection<ServiceReference<IProvisioningAgent>> refs = context.getServiceReferences(IProvisioningAgent.class,
					"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)"); //$NON-NLS-1$ //$NON-NLS-2$
			if (!refs.isEmpty()) {
				agent = context.getService(refs.iterator().next());
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		IProfileRegistry profiles = agent == null ? null : agent.getService(IProfileRegistry.class);
		IProfile self = profiles == null ? null : profiles.getProfile(IProfileRegistry.SELF);
		if (self == null) {
			throw new CoreException(error(NO_PROFILE, "this PolicyLens runs without an installation profile "
					+ "(started from a test or an IDE?): plugins can be installed into the product that the build makes, "
					+ "or into another installation with --installation DIR"));
		}
		return new Installation(agent, IProfileRegistry.SELF, installFolder(self), false);
	}

	/**
	 * Opens another installation, e.g. a product unpacked elsewhere, as the p2 director's
	 * {@code -destination} does. It must not have been moved since p2 last changed it.
	 *
	 * @param folder the installation folder (it holds {@code configuration/config.ini})
	 * @return the installation, with an agent of its own
	 * @throws CoreException ({@link #NO_PROFILE}) when the folder is not a p2 installation
	 */
	public static Installation at(Path folder) throws CoreException {
		Path root = folder.toAbsolutePath().normalize();
		Path ini = root.resolve(CONFIG_INI);
		if (!Files.isRegularFile(ini)) {
			throw new CoreException(error(NO_PROFILE, root + " is not a PolicyLens installation: it has no " + CONFIG_INI));
		}
		Properties config = new Properties();
		try (Reader in = Files.newBufferedReader(ini)) {
			config.load(in);
		} catch (IOException e) {
			throw new CoreException(Status.error("cannot read " + ini + ": " + e.getMessage(), e));
		}
		String profileId = config.getProperty(PROFILE_PROPERTY, "").trim(); //$NON-NLS-1$
		if (profileId.isEmpty()) {
			throw new CoreException(error(NO_PROFILE, ini + " names no p2 profile (" + PROFILE_PROPERTY
					+ "): this installation was not made by p2 and cannot be changed by it"));
		}
		Path dataArea = dataArea(root, config.getProperty(DATA_AREA_PROPERTY, CONFIG_DIR + "/../p2")); //$NON-NLS-1$
		IProvisioningAgent agent;
		try {
			agent = service(IProvisioningAgentProvider.class).createAgent(dataArea.toUri());
		} catch (ProvisionException e) {
			throw new CoreException(Status.error("cannot open the p2 data of " + root + " in " + dataArea + ": " + e.getMessage(), e));
		}
		IProfile profile = agent.getService(IProfileRegistry.class).getProfile(profileId);
		Installation installation = new Installation(agent, profileId, root, true);
		if (profile == null) {
			installation.close();
			throw new CoreException(error(NO_PROFILE, root + " has no p2 profile " + profileId + " in " + dataArea));
		}
		Path recorded = installFolder(profile);
		if (recorded != null && !recorded.equals(root)) {
			installation.close();
			throw new CoreException(Status.error(root + " was moved from " + recorded
					+ " since p2 last changed it: run its own 'policylens plugins ...' once, which updates its profile"));
		}
		return installation;
	}

	/**
	 * Makes an empty installation in a folder: a p2 profile and a {@code configuration/config.ini}
	 * that names it, for the current platform. Plugins installed into it get their
	 * {@code bundles.info} there. Tests use it; so can scripts that assemble installations.
	 *
	 * @param folder    a folder that holds no installation yet (it is created if needed)
	 * @param profileId the id of the profile
	 * @return the installation, with an agent of its own
	 * @throws CoreException if the folder cannot be written or holds an installation already
	 */
	public static Installation create(Path folder, String profileId) throws CoreException {
		Path root = folder.toAbsolutePath().normalize();
		Path ini = root.resolve(CONFIG_INI);
		if (Files.exists(ini)) {
			throw new CoreException(Status.error(root + " holds an installation already"));
		}
		try {
			Files.createDirectories(ini.getParent());
			Files.writeString(ini, "# made by org.policylens.p2 Installation.create\n" //$NON-NLS-1$
					+ PROFILE_PROPERTY + "=" + profileId + "\n" + DATA_AREA_PROPERTY + "=" + CONFIG_DIR + "/../p2\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} catch (IOException e) {
			throw new CoreException(Status.error("cannot write " + ini + ": " + e.getMessage(), e));
		}
		IProvisioningAgent agent = null;
		try {
			agent = service(IProvisioningAgentProvider.class).createAgent(root.resolve("p2").toUri()); //$NON-NLS-1$
			agent.getService(IProfileRegistry.class).addProfile(profileId,
					Map.of(IProfile.PROP_INSTALL_FOLDER, root.toString(), IProfile.PROP_CACHE, root.toString(),
							IProfile.PROP_INSTALL_FEATURES, "true", //$NON-NLS-1$
							IProfile.PROP_ENVIRONMENTS, "osgi.os=" + Platform.getOS() + ",osgi.ws=" + Platform.getWS() //$NON-NLS-1$ //$NON-NLS-2$
									+ ",osgi.arch=" + Platform.getOSArch())); //$NON-NLS-1$
		} catch (ProvisionException e) {
			if (agent != null) {
				agent.stop();
			}
			throw new CoreException(Status.error("cannot make a p2 profile in " + root + ": " + e.getMessage(), e));
		}
		return new Installation(agent, profileId, root, true);
	}

	/** @return the provisioning agent */
	public IProvisioningAgent agent() {
		return agent;
	}

	/** @return the id of the profile to change ({@code _SELF_} for the running installation) */
	public String profileId() {
		return profileId;
	}

	/** @return the installation folder, or {@code null} if the profile does not name one */
	public Path folder() {
		return folder;
	}

	/** @return whether this is the installation PolicyLens runs from (changes apply after a restart) */
	public boolean isRunning() {
		return !ownsAgent;
	}

	/**
	 * @return the profile as it is now
	 * @throws CoreException if it disappeared
	 */
	public IProfile profile() throws CoreException {
		IProfile profile = agent.getService(IProfileRegistry.class).getProfile(profileId);
		if (profile == null) {
			throw new CoreException(error(NO_PROFILE, "the p2 profile " + profileId + " is gone"));
		}
		return profile;
	}

	@Override
	public void close() {
		if (ownsAgent) {
			agent.stop();
		}
	}

	@Override
	public String toString() {
		return folder == null ? profileId : folder.toString();
	}

	private static Path installFolder(IProfile profile) {
		String folder = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
		if (folder != null) {
			return Path.of(folder).toAbsolutePath().normalize();
		}
		URL location = Platform.getInstallLocation() == null ? null : Platform.getInstallLocation().getURL();
		try {
			return location == null ? null : Path.of(location.toURI()).toAbsolutePath().normalize();
		} catch (URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}

	private static Path dataArea(Path root, String value) {
		String area = value.trim();
		if (area.startsWith(CONFIG_DIR)) {
			return root.resolve("configuration").resolve(area.substring(CONFIG_DIR.length()).replaceFirst("^/", "")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.normalize();
		}
		if (area.startsWith("file:")) { //$NON-NLS-1$
			area = area.substring("file:".length()); //$NON-NLS-1$
		}
		return root.resolve(area).normalize();
	}

	private static <T> T service(Class<T> type) throws CoreException {
		BundleContext context = context();
		ServiceReference<T> ref = context.getServiceReference(type);
		if (ref == null) {
			throw new CoreException(Status.error("the p2 service " + type.getName() + " is not available: is p2 installed?"));
		}
		return context.getService(ref);
	}

	private static BundleContext context() {
		Bundle bundle = FrameworkUtil.getBundle(Installation.class);
		if (bundle == null || bundle.getBundleContext() == null) {
			throw new IllegalStateException(BUNDLE_ID + " is not running in OSGi"); //$NON-NLS-1$
		}
		P2Runtime.start(bundle.getBundleContext());
		return bundle.getBundleContext();
	}

	static IStatus error(int code, String message) {
		return error(code, message, null);
	}

	static IStatus error(int code, String message, Throwable cause) {
		return new Status(IStatus.ERROR, BUNDLE_ID, code, message, cause);
	}
}
