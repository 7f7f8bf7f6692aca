package org.policylens.p2.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.policylens.p2.InstalledBundle;

/**
 * What the running PolicyLens makes of an installed bundle: whether it is loaded and resolved, and
 * what it contributes to which extension point.
 */
final class RunningBundles {

	private final IExtensionRegistry registry;

	RunningBundles(IExtensionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * @param installed an installed bundle
	 * @return its state in words
	 */
	String state(InstalledBundle installed) {
		Bundle bundle = find(installed);
		if (bundle == null) {
			return "not loaded yet: restart PolicyLens";
		}
		return switch (bundle.getState()) {
		case Bundle.ACTIVE -> "active";
		case Bundle.STARTING -> "resolved (starts when first used)";
		case Bundle.RESOLVED -> "resolved";
		case Bundle.INSTALLED -> "NOT RESOLVED: a bundle or package it needs is missing (see configuration/*.log)";
		default -> "stopping";
		};
	}

	/**
	 * @param installed an installed bundle
	 * @return one line per extension it contributes: the extension point, the element and its id
	 */
	List<String> contributions(InstalledBundle installed) {
		Bundle bundle = find(installed);
		List<String> lines = new ArrayList<>();
		if (bundle == null) {
			return lines;
		}
		for (IExtension extension : registry.getExtensions(ContributorFactoryOSGi.createContributor(bundle))) {
			String point = extension.getExtensionPointUniqueIdentifier();
			for (IConfigurationElement element : extension.getConfigurationElements()) {
				String id = first(element, "id", "name"); //$NON-NLS-1$ //$NON-NLS-2$
				lines.add(point + ": " + element.getName() + (id == null ? "" : " " + id) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ (registry.getExtensionPoint(point) == null ? "  (no installed plugin declares this extension point)" : "")); //$NON-NLS-1$
			}
		}
		return lines;
	}

	private static Bundle find(InstalledBundle installed) {
		Bundle[] bundles = Platform.getBundles(installed.symbolicName(), "[" + installed.version() + "," + installed.version() + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return bundles == null || bundles.length == 0 ? null : bundles[0];
	}

	private static String first(IConfigurationElement element, String... attributes) {
		for (String attribute : attributes) {
			String value = element.getAttribute(attribute);
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}
}
