package org.policylens.corpus;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.corpus.importers.IDocumentImporter;
import org.policylens.corpus.internal.CorpusRegistryReaders;
import org.policylens.corpus.internal.CorpusRegistryReaders.CorpusDescriptor;
import org.policylens.corpus.internal.ImporterDescriptor;
import org.policylens.corpus.internal.SegmenterDescriptor;
import org.policylens.corpus.segment.ParagraphSegmenter;

/**
 * The importers, segmenters and corpora that plugins contribute, read from the extension registry.
 * Start it before use and stop it after (the product keeps one for its lifetime, a command one for
 * its run).
 */
public final class CorpusPlugins implements ImportServices {

	/** The segmenter every language falls back to. */
	public static final String PARAGRAPHS = "org.policylens.corpus.paragraphs"; //$NON-NLS-1$

	private final CorpusRegistryReaders.Importers importers;
	private final CorpusRegistryReaders.Segmenters segmenters;
	private final CorpusRegistryReaders.Corpora corpora;

	/**
	 * @param registry the extension registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public CorpusPlugins(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		importers = new CorpusRegistryReaders.Importers(registry, problems);
		segmenters = new CorpusRegistryReaders.Segmenters(registry, problems);
		corpora = new CorpusRegistryReaders.Corpora(registry, problems);
	}

	/** Reads the contributions. */
	public void start() {
		importers.start();
		segmenters.start();
		corpora.start();
	}

	/** Forgets them. */
	public void stop() {
		importers.stop();
		segmenters.stop();
		corpora.stop();
	}

	@Override
	public Optional<IDocumentImporter> importerFor(String fileName, byte[] head) {
		IDocumentImporter best = null;
		int bestClaim = 0;
		for (ImporterDescriptor descriptor : importers.getDescriptors()) {
			Optional<IDocumentImporter> importer = descriptor.getImporter();
			if (importer.isEmpty()) {
				continue;
			}
			int claim = importer.get().claims(fileName, head);
			if (claim > bestClaim) {
				best = importer.get();
				bestClaim = claim;
			}
		}
		return Optional.ofNullable(best);
	}

	@Override
	public NamedSegmenter segmenterFor(String language, String requested) {
		if (requested != null) {
			SegmenterDescriptor descriptor = segmenters.getDescriptor(requested);
			if (descriptor == null || descriptor.getSegmenter().isEmpty()) {
				throw new IllegalArgumentException("no segmenter '" + requested + "'; installed: " + segmenterIds());
			}
			return new NamedSegmenter(requested, descriptor.getSegmenter().get());
		}
		for (SegmenterDescriptor descriptor : segmenters.getDescriptors()) {
			if (descriptor.getLanguages().contains(language) && descriptor.getSegmenter().isPresent()) {
				return new NamedSegmenter(descriptor.getId(), descriptor.getSegmenter().get());
			}
		}
		return new NamedSegmenter(PARAGRAPHS, new ParagraphSegmenter());
	}

	@Override
	public String formats() {
		TreeSet<String> extensions = new TreeSet<>();
		importers.getDescriptors().forEach(d -> extensions.addAll(d.getExtensions()));
		return String.join(", ", extensions); //$NON-NLS-1$
	}

	/** @return the ids of the installed segmenters */
	public List<String> segmenterIds() {
		return segmenters.getDescriptors().stream().map(SegmenterDescriptor::getId).toList();
	}

	/** @return the installed importers, for the plugins view and tests */
	public List<ImporterDescriptor> importers() {
		return importers.getDescriptors();
	}

	/** @return the contributed corpora */
	public List<CorpusInfo> corpora() {
		return corpora.getDescriptors().stream()
				.map(d -> new CorpusInfo(d.getId(), d.getLabel(), d.getDescription(), d.getContributor())).toList();
	}

	/**
	 * @param id a corpus id
	 * @return the contributed corpus, with its files on disk
	 * @throws IOException if there is no such corpus or its files cannot be found
	 */
	public ContributedCorpus corpus(String id) throws IOException {
		CorpusDescriptor descriptor = corpora.getDescriptor(id);
		if (descriptor == null) {
			throw new IOException("no corpus '" + id + "'; installed: "
					+ corpora.getDescriptors().stream().map(CorpusDescriptor::getId).toList());
		}
		return descriptor.resolve();
	}
}
