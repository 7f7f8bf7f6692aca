package org.policylens.text.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.InvalidContributionException;
import org.policylens.common.registry.LazyExtension;
import org.policylens.common.registry.RegistryReader;
import org.policylens.text.tokenize.ITokenizerFactory;

/** Reads {@code org.policylens.text.tokenizers}. */
public final class TokenizerRegistryReader extends RegistryReader<TokenizerRegistryReader.Descriptor> {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.policylens.text.tokenizers"; //$NON-NLS-1$

	static final String TOKENIZER = "tokenizer"; //$NON-NLS-1$
	static final String ID = "id"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String LANGUAGES = "languages"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$

	/** A contributed tokenizer factory. */
	public static final class Descriptor extends ContributionDescriptor {
		private final List<String> languages;
		private final LazyExtension<ITokenizerFactory> factory;

		Descriptor(IConfigurationElement element, String id, String name, List<String> languages,
				Consumer<ContributionProblem> problems) {
			super(element, id, name);
			this.languages = List.copyOf(languages);
			this.factory = new LazyExtension<>(element, CLASS, ITokenizerFactory.class, EXTENSION_POINT, problems);
		}

		/** @return the languages it tokenizes */
		public List<String> getLanguages() {
			return languages;
		}

		/** @return the factory, created on first use */
		public Optional<ITokenizerFactory> getFactory() {
			return factory.get();
		}
	}

	/**
	 * @param registry the registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public TokenizerRegistryReader(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		super(registry, EXTENSION_POINT, problems);
	}

	@Override
	protected Descriptor readElement(IConfigurationElement element) throws InvalidContributionException {
		if (!TOKENIZER.equals(element.getName())) {
			return null;
		}
		required(element, CLASS);
		List<String> languages = Arrays.stream(required(element, LANGUAGES).split("[,\\s]+")) //$NON-NLS-1$
				.map(s -> s.toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
		return new Descriptor(element, required(element, ID), optional(element, NAME, null), languages, this::report);
	}
}
