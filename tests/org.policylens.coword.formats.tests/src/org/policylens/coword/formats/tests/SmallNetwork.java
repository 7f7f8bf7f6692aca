package org.policylens.coword.formats.tests;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.CowordNetwork.Cluster;
import org.policylens.coword.CowordNetwork.Link;
import org.policylens.coword.CowordNetwork.Term;
import org.policylens.coword.CowordOptions;
import org.policylens.coword.CowordParameters;
import org.policylens.coword.CowordUnit;
import org.policylens.coword.Quadrant;
import org.policylens.coword.TermSelection;

/**
 * A network small enough to compute by hand. Five keyword records:
 * <pre>
 * r1: data, policy, smart city     r2: data, policy     r3: data, smart city
 * r4: policy, AI, 人工智能           r5: data
 * </pre>
 * Frequencies data 4, policy 3, smart city 2, "AI, 人工智能" 1 (a label with a comma and Chinese);
 * co-occurrences data–policy 2, data–smart city 2, policy–smart city 1, policy–AI 1; strengths are
 * association strength c/(f·f): 1/6, 1/4, 1/6, 1/3. Clusters {data, smart city} and {policy, AI};
 * positions and centralities set by hand.
 */
final class SmallNetwork {

	static final String AI = "AI, 人工智能";

	private SmallNetwork() {
	}

	static CowordNetwork build() {
		CooccurrenceMatrix.Builder builder = new CooccurrenceMatrix.Builder(TermSelection.ALL);
		builder.unit(CowordUnit.record(0, "r1", "r1"), List.of("data", "policy", "smart city"));
		builder.unit(CowordUnit.record(1, "r2", "r2"), List.of("data", "policy"));
		builder.unit(CowordUnit.record(2, "r3", "r3"), List.of("data", "smart city"));
		builder.unit(CowordUnit.record(3, "r4", "r4"), List.of("policy", AI));
		builder.unit(CowordUnit.record(4, "r5", "r5"), List.of("data"));
		CooccurrenceMatrix matrix = builder.build(new NullProgressMonitor());
		List<Term> terms = List.of( //
				new Term(0, "data", 4, 1, -0.5, 0.25, 2 / 12.0 + 2 / 8.0, 2, centralities(2 / 3.0, 0, 0.75, 0.9)),
				new Term(1, "policy", 3, 2, 0.5, 0.25, 2 / 12.0 + 1 / 6.0 + 1 / 3.0, 3, centralities(1, 2 / 3.0, 1, 1)),
				new Term(2, "smart city", 2, 1, -0.25, -0.75, 2 / 8.0 + 1 / 6.0, 2, centralities(2 / 3.0, 0, 0.6, 0.7)),
				new Term(3, AI, 1, 2, 1.0, -0.5, 1 / 3.0, 1, centralities(1 / 3.0, 0, 0.5, 0.4)));
		List<Link> links = List.of(new Link(0, 1, 2, 2 / 12.0), new Link(0, 2, 2, 2 / 8.0), new Link(1, 2, 1, 1 / 6.0),
				new Link(1, 3, 1, 1 / 3.0));
		List<Cluster> clusters = List.of(new Cluster(1, "data / smart city", List.of(0, 2), 2 / 12.0 + 1 / 6.0, 0.25, Quadrant.MOTOR),
				new Cluster(2, "policy / " + AI, List.of(1, 3), 2 / 12.0 + 1 / 6.0, 1 / 3.0, Quadrant.NICHE));
		CowordParameters parameters = new CowordParameters("five hand-made keyword records", "record", TermSelection.ALL,
				"association", CowordOptions.DEFAULTS.withSeed(7));
		return new CowordNetwork(terms, links, clusters, parameters, matrix, List.of());
	}

	private static Map<String, Double> centralities(double degree, double betweenness, double closeness, double eigenvector) {
		return Map.of(CowordNetwork.DEGREE, degree, CowordNetwork.BETWEENNESS, betweenness, CowordNetwork.CLOSENESS, closeness,
				CowordNetwork.EIGENVECTOR, eigenvector);
	}
}
