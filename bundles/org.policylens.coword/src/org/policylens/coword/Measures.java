package org.policylens.coword;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.ExecutableContribution;
import org.policylens.coword.internal.MeasureRegistryReader;

/**
 * The similarity measures that plugins contribute to {@code org.policylens.coword.measures}. Start
 * it before use and stop it after (the product keeps one for its lifetime, a command one for its
 * run). Measures are created when first asked for.
 */
public final class Measures {

	/** Raw co-occurrence counts. */
	public static final String COUNT = "count"; //$NON-NLS-1$
	/** Association strength (probabilistic affinity), VOSviewer's default. */
	public static final String ASSOCIATION = "association"; //$NON-NLS-1$
	/** Equivalence index. */
	public static final String EQUIVALENCE = "equivalence"; //$NON-NLS-1$
	/** Inclusion index. */
	public static final String INCLUSION = "inclusion"; //$NON-NLS-1$
	/** Salton's cosine. */
	public static final String COSINE = "cosine"; //$NON-NLS-1$
	/** Jaccard index. */
	public static final String JACCARD = "jaccard"; //$NON-NLS-1$

	/**
	 * An installed measure.
	 *
	 * @param id          what users type
	 * @param name        its name
	 * @param description its formula and use
	 * @param contributor the bundle that contributes it
	 */
	public record Info(String id, String name, String description, String contributor) {
	}

	private final MeasureRegistryReader reader;

	/**
	 * @param registry the extension registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public Measures(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		reader = new MeasureRegistryReader(registry, problems);
	}

	/** Reads the contributions. */
	public void start() {
		reader.start();
	}

	/** Forgets them. */
	public void stop() {
		reader.stop();
	}

	/** @return the installed measures, by id */
	public List<Info> list() {
		return reader.getDescriptors().stream()
				.map(d -> new Info(d.getId(), d.getLabel(), d.getDescription(), d.getContributor())).toList();
	}

	/**
	 * @param id a measure id
	 * @return the measure, created on first use; empty if there is none or it cannot be created
	 *         (see {@link #problems()})
	 */
	public Optional<ISimilarityMeasure> get(String id) {
		ExecutableContribution<ISimilarityMeasure> contribution = reader.getDescriptor(id);
		return contribution == null ? Optional.empty() : contribution.get();
	}

	/** @return the contributions that were skipped or could not be created */
	public List<ContributionProblem> problems() {
		return reader.getProblems();
	}
}
