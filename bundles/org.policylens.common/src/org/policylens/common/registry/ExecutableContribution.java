package org.policylens.common.registry;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;

/**
 * The descriptor of the most common kind of contribution: an id, a name, a description for people
 * and a class that implements the extension point's API type, created on first use through
 * {@link LazyExtension}. A reader whose elements have no more than that makes these instead of a
 * descriptor class of its own.
 *
 * @param <T> the API type the schema names ({@code basedOn})
 */
public final class ExecutableContribution<T> extends ContributionDescriptor {

	private final String description;
	private final LazyExtension<T> object;

	/**
	 * @param element          the configuration element
	 * @param id               its id
	 * @param name             its name for people
	 * @param description      what it does, for people ("" for none)
	 * @param classAttribute   the attribute that names the class, usually {@code class}
	 * @param type             the API type
	 * @param extensionPointId the extension point, for messages
	 * @param problems         receives the problem if the object cannot be created
	 */
	public ExecutableContribution(IConfigurationElement element, String id, String name, String description,
			String classAttribute, Class<T> type, String extensionPointId, Consumer<ContributionProblem> problems) {
		super(element, id, name);
		this.description = description;
		this.object = new LazyExtension<>(element, classAttribute, type, extensionPointId, problems);
	}

	/** @return what it does, for people */
	public String getDescription() {
		return description;
	}

	/** @return the contributed object, created on first use; empty if it cannot be created */
	public Optional<T> get() {
		return object.get();
	}
}
