package org.policylens.coword.formats;

import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.coword.CowordNetwork;

/** What every export says about where a network came from, and its progress. */
final class Provenance {

	/** The creator written into files that have a place for it. */
	static final String CREATOR = "PolicyLens"; //$NON-NLS-1$

	private Provenance() {
	}

	/**
	 * @param network a network
	 * @return one line: the parameters that made it, with the seed, in a stable order
	 */
	static String describe(CowordNetwork network) {
		Map<String, String> parameters = network.parameters().toMap();
		return "PolicyLens co-word network of " + network.terms().size() + " terms and " + network.links().size() //$NON-NLS-1$ //$NON-NLS-2$
				+ " links; " + parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()) //$NON-NLS-1$ //$NON-NLS-2$
						.collect(Collectors.joining("; ")); //$NON-NLS-1$
	}

	/**
	 * @param monitor a monitor
	 * @param task    what is written
	 * @param network the network
	 * @return a monitor with one unit of work per term and per link
	 */
	static SubMonitor progress(IProgressMonitor monitor, String task, CowordNetwork network) {
		return SubMonitor.convert(monitor, task, network.terms().size() + network.links().size());
	}
}
