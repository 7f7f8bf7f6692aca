package org.policylens.coding.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.coding.auto.IAutoCoder;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.InvalidContributionException;
import org.policylens.common.registry.LazyExtension;
import org.policylens.common.registry.RegistryReader;

/** Reads {@code org.policylens.coding.autocoders}. */
public final class AutoCoderRegistryReader extends RegistryReader<AutoCoderRegistryReader.Descriptor> {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.policylens.coding.autocoders"; //$NON-NLS-1$

	static final String AUTOCODER = "autocoder"; //$NON-NLS-1$
	static final String ID = "id"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String DESCRIPTION = "description"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$

	/** A contributed auto-coder. */
	public static final class Descriptor extends ContributionDescriptor {
		private final String description;
		private final LazyExtension<IAutoCoder> autoCoder;

		Descriptor(IConfigurationElement element, String id, String name, String description,
				Consumer<ContributionProblem> problems) {
			super(element, id, name);
			this.description = description;
			this.autoCoder = new LazyExtension<>(element, CLASS, IAutoCoder.class, EXTENSION_POINT, problems);
		}

		/** @return what it does, for people */
		public String getDescription() {
			return description;
		}

		/** @return the auto-coder, created on first use; empty if it cannot be created */
		public Optional<IAutoCoder> getAutoCoder() {
			return autoCoder.get();
		}
	}

	/**
	 * @param registry the registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public AutoCoderRegistryReader(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		super(registry, EXTENSION_POINT, problems);
	}

	@Override
	protected Descriptor readElement(IConfigurationElement element) throws InvalidContributionException {
		if (!AUTOCODER.equals(element.getName())) {
			return null;
		}
		String id = required(element, ID);
		if (id.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidContributionException("the id '" + id + "' is not one word (it becomes the coder auto:" + id + ")");
		}
		required(element, CLASS);
		return new Descriptor(element, id, required(element, NAME), optional(element, DESCRIPTION, ""), this::report); //$NON-NLS-1$
	}
}
