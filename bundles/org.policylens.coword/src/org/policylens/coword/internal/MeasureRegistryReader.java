package org.policylens.coword.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.InvalidContributionException;
import org.policylens.common.registry.LazyExtension;
import org.policylens.common.registry.RegistryReader;
import org.policylens.coword.ISimilarityMeasure;

/** Reads {@code org.policylens.coword.measures}. */
public final class MeasureRegistryReader extends RegistryReader<MeasureRegistryReader.Descriptor> {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.policylens.coword.measures"; //$NON-NLS-1$

	static final String MEASURE = "measure"; //$NON-NLS-1$
	static final String ID = "id"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String DESCRIPTION = "description"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$

	/** A contributed measure: id, name and description read from plugin.xml, the class created on first use. */
	public static final class Descriptor extends ContributionDescriptor {
		private final String description;
		private final LazyExtension<ISimilarityMeasure> measure;

		Descriptor(IConfigurationElement element, String id, String name, String description,
				Consumer<ContributionProblem> problems) {
			super(element, id, name);
			this.description = description;
			this.measure = new LazyExtension<>(element, CLASS, ISimilarityMeasure.class, EXTENSION_POINT, problems);
		}

		/** @return the formula and when to use it, for people */
		public String getDescription() {
			return description;
		}

		/** @return the measure, created on first use; empty if it cannot be created */
		public Optional<ISimilarityMeasure> getMeasure() {
			return measure.get();
		}
	}

	/**
	 * @param registry the registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public MeasureRegistryReader(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		super(registry, EXTENSION_POINT, problems);
	}

	@Override
	protected Descriptor readElement(IConfigurationElement element) throws InvalidContributionException {
		if (!MEASURE.equals(element.getName())) {
			return null;
		}
		String id = required(element, ID);
		if (!id.matches("[A-Za-z0-9._-]+")) { //$NON-NLS-1$
			throw new InvalidContributionException("the id '" + id + "' is not one word of letters, digits, '.', '_' or '-' (users type it: --measure " + id + ")");
		}
		required(element, CLASS);
		return new Descriptor(element, id, required(element, NAME), optional(element, DESCRIPTION, ""), this::report); //$NON-NLS-1$
	}
}
