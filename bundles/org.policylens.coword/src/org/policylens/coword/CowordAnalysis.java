package org.policylens.coword;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Makes a co-word network: reads a source into a {@link CooccurrenceMatrix}, normalises the counts
 * with a similarity measure, keeps the links at or above the minimum strength, clusters the terms
 * (Leiden), lays them out (VOS), computes centralities and the strategic diagram. Degenerate input
 * (no terms above the threshold, a single term, no links) is a {@link CowordException} that says
 * what to change, never an empty network.
 */
public final class CowordAnalysis {

	private final Function<String, Optional<ISimilarityMeasure>> measures;

	/**
	 * @param measures finds a measure by id, usually {@code measures::get} of a started {@link Measures}
	 */
	public CowordAnalysis(Function<String, Optional<ISimilarityMeasure>> measures) {
		this.measures = measures;
	}

	/**
	 * @param source    the units and their terms
	 * @param selection which terms
	 * @param measureId the similarity measure's id, e.g. {@link Measures#ASSOCIATION}
	 * @param options   link threshold, clustering and layout parameters, seed
	 * @param monitor   progress, cancelable
	 * @return the network
	 * @throws CowordException if the input cannot be read, the measure is not installed, or the
	 *                         selection gives no network (the message says what to change)
	 */
	public CowordNetwork build(CowordSource source, TermSelection selection, String measureId, CowordOptions options,
			IProgressMonitor monitor) throws CowordException {
		SubMonitor progress = SubMonitor.convert(monitor, "Co-word analysis", 10);
		ISimilarityMeasure measure = measure(measureId);
		CooccurrenceMatrix matrix = CooccurrenceMatrix.build(source, selection, progress.split(6));
		CowordParameters parameters = new CowordParameters(source.describe(), source.unitKind(), selection, measureId, options);
		return network(matrix, measure, parameters, progress.split(4));
	}

	/**
	 * Makes a network from a matrix already built (another measure, threshold or resolution for
	 * the same terms, without reading the source again).
	 *
	 * @param matrix     the co-occurrence
	 * @param measure    the similarity measure
	 * @param parameters what made it (source, selection, measure id, options)
	 * @param monitor    progress, cancelable
	 * @return the network
	 * @throws CowordException if the matrix gives no network (the message says what to change)
	 */
	public static CowordNetwork network(CooccurrenceMatrix matrix, ISimilarityMeasure measure,
			CowordParameters parameters, IProgressMonitor monitor) throws CowordException {
		throw new CowordException(CowordException.Reason.BAD_PARAMETER, "not implemented yet");
	}

	/**
	 * @param id a measure id
	 * @return the measure
	 * @throws CowordException if it is not installed
	 */
	public ISimilarityMeasure measure(String id) throws CowordException {
		return measures.apply(id).orElseThrow(() -> new CowordException(CowordException.Reason.BAD_PARAMETER,
				"no similarity measure '" + id + "' is installed (see 'policylens coword measures')"));
	}
}
