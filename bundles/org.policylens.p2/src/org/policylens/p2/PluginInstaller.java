package org.policylens.p2;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;

/**
 * Installs plugins from p2 update sites into a PolicyLens installation, lists what an update site
 * offers and what was installed, and uninstalls what was installed. It is real p2: the planner
 * checks that every requirement is met (by the update site or by what is installed), the engine
 * downloads the artifacts and changes the installation's profile, and a failed or canceled install
 * leaves the installation as it was. Installed plugins are active after PolicyLens restarts.
 * <p>
 * The same object serves {@code policylens plugins install|installed|uninstall} and the desktop's
 * Help &gt; Install Plugins dialog.
 */
public final class PluginInstaller {

	/** The status code when the update site cannot be read. */
	public static final int SITE_UNAVAILABLE = 1;
	/** The status code when an update site does not offer a requested feature. */
	public static final int UNKNOWN_FEATURE = 2;
	/** The status code when p2 finds that a feature cannot be installed (e.g. a requirement is missing). */
	public static final int NOT_INSTALLABLE = 3;
	/** The status code when a plugin to uninstall is not one that was installed. */
	public static final int NOT_INSTALLED = 4;
	/** The status code when p2 failed while changing the installation. */
	public static final int FAILED = 5;

	/** p2 names its steps as tasks; they show as subtasks under the name of the whole install. */
	private static final int P2_LABELS = SubMonitor.SUPPRESS_BEGINTASK | SubMonitor.SUPPRESS_SETTASKNAME;

	private final Installation installation;
	private final InstalledPlugins installed;

	/** @param installation the installation to read and change */
	public PluginInstaller(Installation installation) {
		this.installation = installation;
		this.installed = new InstalledPlugins(installation);
	}

	/**
	 * @param site    the update site ({@link UpdateSites#location(String)})
	 * @param monitor progress and cancel
	 * @return the features it offers (products excluded), sorted by id
	 * @throws CoreException ({@link #SITE_UNAVAILABLE}) when it cannot be read
	 */
	public List<AvailableFeature> available(URI site, IProgressMonitor monitor) throws CoreException {
		SubMonitor sub = SubMonitor.convert(monitor, "Reading the update site " + site, 10);
		IProfile profile = installation.profile();
		try (UpdateSite loaded = UpdateSite.load(installation.agent(), site, false, sub.split(9))) {
			List<AvailableFeature> features = new ArrayList<>();
			for (IInstallableUnit unit : features(loaded.metadata())) {
				boolean present = !profile.query(QueryUtil.createIUQuery(unit.getId(), unit.getVersion()), null).isEmpty();
				features.add(new AvailableFeature(unit.getId(), unit.getVersion().toString(), InstalledPlugins.name(unit),
						InstalledPlugins.text(unit, IInstallableUnit.PROP_DESCRIPTION), present));
			}
			return features;
		}
	}

	/**
	 * Installs features (or bundles) from an update site, with everything they need that is not
	 * installed yet. Ids may leave out the {@code .feature.group} suffix of features; a feature
	 * comes before a bundle of the same id.
	 *
	 * @param site    the update site
	 * @param ids     installable-unit ids
	 * @param monitor progress and cancel; a canceled install changes nothing
	 * @return what was installed, and what was installed already
	 * @throws CoreException {@link #SITE_UNAVAILABLE}, {@link #UNKNOWN_FEATURE} (the message lists
	 *                       what the site offers), {@link #NOT_INSTALLABLE} (with p2's explanation),
	 *                       {@link #FAILED}
	 */
	public InstallResult install(URI site, Collection<String> ids, IProgressMonitor monitor) throws CoreException {
		SubMonitor sub = SubMonitor.convert(monitor, "Installing " + String.join(", ", ids), 100);
		IProfile profile = installation.profile();
		try (UpdateSite loaded = UpdateSite.load(installation.agent(), site, true, sub.split(10))) {
			List<IInstallableUnit> wanted = find(loaded, ids);
			List<IInstallableUnit> missing = wanted.stream()
					.filter(unit -> profile.query(QueryUtil.createIUQuery(unit.getId(), unit.getVersion()), null).isEmpty())
					.toList();
			List<String> already = wanted.stream().filter(unit -> !missing.contains(unit)).map(IInstallableUnit::getId).toList();
			if (!missing.isEmpty()) {
				InstallOperation operation = new InstallOperation(new ProvisioningSession(installation.agent()), missing);
				ProvisioningContext context = new ProvisioningContext(installation.agent());
				context.setMetadataRepositories(site);
				context.setArtifactRepositories(site);
				operation.setProvisioningContext(context);
				run(operation, "install " + ids(missing), sub.split(90));
			}
			List<String> added = missing.stream().map(IInstallableUnit::getId).toList();
			return new InstallResult(installed.of(added), installed.of(already));
		}
	}

	/**
	 * @return the plugins installed besides the product, sorted by id
	 * @throws CoreException if the profile cannot be read
	 */
	public List<InstalledPlugin> installed() throws CoreException {
		return installed.all();
	}

	/**
	 * Uninstalls plugins that were installed (not the parts of PolicyLens itself).
	 *
	 * @param ids     ids as {@link #installed()} lists them (the {@code .feature.group} suffix may be left out)
	 * @param monitor progress and cancel
	 * @return the plugins uninstalled
	 * @throws CoreException {@link #NOT_INSTALLED} for an id that is not an installed plugin,
	 *                       {@link #NOT_INSTALLABLE}, {@link #FAILED}
	 */
	public List<InstalledPlugin> uninstall(Collection<String> ids, IProgressMonitor monitor) throws CoreException {
		SubMonitor sub = SubMonitor.convert(monitor, "Uninstalling " + String.join(", ", ids), 100);
		IProfile profile = installation.profile();
		List<InstalledPlugin> plugins = installed.all();
		Map<String, IInstallableUnit> units = new LinkedHashMap<>();
		for (String id : ids) {
			InstalledPlugin plugin = plugins.stream().filter(p -> p.id().equals(id) || p.id().equals(id + InstalledPlugins.GROUP))
					.findFirst().orElseThrow(() -> notInstalled(profile, id, plugins));
			units.put(plugin.id(), profile.query(QueryUtil.createIUQuery(plugin.id()), null).iterator().next());
		}
		List<InstalledPlugin> removed = installed.of(List.copyOf(units.keySet()));
		run(new UninstallOperation(new ProvisioningSession(installation.agent()), units.values()),
				"uninstall " + String.join(", ", units.keySet()), sub.split(100));
		return removed;
	}

	private void run(ProfileChangeOperation operation, String what, SubMonitor monitor) throws CoreException {
		SubMonitor sub = SubMonitor.convert(monitor, 100);
		operation.setProfileId(installation.profileId());
		sub.subTask("Checking what is needed to " + what);
		IStatus resolution = operation.resolveModal(sub.split(20, P2_LABELS));
		if (resolution.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
		if (resolution.getSeverity() == IStatus.ERROR) {
			String details = operation.getResolutionDetails();
			throw new CoreException(Installation.error(NOT_INSTALLABLE, "p2 cannot " + what + " in " + installation + ": "
					+ (details == null || details.isBlank() ? resolution.getMessage() : details.strip())));
		}
		ProvisioningJob job = operation.getProvisioningJob(null);
		if (job == null) {
			throw new CoreException(Installation.error(NOT_INSTALLABLE, "p2 found nothing to do to " + what));
		}
		sub.subTask("Downloading and changing " + installation);
		IStatus result = job.runModal(sub.split(80, P2_LABELS));
		if (result.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
		if (result.getSeverity() == IStatus.ERROR) {
			MultiStatus failure = new MultiStatus(Installation.BUNDLE_ID, FAILED,
					"p2 could not " + what + " in " + installation + " (the installation is unchanged): " + explain(result), null);
			failure.add(result);
			throw new CoreException(failure);
		}
	}

	/** @return the status' message with the messages of its children and causes, the way p2 nests them */
	static String explain(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (Throwable cause = status.getException(); cause != null; cause = cause.getCause()) {
			String message = cause instanceof CoreException core ? core.getStatus().getMessage() : cause.toString();
			if (message != null && text.indexOf(message) < 0) {
				text.append(": ").append(message); //$NON-NLS-1$
			}
		}
		for (IStatus child : status.getChildren()) {
			if (child.getSeverity() >= IStatus.WARNING) {
				text.append("; ").append(explain(child)); //$NON-NLS-1$
			}
		}
		return text.toString();
	}

	private static List<IInstallableUnit> features(IMetadataRepository metadata) {
		List<IInstallableUnit> features = new ArrayList<>();
		metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null).forEach(unit -> {
			if (!QueryUtil.isProduct(unit)) {
				features.add(unit);
			}
		});
		features.sort(Comparator.comparing(IInstallableUnit::getId));
		return features;
	}

	private static List<IInstallableUnit> find(UpdateSite site, Collection<String> ids) throws CoreException {
		List<IInstallableUnit> units = new ArrayList<>();
		for (String id : ids) {
			// a feature before a bundle of the same name (features often share their main bundle's id)
			IInstallableUnit unit = id.endsWith(InstalledPlugins.GROUP) ? null : latest(site.metadata(), id + InstalledPlugins.GROUP);
			if (unit == null) {
				unit = latest(site.metadata(), id);
			}
			if (unit == null) {
				List<String> offered = features(site.metadata()).stream().map(IInstallableUnit::getId).toList();
				throw new CoreException(Installation.error(UNKNOWN_FEATURE, "the update site " + site.location()
						+ " has no feature or bundle '" + id + "'; "
						+ (offered.isEmpty() ? "it offers no features" : "its features are: " + String.join(", ", offered))));
			}
			units.add(unit);
		}
		return units;
	}

	private static IInstallableUnit latest(IMetadataRepository metadata, String id) {
		var result = metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), null);
		return result.isEmpty() ? null : result.iterator().next();
	}

	private static CoreException notInstalled(IProfile profile, String id, List<InstalledPlugin> plugins) {
		boolean partOfProduct = !profile.query(QueryUtil.createIUQuery(id), null).isEmpty()
				|| !profile.query(QueryUtil.createIUQuery(id + InstalledPlugins.GROUP), null).isEmpty();
		String installedIds = plugins.isEmpty() ? "none" : String.join(", ", plugins.stream().map(InstalledPlugin::id).toList()); //$NON-NLS-1$
		return new CoreException(Installation.error(NOT_INSTALLED, partOfProduct
				? id + " is part of PolicyLens itself: only plugins added with 'plugins install' can be uninstalled"
				: id + " is not installed; the installed plugins are: " + installedIds));
	}

	private static String ids(List<IInstallableUnit> units) {
		return String.join(", ", units.stream().map(u -> u.getId() + " " + u.getVersion()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
