package org.policylens.p2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * Reads what was installed into an installation besides the product: the root units of its
 * profile that are not products (a product made by the build has exactly one root, itself), each
 * with the bundles it brought.
 */
final class InstalledPlugins {

	static final String GROUP = ".feature.group"; //$NON-NLS-1$
	private static final String BUNDLE_CLASSIFIER = "osgi.bundle"; //$NON-NLS-1$

	private final Installation installation;

	InstalledPlugins(Installation installation) {
		this.installation = installation;
	}

	List<InstalledPlugin> all() throws CoreException {
		IProfile profile = installation.profile();
		List<IInstallableUnit> units = new ArrayList<>();
		profile.query(QueryUtil.ALL_UNITS, null).forEach(units::add);
		List<InstalledPlugin> plugins = new ArrayList<>();
		for (IInstallableUnit unit : units) {
			if (Boolean.parseBoolean(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))
					&& !QueryUtil.isProduct(unit)) {
				plugins.add(new InstalledPlugin(unit.getId(), unit.getVersion().toString(), name(unit), bundles(unit, units)));
			}
		}
		plugins.sort(Comparator.comparing(InstalledPlugin::id));
		return List.copyOf(plugins);
	}

	/**
	 * @param ids ids of units in the profile, plugins or parts of the product
	 * @return them with their bundles, in the order given
	 */
	List<InstalledPlugin> of(List<String> ids) throws CoreException {
		IProfile profile = installation.profile();
		List<IInstallableUnit> units = new ArrayList<>();
		profile.query(QueryUtil.ALL_UNITS, null).forEach(units::add);
		List<InstalledPlugin> plugins = new ArrayList<>();
		for (String id : ids) {
			units.stream().filter(unit -> unit.getId().equals(id)).findFirst().ifPresent(unit -> plugins
					.add(new InstalledPlugin(unit.getId(), unit.getVersion().toString(), name(unit), bundles(unit, units))));
		}
		return List.copyOf(plugins);
	}

	private static List<InstalledBundle> bundles(IInstallableUnit root, List<IInstallableUnit> units) {
		List<InstalledBundle> bundles = new ArrayList<>();
		Set<IInstallableUnit> seen = new HashSet<>();
		Deque<IInstallableUnit> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			IInstallableUnit unit = todo.pop();
			if (!seen.add(unit)) {
				continue;
			}
			if (unit.getArtifacts().stream().anyMatch(key -> BUNDLE_CLASSIFIER.equals(key.getClassifier()))) {
				bundles.add(new InstalledBundle(unit.getId(), unit.getVersion().toString()));
			}
			if (unit == root || QueryUtil.isGroup(unit)) {
				// what a feature includes; a bundle's own requirements belong to other features
				for (IRequirement requirement : unit.getRequirements()) {
					units.stream().filter(candidate -> candidate.satisfies(requirement)).forEach(todo::add);
				}
			}
		}
		bundles.sort(Comparator.comparing(InstalledBundle::symbolicName));
		return List.copyOf(bundles);
	}

	static String name(IInstallableUnit unit) {
		String name = text(unit, IInstallableUnit.PROP_NAME);
		return name.isEmpty() ? unit.getId() : name;
	}

	static String text(IInstallableUnit unit, String property) {
		String value = unit.getProperty(property, Locale.getDefault().toString());
		return value == null ? "" : value.strip(); //$NON-NLS-1$
	}
}
