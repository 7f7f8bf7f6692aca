package org.policylens.coword;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.coword.CowordNetwork.Link;
import org.policylens.coword.internal.Centralities;
import org.policylens.coword.internal.CowordChecks;
import org.policylens.coword.internal.Links;
import org.policylens.coword.internal.MapMaker;
import org.policylens.coword.internal.StrategicDiagram;

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
		SubMonitor progress = SubMonitor.convert(monitor, "Clustering and laying out", 4);
		CowordChecks.checkTerms(matrix, parameters);
		CowordOptions options = parameters.options();
		List<Link> links = Links.of(matrix, measure, options.minStrength(), options.maxLinks());
		CowordChecks.checkLinks(matrix, measure, parameters, links);
		progress.worked(1);
		int terms = matrix.termCount();
		MapMaker.Map map = MapMaker.make(terms, links, options);
		progress.split(2);
		Centralities centralities = Centralities.of(terms, links);
		progress.split(1);
		double[] weight = new double[terms];
		int[] degree = new int[terms];
		for (Link link : links) {
			weight[link.source()] += link.strength();
			weight[link.target()] += link.strength();
			degree[link.source()]++;
			degree[link.target()]++;
		}
		List<CowordNetwork.Term> nodes = new ArrayList<>(terms);
		for (int i = 0; i < terms; i++) {
			nodes.add(new CowordNetwork.Term(i, matrix.term(i), matrix.frequency(i), map.clusters()[i] + 1, map.x()[i],
					map.y()[i], weight[i], degree[i], centralities.of(i)));
		}
		List<CowordNetwork.Cluster> clusters = StrategicDiagram.clusters(matrix, links, map.clusters());
		return new CowordNetwork(nodes, links, clusters, parameters, matrix, CowordChecks.notes(matrix, degree, clusters));
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
