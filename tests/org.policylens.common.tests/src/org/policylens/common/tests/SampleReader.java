package org.policylens.common.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.InvalidContributionException;
import org.policylens.common.registry.RegistryReader;

/** The reader of the test extension point, written the way a real reader is written. */
public final class SampleReader extends RegistryReader<SampleDescriptor> {

	static final String POINT = "org.policylens.common.tests.samples";

	/** every problem the reader reported, in order */
	final List<ContributionProblem> sunk;

	SampleReader(IExtensionRegistry registry) {
		this(registry, new CopyOnWriteArrayList<>());
	}

	private SampleReader(IExtensionRegistry registry, List<ContributionProblem> sink) {
		super(registry, POINT, sink::add);
		this.sunk = sink;
	}

	@Override
	protected SampleDescriptor readElement(IConfigurationElement element) throws InvalidContributionException {
		if (!"sample".equals(element.getName())) {
			return null;
		}
		String id = required(element, "id");
		required(element, "class");
		return new SampleDescriptor(element, id, optional(element, "label", null), this::report);
	}
}
