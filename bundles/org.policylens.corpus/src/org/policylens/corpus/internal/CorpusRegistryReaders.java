package org.policylens.corpus.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.InvalidContributionException;
import org.policylens.common.registry.RegistryReader;
import org.policylens.corpus.ContributedCorpus;

/**
 * The readers of the corpus extension points: importers, segmenters and corpora.
 */
public final class CorpusRegistryReaders {

	/** Extension point of document importers. */
	public static final String IMPORTERS = "org.policylens.corpus.importers"; //$NON-NLS-1$
	/** Extension point of clause segmenters. */
	public static final String SEGMENTERS = "org.policylens.corpus.segmenters"; //$NON-NLS-1$
	/** Extension point of contributed corpora. */
	public static final String CORPORA = "org.policylens.corpus.corpora"; //$NON-NLS-1$

	static final String ID = "id"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$
	static final String EXTENSIONS = "extensions"; //$NON-NLS-1$
	static final String LANGUAGES = "languages"; //$NON-NLS-1$
	static final String DESCRIPTION = "description"; //$NON-NLS-1$
	static final String FOLDER = "folder"; //$NON-NLS-1$
	static final String METADATA = "metadata"; //$NON-NLS-1$
	static final String LICENCE = "licence"; //$NON-NLS-1$

	private CorpusRegistryReaders() {
	}

	static List<String> list(String value) {
		return value == null ? List.of()
				: Arrays.stream(value.split("[,\\s]+")).map(s -> s.strip().toLowerCase(Locale.ROOT)) //$NON-NLS-1$
						.filter(s -> !s.isEmpty()).toList();
	}

	/** Reads {@code org.policylens.corpus.importers}. */
	public static final class Importers extends RegistryReader<ImporterDescriptor> {
		/**
		 * @param registry the registry
		 * @param problems where skipped contributions are reported, or {@code null} for the log
		 */
		public Importers(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
			super(registry, IMPORTERS, problems);
		}

		@Override
		protected ImporterDescriptor readElement(IConfigurationElement element) throws InvalidContributionException {
			if (!"importer".equals(element.getName())) { //$NON-NLS-1$
				return null;
			}
			required(element, CLASS);
			return new ImporterDescriptor(element, required(element, ID), optional(element, NAME, null),
					list(element.getAttribute(EXTENSIONS)), this::report);
		}
	}

	/** Reads {@code org.policylens.corpus.segmenters}. */
	public static final class Segmenters extends RegistryReader<SegmenterDescriptor> {
		/**
		 * @param registry the registry
		 * @param problems where skipped contributions are reported, or {@code null} for the log
		 */
		public Segmenters(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
			super(registry, SEGMENTERS, problems);
		}

		@Override
		protected SegmenterDescriptor readElement(IConfigurationElement element) throws InvalidContributionException {
			if (!"segmenter".equals(element.getName())) { //$NON-NLS-1$
				return null;
			}
			required(element, CLASS);
			return new SegmenterDescriptor(element, required(element, ID), optional(element, NAME, null),
					list(element.getAttribute(LANGUAGES)), this::report);
		}
	}

	/** A contributed corpus, its folders resolved on disk when asked. */
	public static final class CorpusDescriptor extends ContributionDescriptor {
		private final String description;
		private final String folder;
		private final String metadata;
		private final String licence;

		CorpusDescriptor(IConfigurationElement element, String id, String name, String description, String folder,
				String metadata, String licence) {
			super(element, id, name);
			this.description = description;
			this.folder = folder;
			this.metadata = metadata;
			this.licence = licence;
		}

		/** @return the description */
		public String getDescription() {
			return description;
		}

		/**
		 * @return the corpus with its files on disk (extracted from the bundle if need be)
		 * @throws IOException if the contributing bundle or its folder cannot be found
		 */
		public ContributedCorpus resolve() throws IOException {
			Bundle bundle = Platform.getBundle(getContributor());
			if (bundle == null) {
				throw new IOException("the bundle " + getContributor() + " of corpus " + getId() + " is not installed");
			}
			return new ContributedCorpus(getId(), getLabel(), description, getContributor(), path(bundle, folder, true),
					metadata == null ? null : path(bundle, metadata, false), licence == null ? null : path(bundle, licence, false));
		}

		private Path path(Bundle bundle, String entry, boolean required) throws IOException {
			URL url = bundle.getEntry(entry);
			if (url == null) {
				if (required) {
					throw new IOException(getContributor() + " has no " + entry + " (corpus " + getId() + ")");
				}
				return null;
			}
			try {
				return Path.of(FileLocator.toFileURL(url).toURI());
			} catch (URISyntaxException | IllegalArgumentException e) {
				return Path.of(FileLocator.toFileURL(url).getPath());
			}
		}
	}

	/** Reads {@code org.policylens.corpus.corpora}. */
	public static final class Corpora extends RegistryReader<CorpusDescriptor> {
		/**
		 * @param registry the registry
		 * @param problems where skipped contributions are reported, or {@code null} for the log
		 */
		public Corpora(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
			super(registry, CORPORA, problems);
		}

		@Override
		protected CorpusDescriptor readElement(IConfigurationElement element) throws InvalidContributionException {
			if (!"corpus".equals(element.getName())) { //$NON-NLS-1$
				return null;
			}
			return new CorpusDescriptor(element, required(element, ID), required(element, NAME),
					optional(element, DESCRIPTION, ""), required(element, FOLDER), optional(element, METADATA, null), //$NON-NLS-1$
					optional(element, LICENCE, null));
		}
	}
}
