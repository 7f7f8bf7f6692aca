package org.policylens.common.tests;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.LazyExtension;

/** A descriptor of a sample contribution. */
public final class SampleDescriptor extends ContributionDescriptor {

	final LazyExtension<ISample> sample;

	SampleDescriptor(IConfigurationElement element, String id, String label, Consumer<ContributionProblem> problems) {
		super(element, id, label);
		sample = new LazyExtension<>(element, "class", ISample.class, SampleReader.POINT, problems);
	}
}
