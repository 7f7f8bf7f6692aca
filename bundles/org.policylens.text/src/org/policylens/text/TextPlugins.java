package org.policylens.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.text.internal.TokenizerRegistryReader;
import org.policylens.text.tokenize.ITokenizerFactory;

/**
 * The tokenizers that plugins contribute. Start it before use and stop it after.
 */
public final class TextPlugins {

	/** A tokenizer factory with the id it was contributed under. */
	public record NamedFactory(String id, ITokenizerFactory factory) {
	}

	private final TokenizerRegistryReader tokenizers;

	/**
	 * @param registry the extension registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public TextPlugins(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		tokenizers = new TokenizerRegistryReader(registry, problems);
	}

	/** Reads the contributions. */
	public void start() {
		tokenizers.start();
	}

	/** Forgets them. */
	public void stop() {
		tokenizers.stop();
	}

	/**
	 * @param language a language (zh, en)
	 * @param requested a tokenizer id the user chose for it, or {@code null}
	 * @return the tokenizer factory for it
	 */
	public Optional<NamedFactory> factory(String language, String requested) {
		for (TokenizerRegistryReader.Descriptor descriptor : tokenizers.getDescriptors()) {
			boolean wanted = requested != null ? descriptor.getId().equals(requested) : descriptor.getLanguages().contains(language);
			if (wanted && descriptor.getFactory().isPresent()) {
				return Optional.of(new NamedFactory(descriptor.getId(), descriptor.getFactory().get()));
			}
		}
		return Optional.empty();
	}

	/** @return the installed tokenizers: id → name */
	public Map<String, String> tokenizers() {
		Map<String, String> all = new LinkedHashMap<>();
		tokenizers.getDescriptors().forEach(d -> all.put(d.getId(), d.getLabel()));
		return all;
	}
}
