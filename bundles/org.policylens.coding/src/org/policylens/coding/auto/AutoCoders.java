package org.policylens.coding.auto;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.coding.internal.AutoCoderRegistryReader;
import org.policylens.common.registry.ContributionProblem;

/**
 * The auto-coders that plugins contribute. Start it before use and stop it after (the product
 * keeps one for its lifetime, a command one for its run).
 */
public final class AutoCoders {

	/** The dictionary auto-coder PolicyLens ships (org.policylens.coding.dictionary). */
	public static final String DICTIONARY = "org.policylens.coding.dictionary"; //$NON-NLS-1$

	/**
	 * An installed auto-coder.
	 *
	 * @param id          its id; its codings are made by the coder {@code auto:<id>}
	 * @param name        its name
	 * @param description what it does
	 * @param contributor the bundle that contributes it
	 */
	public record Info(String id, String name, String description, String contributor) {
	}

	private final AutoCoderRegistryReader reader;

	/**
	 * @param registry the extension registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public AutoCoders(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		reader = new AutoCoderRegistryReader(registry, problems);
	}

	/** Reads the contributions. */
	public void start() {
		reader.start();
	}

	/** Forgets them. */
	public void stop() {
		reader.stop();
	}

	/** @return the installed auto-coders, by id */
	public List<Info> list() {
		return reader.getDescriptors().stream().map(d -> new Info(d.getId(), d.getLabel(), d.getDescription(), d.getContributor()))
				.toList();
	}

	/**
	 * @param id an auto-coder id
	 * @return the auto-coder, created on first use; empty if there is none or it cannot be created
	 *         (see {@link #problems()})
	 */
	public Optional<IAutoCoder> get(String id) {
		AutoCoderRegistryReader.Descriptor descriptor = reader.getDescriptor(id);
		return descriptor == null ? Optional.empty() : descriptor.getAutoCoder();
	}

	/** @return the contributions that were skipped or could not be created */
	public List<ContributionProblem> problems() {
		return reader.getProblems();
	}

	/**
	 * @param id an auto-coder id
	 * @return the coder id its accepted proposals are coded by: {@code auto:<id>}
	 */
	public static String coderId(String id) {
		return "auto:" + id; //$NON-NLS-1$
	}
}
