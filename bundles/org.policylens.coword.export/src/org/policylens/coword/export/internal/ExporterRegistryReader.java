package org.policylens.coword.export.internal;

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
import org.policylens.coword.export.ICowordExporter;

/** Reads {@code org.policylens.coword.exporters}. */
public final class ExporterRegistryReader extends RegistryReader<ExporterRegistryReader.Descriptor> {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.policylens.coword.exporters"; //$NON-NLS-1$

	static final String EXPORTER = "exporter"; //$NON-NLS-1$
	static final String ID = "id"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String EXTENSIONS = "extensions"; //$NON-NLS-1$
	static final String DESCRIPTION = "description"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$

	/** A contributed exporter. */
	public static final class Descriptor extends ContributionDescriptor {
		private final List<String> extensions;
		private final String description;
		private final LazyExtension<ICowordExporter> exporter;

		Descriptor(IConfigurationElement element, String id, String name, List<String> extensions, String description,
				Consumer<ContributionProblem> problems) {
			super(element, id, name);
			this.extensions = List.copyOf(extensions);
			this.description = description;
			this.exporter = new LazyExtension<>(element, CLASS, ICowordExporter.class, EXTENSION_POINT, problems);
		}

		/** @return the file extensions, without dots, lower case; the first is the one it writes by default */
		public List<String> getExtensions() {
			return extensions;
		}

		/** @return what it writes, for people */
		public String getDescription() {
			return description;
		}

		/** @return the exporter, created on first use; empty if it cannot be created */
		public Optional<ICowordExporter> getExporter() {
			return exporter.get();
		}
	}

	/**
	 * @param registry the registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public ExporterRegistryReader(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		super(registry, EXTENSION_POINT, problems);
	}

	@Override
	protected Descriptor readElement(IConfigurationElement element) throws InvalidContributionException {
		if (!EXPORTER.equals(element.getName())) {
			return null;
		}
		String id = required(element, ID);
		if (!id.matches("[a-z0-9][a-z0-9._-]*")) { //$NON-NLS-1$
			throw new InvalidContributionException(
					"the id '" + id + "' is not one lower-case word (it is what users type after --format)");
		}
		String name = required(element, NAME);
		List<String> extensions = Arrays.stream(required(element, EXTENSIONS).split(",")) //$NON-NLS-1$
				.map(e -> e.trim().toLowerCase(Locale.ROOT)).map(e -> e.startsWith(".") ? e.substring(1) : e) //$NON-NLS-1$
				.filter(e -> !e.isEmpty()).toList();
		if (extensions.isEmpty()) {
			throw new InvalidContributionException("the attribute 'extensions' names no file extension");
		}
		required(element, CLASS);
		return new Descriptor(element, id, name, extensions, optional(element, DESCRIPTION, ""), this::report); //$NON-NLS-1$
	}
}
