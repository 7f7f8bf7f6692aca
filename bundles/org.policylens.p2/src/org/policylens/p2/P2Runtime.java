package org.policylens.p2;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * Starts p2's services. p2 offers them through declarative services in bundles that start lazily
 * (the profile registry, the planner, the engine, the ECF transport, and the framework manipulator
 * that writes {@code bundles.info}); the product starts none of them, so that the desktop and the
 * command line start fast. Before p2 is used, its bundles with components are started with their
 * activation policy: the service component runtime then registers the services, and the bundles
 * activate when first used.
 */
final class P2Runtime {

	/** The manifest header of declarative services (org.osgi.service.component's ComponentConstants). */
	private static final String SERVICE_COMPONENT = "Service-Component"; //$NON-NLS-1$

	private static final List<String> PREFIXES = List.of("org.eclipse.equinox.p2.", //$NON-NLS-1$
			"org.eclipse.equinox.frameworkadmin", "org.eclipse.equinox.simpleconfigurator.manipulator", //$NON-NLS-1$ //$NON-NLS-2$
			"org.eclipse.ecf"); //$NON-NLS-1$

	private P2Runtime() {
	}

	static void start(BundleContext context) {
		for (Bundle bundle : context.getBundles()) {
			String name = bundle.getSymbolicName();
			if (name == null || PREFIXES.stream().noneMatch(name::startsWith)
					|| (bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) == 0
					|| bundle.getHeaders("").get(SERVICE_COMPONENT) == null) { //$NON-NLS-1$
				continue;
			}
			try {
				bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
			} catch (BundleException | IllegalStateException e) {
				Platform.getLog(P2Runtime.class).log(Status.warning("p2: cannot start " + name, e));
			}
		}
	}
}
