package org.policylens.coword.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.ExecutableContribution;
import org.policylens.common.registry.InvalidContributionException;
import org.policylens.common.registry.RegistryReader;
import org.policylens.coword.ISimilarityMeasure;

/**
 * Reads {@code org.policylens.coword.measures}: each {@code measure} element's id (one word, what
 * users type after {@code --measure}), name, description and class; the class is created on first use.
 */
public final class MeasureRegistryReader extends RegistryReader<ExecutableContribution<ISimilarityMeasure>> {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.policylens.coword.measures"; //$NON-NLS-1$

	static final String MEASURE = "measure"; //$NON-NLS-1$
	static final String ID = "id"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String DESCRIPTION = "description"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$

	/**
	 * @param registry the registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public MeasureRegistryReader(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		super(registry, EXTENSION_POINT, problems);
	}

	@Override
	protected ExecutableContribution<ISimilarityMeasure> readElement(IConfigurationElement element)
			throws InvalidContributionException {
		if (!MEASURE.equals(element.getName())) {
			return null;
		}
		String id = required(element, ID);
		if (!id.matches("[A-Za-z0-9._-]+")) { //$NON-NLS-1$
			throw new InvalidContributionException("the id '" + id
					+ "' is not one word of letters, digits, '.', '_' or '-' (users type it: --measure " + id + ")");
		}
		required(element, CLASS);
		return new ExecutableContribution<>(element, id, required(element, NAME), optional(element, DESCRIPTION, ""), //$NON-NLS-1$
				CLASS, ISimilarityMeasure.class, EXTENSION_POINT, this::report);
	}
}
