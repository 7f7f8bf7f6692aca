package org.policylens.common.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Reads the contributions to one extension point into descriptors, and keeps them current.
 * <p>
 * There is one subclass per extension point. The registry comes in through the constructor, so a
 * test can hand in a private registry; nothing is read before {@link #start()} and nothing is
 * kept after {@link #stop()}. While started, the reader follows bundles that are installed or
 * uninstalled at run time (e.g. a plugin installed from the update site) and tells its listeners.
 * <p>
 * A malformed contribution is logged with its bundle and skipped: subclasses throw
 * {@link InvalidContributionException} from {@link #readElement} and the reader carries on.
 *
 * @param <D> the descriptor type
 */
public abstract class RegistryReader<D extends ContributionDescriptor> {

	private final IExtensionRegistry registry;
	private final String extensionPointId;
	private final Consumer<ContributionProblem> problemSink;

	private final Map<IExtension, List<D>> byExtension = new LinkedHashMap<>();
	private final List<ContributionProblem> problems = new CopyOnWriteArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final IRegistryEventListener registryListener = new IRegistryEventListener() {
		@Override
		public void added(IExtension[] extensions) {
			changed(extensions, true);
		}

		@Override
		public void removed(IExtension[] extensions) {
			changed(extensions, false);
		}

		@Override
		public void added(IExtensionPoint[] extensionPoints) {
			// the point itself comes with the bundle that declares it: nothing to read yet
		}

		@Override
		public void removed(IExtensionPoint[] extensionPoints) {
			// its extensions are removed one by one through removed(IExtension[])
		}
	};
	private boolean started;

	/**
	 * @param registry         the extension registry to read, usually {@code Platform.getExtensionRegistry()}
	 * @param extensionPointId the fully qualified id of the extension point
	 */
	protected RegistryReader(IExtensionRegistry registry, String extensionPointId) {
		this(registry, extensionPointId, null);
	}

	/**
	 * @param registry         the extension registry to read
	 * @param extensionPointId the fully qualified id of the extension point
	 * @param problemSink      where problems go besides this reader's list; {@code null} logs them
	 *                         to the platform log (the Error Log view)
	 */
	protected RegistryReader(IExtensionRegistry registry, String extensionPointId,
			Consumer<ContributionProblem> problemSink) {
		this.registry = Objects.requireNonNull(registry, "registry");
		this.extensionPointId = Objects.requireNonNull(extensionPointId, "extensionPointId");
		this.problemSink = problemSink != null ? problemSink : RegistryReader::logToPlatform;
	}

	/** @return the fully qualified id of the extension point this reader reads */
	public final String getExtensionPointId() {
		return extensionPointId;
	}

	/**
	 * Reads every contribution and starts following registry changes. Calling it again while
	 * started does nothing.
	 */
	public final void start() {
		synchronized (this) {
			if (started) {
				return;
			}
			started = true;
			IExtensionPoint point = registry.getExtensionPoint(extensionPointId);
			if (point == null) {
				report(new ContributionProblem(extensionPointId, "?", "-",
						"the extension point is not declared: is its bundle installed?", null));
			} else {
				for (IExtension extension : point.getExtensions()) {
					read(extension);
				}
			}
			registry.addListener(registryListener, extensionPointId);
		}
		fireChanged();
	}

	/** Stops following the registry and forgets every descriptor and problem. */
	public final void stop() {
		synchronized (this) {
			if (!started) {
				return;
			}
			registry.removeListener(registryListener);
			byExtension.clear();
			problems.clear();
			started = false;
		}
	}

	/** @return whether {@link #start()} was called and {@link #stop()} was not */
	public final synchronized boolean isStarted() {
		return started;
	}

	/**
	 * @return the descriptors of all valid contributions, sorted by id; empty when not started
	 */
	public final List<D> getDescriptors() {
		List<D> all = new ArrayList<>();
		synchronized (this) {
			byExtension.values().forEach(all::addAll);
		}
		all.sort(Comparator.comparing(ContributionDescriptor::getId));
		return Collections.unmodifiableList(all);
	}

	/**
	 * @param id a contribution id
	 * @return the descriptor with that id, or {@code null}
	 */
	public final D getDescriptor(String id) {
		return getDescriptors().stream().filter(d -> d.getId().equals(id)).findFirst().orElse(null);
	}

	/**
	 * @return the contributions that were skipped or failed later, oldest first
	 */
	public final List<ContributionProblem> getProblems() {
		return List.copyOf(problems);
	}

	/**
	 * @param listener called (on any thread) after contributions were added or removed
	 */
	public final void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public final void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/**
	 * Makes the descriptor for one configuration element of a contribution.
	 *
	 * @param element a top-level element of an extension to this point
	 * @return the descriptor, or {@code null} if the element is not one this reader keeps
	 * @throws InvalidContributionException if the element is malformed; it is skipped and logged
	 */
	protected abstract D readElement(IConfigurationElement element) throws InvalidContributionException;

	/**
	 * Records a problem found after reading, e.g. by a {@link LazyExtension} that cannot create
	 * its object. Subclasses pass {@code this::report} as the problem sink of their descriptors.
	 *
	 * @param problem the problem
	 */
	protected final void report(ContributionProblem problem) {
		problems.add(problem);
		problemSink.accept(problem);
	}

	/**
	 * @param element   an element
	 * @param attribute an attribute the schema marks as required
	 * @return its trimmed value
	 * @throws InvalidContributionException if it is missing or blank
	 */
	protected static String required(IConfigurationElement element, String attribute)
			throws InvalidContributionException {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new InvalidContributionException("required attribute '" + attribute + "' is missing");
		}
		return value.trim();
	}

	/**
	 * @param element      an element
	 * @param attribute    an optional attribute
	 * @param defaultValue the value if the attribute is missing or blank
	 * @return its trimmed value or the default
	 */
	protected static String optional(IConfigurationElement element, String attribute, String defaultValue) {
		String value = element.getAttribute(attribute);
		return value == null || value.isBlank() ? defaultValue : value.trim();
	}

	private void changed(IExtension[] extensions, boolean added) {
		synchronized (this) {
			if (!started) {
				return;
			}
			for (IExtension extension : extensions) {
				if (added) {
					read(extension);
				} else {
					byExtension.remove(extension);
				}
			}
		}
		fireChanged();
	}

	private void read(IExtension extension) {
		List<D> read = new ArrayList<>();
		for (IConfigurationElement element : extension.getConfigurationElements()) {
			try {
				D descriptor = readElement(element);
				if (descriptor == null) {
					continue;
				}
				if (isDuplicate(descriptor, read)) {
					throw new InvalidContributionException(
							"id '" + descriptor.getId() + "' is contributed already; this one is ignored");
				}
				read.add(descriptor);
			} catch (InvalidContributionException | RuntimeException e) {
				String id = element.getAttribute("id");
				String name = id == null ? element.getName() : element.getName() + " " + id;
				report(new ContributionProblem(extensionPointId, extension.getContributor().getName(), name,
						e.getMessage(), e instanceof RuntimeException ? e : null));
			}
		}
		byExtension.put(extension, read);
	}

	private boolean isDuplicate(D descriptor, List<D> pending) {
		return pending.stream().anyMatch(d -> d.getId().equals(descriptor.getId()))
				|| byExtension.values().stream().flatMap(List::stream)
						.anyMatch(d -> d.getId().equals(descriptor.getId()));
	}

	private void fireChanged() {
		for (Runnable listener : listeners) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				logToPlatform(new ContributionProblem(extensionPointId, "?", "listener",
						"a change listener failed: " + e, e));
			}
		}
	}

	private static void logToPlatform(ContributionProblem problem) {
		try {
			ILog.of(RegistryReader.class).log(new Status(IStatus.WARNING, "org.policylens.common",
					"Plugin contribution skipped: " + problem, problem.cause()));
		} catch (RuntimeException | LinkageError e) {
			// outside OSGi (plain JUnit, a tool): standard error is the log
			System.err.println("Plugin contribution skipped: " + problem); //$NON-NLS-1$
		}
	}
}
