package org.policylens.corpus.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.LazyExtension;
import org.policylens.corpus.segment.ISegmenter;

/** A segmenter contributed to {@code org.policylens.corpus.segmenters}. */
public final class SegmenterDescriptor extends ContributionDescriptor {

	private final List<String> languages;
	private final LazyExtension<ISegmenter> segmenter;

	SegmenterDescriptor(IConfigurationElement element, String id, String name, List<String> languages,
			Consumer<ContributionProblem> problems) {
		super(element, id, name);
		this.languages = List.copyOf(languages);
		this.segmenter = new LazyExtension<>(element, CorpusRegistryReaders.CLASS, ISegmenter.class,
				CorpusRegistryReaders.SEGMENTERS, problems);
	}

	/** @return the languages it is the default for (e.g. zh), possibly none */
	public List<String> getLanguages() {
		return languages;
	}

	/** @return the segmenter, created on first use */
	public java.util.Optional<ISegmenter> getSegmenter() {
		return segmenter.get();
	}
}
