package org.policylens.common.registry;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;

/**
 * The object a contribution names in a {@code class} attribute, created on first use.
 * <p>
 * Creating it loads (and so activates) the contributing bundle, which is why descriptors never do
 * it while the registry is read. If creation fails (class missing, wrong type, constructor throws)
 * the failure is reported once to the problem sink and {@link #get()} answers empty from then on:
 * a broken plugin never breaks the product.
 *
 * @param <T> the API type the extension point's schema names ({@code basedOn})
 */
public final class LazyExtension<T> {

	private final IConfigurationElement element;
	private final String attribute;
	private final Class<T> type;
	private final String className;
	private final String extensionPointId;
	private final Consumer<ContributionProblem> problemSink;

	private T instance;
	private ContributionProblem failure;

	/**
	 * @param element          the configuration element that names the class
	 * @param attribute        the attribute holding the class name, usually {@code "class"}
	 * @param type             the type the created object must have
	 * @param extensionPointId the extension point, for messages
	 * @param problemSink      receives the problem if the object cannot be created
	 */
	public LazyExtension(IConfigurationElement element, String attribute, Class<T> type, String extensionPointId,
			Consumer<ContributionProblem> problemSink) {
		this.element = element;
		this.attribute = attribute;
		this.type = type;
		this.className = element.getAttribute(attribute);
		this.extensionPointId = extensionPointId;
		this.problemSink = problemSink;
	}

	/** @return the class name as written in {@code plugin.xml} */
	public String getClassName() {
		return className;
	}

	/** @return whether the object was created successfully already */
	public synchronized boolean isCreated() {
		return instance != null;
	}

	/** @return the reason the object could not be created, if it could not */
	public synchronized Optional<ContributionProblem> getFailure() {
		return Optional.ofNullable(failure);
	}

	/**
	 * Creates the object on the first call and returns the same object afterwards.
	 *
	 * @return the object, or empty if it cannot be created (the reason went to the problem sink)
	 */
	public synchronized Optional<T> get() {
		if (instance == null && failure == null) {
			create();
		}
		return Optional.ofNullable(instance);
	}

	private void create() {
		SafeRunner.run(new ISafeRunnable() {
			@Override
			public void run() throws CoreException {
				Object created = element.createExecutableExtension(attribute);
				if (!type.isInstance(created)) {
					fail(className + " does not implement " + type.getName(), null);
					return;
				}
				instance = type.cast(created);
			}

			@Override
			public void handleException(Throwable e) {
				fail("cannot create " + className + ": " + describe(rootCause(e)), e);
			}
		});
	}

	private void fail(String message, Throwable cause) {
		failure = new ContributionProblem(extensionPointId, element.getContributor().getName(), element.getName(),
				message, cause);
		problemSink.accept(failure);
	}

	private static Throwable rootCause(Throwable e) {
		Throwable cause = e;
		while (true) {
			Throwable next = cause instanceof CoreException ce && ce.getStatus().getException() != null
					? ce.getStatus().getException()
					: cause.getCause();
			if (next == null || next == cause) {
				return cause;
			}
			cause = next;
		}
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
	}

}
