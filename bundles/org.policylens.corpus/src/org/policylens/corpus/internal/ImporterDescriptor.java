package org.policylens.corpus.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.LazyExtension;
import org.policylens.corpus.importers.IDocumentImporter;

/** An importer contributed to {@code org.policylens.corpus.importers}. */
public final class ImporterDescriptor extends ContributionDescriptor {

	private final List<String> extensions;
	private final LazyExtension<IDocumentImporter> importer;

	ImporterDescriptor(IConfigurationElement element, String id, String name, List<String> extensions,
			Consumer<ContributionProblem> problems) {
		super(element, id, name);
		this.extensions = List.copyOf(extensions);
		this.importer = new LazyExtension<>(element, CorpusRegistryReaders.CLASS, IDocumentImporter.class,
				CorpusRegistryReaders.IMPORTERS, problems);
	}

	/** @return the file name extensions it declares, lower case */
	public List<String> getExtensions() {
		return extensions;
	}

	/** @return the importer, created on first use */
	public java.util.Optional<IDocumentImporter> getImporter() {
		return importer.get();
	}
}
