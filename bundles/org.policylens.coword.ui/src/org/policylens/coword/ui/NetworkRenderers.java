package org.policylens.coword.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.coword.ui.internal.RendererRegistryReader;

/**
 * The renderers that plugins contribute to {@code org.policylens.coword.renderers}. Start it
 * before use and stop it after.
 */
public final class NetworkRenderers {

	/** A contributed renderer as users see it. */
	public record Info(String id, String name, String description, int priority, String contributor) {
	}

	private final RendererRegistryReader reader;

	/**
	 * @param registry the extension registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public NetworkRenderers(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		reader = new RendererRegistryReader(registry, problems);
	}

	/** Reads the contributions. */
	public void start() {
		reader.start();
	}

	/** Forgets them. */
	public void stop() {
		reader.stop();
	}

	/** @return the valid contributions, highest priority first, then by id */
	public List<Info> list() {
		return reader.getDescriptors().stream()
				.sorted(Comparator.comparingInt(RendererRegistryReader.Descriptor::getPriority).reversed()
						.thenComparing(RendererRegistryReader.Descriptor::getId))
				.map(d -> new Info(d.getId(), d.getLabel(), d.getDescription(), d.getPriority(), d.getContributor())).toList();
	}

	/**
	 * @param id a renderer id
	 * @return a new instance of that renderer, or empty if there is none or it cannot be created
	 */
	public Optional<INetworkRenderer> create(String id) {
		RendererRegistryReader.Descriptor descriptor = reader.getDescriptor(id);
		return descriptor == null ? Optional.empty() : Optional.ofNullable(descriptor.create());
	}

	/**
	 * @return a new instance of the renderer with the highest priority that can be created, or
	 *         empty if no renderer works
	 */
	public Optional<INetworkRenderer> createDefault() {
		for (Info info : list()) {
			Optional<INetworkRenderer> renderer = create(info.id());
			if (renderer.isPresent()) {
				return renderer;
			}
		}
		return Optional.empty();
	}

	/** @return the contributions that were skipped or failed, oldest first */
	public List<ContributionProblem> problems() {
		return reader.getProblems();
	}
}
