package org.policylens.common.registry;

import java.util.Objects;

import org.eclipse.core.runtime.IConfigurationElement;

/**
 * Base class of the descriptors a {@link RegistryReader} makes from configuration elements. It
 * copies what it needs from the element when it is read (the element becomes invalid when its
 * bundle is uninstalled) and creates the contributed object only on first use, through
 * {@link LazyExtension}.
 */
public abstract class ContributionDescriptor {

	private final String id;
	private final String label;
	private final String contributor;

	protected ContributionDescriptor(IConfigurationElement element, String id, String label) {
		this.id = Objects.requireNonNull(id, "id");
		this.label = label == null || label.isBlank() ? id : label;
		this.contributor = element.getContributor().getName();
	}

	/** @return the contribution's id, unique within its extension point */
	public String getId() {
		return id;
	}

	/** @return the human-readable name; the id when the contribution gives none */
	public String getLabel() {
		return label;
	}

	/** @return the symbolic name of the bundle that contributed this */
	public String getContributor() {
		return contributor;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + id + " from " + contributor + "]";
	}
}
