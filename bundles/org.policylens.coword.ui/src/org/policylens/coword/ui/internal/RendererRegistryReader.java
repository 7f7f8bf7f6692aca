package org.policylens.coword.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.InvalidContributionException;
import org.policylens.common.registry.RegistryReader;
import org.policylens.coword.ui.INetworkRenderer;

/** Reads {@code org.policylens.coword.renderers}. */
public final class RendererRegistryReader extends RegistryReader<RendererRegistryReader.Descriptor> {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.policylens.coword.renderers"; //$NON-NLS-1$

	static final String RENDERER = "renderer"; //$NON-NLS-1$
	static final String ID = "id"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String DESCRIPTION = "description"; //$NON-NLS-1$
	static final String PRIORITY = "priority"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$

	/**
	 * A contributed renderer. Unlike most contributions, a renderer keeps per-viewer state (fonts,
	 * placed labels), so each {@link #create()} makes a new instance.
	 */
	public static final class Descriptor extends ContributionDescriptor {
		private final IConfigurationElement element;
		private final String description;
		private final int priority;
		private final Consumer<ContributionProblem> problems;
		private String failure;

		Descriptor(IConfigurationElement element, String id, String name, String description, int priority,
				Consumer<ContributionProblem> problems) {
			super(element, id, name);
			this.element = element;
			this.description = description;
			this.priority = priority;
			this.problems = problems;
		}

		/** @return what the renderer draws, for users */
		public String getDescription() {
			return description;
		}

		/** @return its priority: the viewer uses the highest */
		public int getPriority() {
			return priority;
		}

		/** @return why it could not be created, or {@code null} */
		public synchronized String getFailure() {
			return failure;
		}

		/**
		 * @return a new renderer, or {@code null} if the class cannot be created (reported once;
		 *         the descriptor is not tried again)
		 */
		public synchronized INetworkRenderer create() {
			if (failure != null) {
				return null;
			}
			try {
				Object created = element.createExecutableExtension(CLASS);
				if (created instanceof INetworkRenderer renderer) {
					return renderer;
				}
				fail(element.getAttribute(CLASS) + " does not implement " + INetworkRenderer.class.getName(), null);
			} catch (CoreException | RuntimeException | LinkageError e) {
				fail("cannot create " + element.getAttribute(CLASS) + ": " + e.getMessage(), e);
			}
			return null;
		}

		private void fail(String message, Throwable cause) {
			failure = message;
			problems.accept(new ContributionProblem(EXTENSION_POINT, getContributor(), RENDERER + " " + getId(), message, cause));
		}
	}

	/**
	 * @param registry the registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public RendererRegistryReader(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		super(registry, EXTENSION_POINT, problems);
	}

	@Override
	protected Descriptor readElement(IConfigurationElement element) throws InvalidContributionException {
		if (!RENDERER.equals(element.getName())) {
			return null;
		}
		String id = required(element, ID);
		String name = required(element, NAME);
		required(element, CLASS);
		String priority = optional(element, PRIORITY, "0"); //$NON-NLS-1$
		int value;
		try {
			value = Integer.parseInt(priority);
		} catch (NumberFormatException e) {
			throw new InvalidContributionException("priority '" + priority + "' is not a whole number");
		}
		return new Descriptor(element, id, name, optional(element, DESCRIPTION, ""), value, this::report); //$NON-NLS-1$
	}
}
