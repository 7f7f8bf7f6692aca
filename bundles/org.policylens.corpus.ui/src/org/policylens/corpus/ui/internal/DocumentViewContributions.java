package org.policylens.corpus.ui.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.InvalidContributionException;
import org.policylens.common.registry.LazyExtension;
import org.policylens.common.registry.RegistryReader;
import org.policylens.corpus.ui.IDocumentViewContribution;

/** Reads {@code org.policylens.corpus.ui.documentViewContributions}. */
public final class DocumentViewContributions extends RegistryReader<DocumentViewContributions.Descriptor> {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.policylens.corpus.ui.documentViewContributions"; //$NON-NLS-1$

	static final String CONTRIBUTION = "contribution"; //$NON-NLS-1$
	static final String ID = "id"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$

	/** A contribution. */
	public static final class Descriptor extends ContributionDescriptor {
		private final LazyExtension<IDocumentViewContribution> contribution;

		Descriptor(IConfigurationElement element, String id, String name, Consumer<ContributionProblem> problems) {
			super(element, id, name);
			contribution = new LazyExtension<>(element, CLASS, IDocumentViewContribution.class, EXTENSION_POINT, problems);
		}

		/** @return the contribution, created on first use; empty when it cannot be (reported) */
		public Optional<IDocumentViewContribution> getContribution() {
			return contribution.get();
		}
	}

	/**
	 * @param registry the registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public DocumentViewContributions(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		super(registry, EXTENSION_POINT, problems);
	}

	@Override
	protected Descriptor readElement(IConfigurationElement element) throws InvalidContributionException {
		if (!CONTRIBUTION.equals(element.getName())) {
			return null;
		}
		required(element, CLASS);
		String id = required(element, ID);
		return new Descriptor(element, id, optional(element, NAME, id), this::report);
	}
}
