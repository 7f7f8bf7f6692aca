package org.policylens.coword.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.coword.CowordAnalysis;
import org.policylens.coword.CowordException;
import org.policylens.coword.CowordException.Reason;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.CowordOptions;
import org.policylens.coword.CowordSource;
import org.policylens.coword.KeywordFieldSource;
import org.policylens.coword.Measures;
import org.policylens.coword.Quadrant;
import org.policylens.coword.TermSelection;

/** Networks: links under a measure, Leiden clusters and VOS layout from a seed, the strategic diagram, bad input. */
public class CowordAnalysisTest {

	@TempDir
	Path tmp;

	private Measures measures;
	private CowordAnalysis analysis;

	@BeforeEach
	void start() {
		measures = new Measures(Platform.getExtensionRegistry(), null);
		measures.start();
		analysis = new CowordAnalysis(measures::get);
	}

	@AfterEach
	void stop() {
		measures.stop();
	}

	/**
	 * Four themes: a b c (each pair in 3 units), d e f (each pair in 2), g h (in 4 units), i j (in 1);
	 * bridges c–d, f–g, h–i (1 unit each).
	 */
	private static CowordSource themes() {
		return TestSources.units("a b c", "a b c", "a b c", "d e f", "d e f", "g h", "g h", "g h", "g h", "i j", "c d", "f g", "h i");
	}

	private CowordNetwork build(CowordSource source, TermSelection selection, String measure, CowordOptions options)
			throws CowordException {
		return analysis.build(source, selection, measure, options, new NullProgressMonitor());
	}

	@Test
	void strategicDiagramOfFourThemes() throws Exception {
		CowordNetwork network = build(themes(), TermSelection.ALL, Measures.COUNT, CowordOptions.DEFAULTS.withResolution(2));
		assertEquals(10, network.terms().size());
		assertEquals(4 + 3 + 1 + 3, network.links().size(), "abc 3, def 3, gh 1, ij 1, bridges 3");
		Set<Set<String>> clusters = network.clusters().stream()
				.map(c -> c.terms().stream().map(i -> network.terms().get(i).label()).collect(Collectors.toSet()))
				.collect(Collectors.toSet());
		assertEquals(Set.of(Set.of("a", "b", "c"), Set.of("d", "e", "f"), Set.of("g", "h"), Set.of("i", "j")), clusters);
		// centrality = external strengths: abc 1 (c–d), def 2 (c–d, f–g), gh 2 (f–g, h–i), ij 1 (h–i); median 1.5
		// density = mean internal strength: abc 3, def 2, gh 4, ij 1; median 2.5
		assertCluster(network, "a", 1, 3, Quadrant.NICHE);
		assertCluster(network, "d", 2, 2, Quadrant.BASIC);
		assertCluster(network, "g", 2, 4, Quadrant.MOTOR);
		assertCluster(network, "i", 1, 1, Quadrant.EMERGING_OR_DECLINING);
		assertEquals(List.of(3, 3, 2, 2), network.clusters().stream().map(CowordNetwork.Cluster::size).toList(), "largest first");
		CowordNetwork.Term c = network.term("c").orElseThrow();
		assertEquals(3 + 3 + 1, c.weight(), 1e-12);
		assertEquals(3, c.degree());
		assertEquals(3.0 / 9, c.centralities().get(CowordNetwork.DEGREE), 1e-12);
		// c lies on every shortest path between {a, b} and the 7 terms beyond d: 2·7 of the 36 pairs of the other 9 terms
		assertEquals(14.0 / 36, c.centralities().get(CowordNetwork.BETWEENNESS), 1e-12);
		CowordNetwork.Link ca = network.links(c.index()).stream()
				.filter(l -> l.source() == network.term("a").get().index() || l.target() == network.term("a").get().index())
				.findFirst().orElseThrow();
		assertEquals(List.of("u0", "u1", "u2"), network.unitsBehind(ca).stream().map(u -> u.sourceId()).toList());
	}

	@Test
	void termsLeftWithoutLinksDoNotMoveTheMedians() throws Exception {
		// the four themes and two terms that never co-occur: clusters of their own, centrality and density 0
		CowordSource source = TestSources.units("a b c", "a b c", "a b c", "d e f", "d e f", "g h", "g h", "g h", "g h", "i j", "c d",
				"f g", "h i", "k", "l");
		CowordNetwork network = build(source, TermSelection.ALL, Measures.COUNT, CowordOptions.DEFAULTS.withResolution(2));
		// medians over the four themes only, as without k and l: centrality 1.5, density 2.5
		assertCluster(network, "a", 1, 3, Quadrant.NICHE);
		assertCluster(network, "d", 2, 2, Quadrant.BASIC);
		assertCluster(network, "g", 2, 4, Quadrant.MOTOR);
		assertCluster(network, "i", 1, 1, Quadrant.EMERGING_OR_DECLINING);
		assertCluster(network, "k", 0, 0, Quadrant.EMERGING_OR_DECLINING);
	}

	@Test
	void eigenvectorCentralityOfAStar() throws Exception {
		// a star is bipartite: plain power iteration oscillates; the leading eigenvector of [[0 1 1 1] [1 0 0 0] ...] is
		// (√3, 1, 1, 1) / √6: hub 1/√2 ≈ 0.7071, leaves 1/√6 ≈ 0.4082
		CowordNetwork network = build(TestSources.units("h a", "h b", "h c"), TermSelection.ALL, Measures.COUNT,
				CowordOptions.DEFAULTS);
		assertEquals(1 / Math.sqrt(2), network.term("h").orElseThrow().centralities().get(CowordNetwork.EIGENVECTOR), 1e-9);
		for (String leaf : List.of("a", "b", "c")) {
			assertEquals(1 / Math.sqrt(6), network.term(leaf).orElseThrow().centralities().get(CowordNetwork.EIGENVECTOR), 1e-9);
		}
	}

	private static void assertCluster(CowordNetwork network, String term, double centrality, double density, Quadrant quadrant) {
		CowordNetwork.Cluster cluster = network.cluster(network.term(term).orElseThrow().cluster());
		assertEquals(centrality, cluster.centrality(), 1e-12, term);
		assertEquals(density, cluster.density(), 1e-12, term);
		assertEquals(quadrant, cluster.quadrant(), term);
	}

	@Test
	void theSameSeedGivesTheSameMap() throws Exception {
		Path wos = TestSources.copy(TestSources.WOS, tmp);
		KeywordFieldSource source = new KeywordFieldSource(List.of(wos), List.of("author", "index"));
		CowordOptions options = CowordOptions.DEFAULTS.withSeed(7).withRandomStarts(3);
		CowordNetwork first = build(source, TermSelection.of(2, 0), Measures.ASSOCIATION, options);
		CowordNetwork second = build(source, TermSelection.of(2, 0), Measures.ASSOCIATION, options);
		assertEquals(27, first.terms().size());
		assertEquals(first.terms(), second.terms(), "clusters, coordinates and centralities are identical");
		assertEquals(first.clusters(), second.clusters());
		assertEquals(7, first.seed());
		assertEquals("7", first.parameters().toMap().get("seed"));
		CowordNetwork other = build(source, TermSelection.of(2, 0), Measures.ASSOCIATION, options.withSeed(8));
		assertEquals(8, other.seed(), "another seed may give another map; it is recorded");
		// association strength of language modeling–recurrent neural networks: 3·60 / (6·3) = 10
		CowordNetwork.Link link = first.links(0).stream().filter(l -> l.target() == first.term("recurrent neural networks").get().index())
				.findFirst().orElseThrow();
		assertEquals(10.0, link.strength(), 1e-12);
		assertEquals(3, first.unitsBehind(link).size());
		assertTrue(first.unitsBehind(link).get(0).sourceId().startsWith("WOS:"));
	}

	@Test
	void degenerateInputSaysWhatToChange() throws Exception {
		Path wos = TestSources.copy(TestSources.WOS, tmp);
		KeywordFieldSource source = new KeywordFieldSource(List.of(wos), List.of());
		CowordException e = assertThrows(CowordException.class,
				() -> build(source, TermSelection.of(10, 0), Measures.ASSOCIATION, CowordOptions.DEFAULTS));
		assertEquals(Reason.NO_TERMS, e.reason());
		assertEquals("no term occurs in 10 or more of the 60 record(s): the most frequent, language modeling, occurs in 6; "
				+ "lower the minimum frequency (--min-freq 6)", e.getMessage());

		e = assertThrows(CowordException.class, () -> build(source, TermSelection.of(4, 0), Measures.ASSOCIATION, CowordOptions.DEFAULTS));
		assertEquals(Reason.SINGLE_TERM, e.reason());
		assertTrue(e.getMessage().startsWith("only one term, language modeling, is selected (in 6 of 60 record(s), minimum frequency 4)"),
				e.getMessage());

		e = assertThrows(CowordException.class, () -> build(TestSources.units("x", "y", "x y z", "x", "y"), TermSelection.of(2, 0),
				Measures.COUNT, CowordOptions.DEFAULTS.withMinStrength(2)));
		assertEquals(Reason.NO_LINKS, e.reason());
		assertTrue(e.getMessage().startsWith("no link reaches the minimum strength 2.0 under Raw count (the strongest of the 1 co-occurring pairs is 1"),
				e.getMessage());

		e = assertThrows(CowordException.class, () -> build(TestSources.units("x", "y", "x", "y"), TermSelection.ALL,
				Measures.COUNT, CowordOptions.DEFAULTS));
		assertEquals(Reason.NO_LINKS, e.reason());
		assertTrue(e.getMessage().startsWith("the 2 selected terms never occur together in one unit"), e.getMessage());

		e = assertThrows(CowordException.class, () -> build(TestSources.units(), TermSelection.ALL, Measures.COUNT, CowordOptions.DEFAULTS));
		assertEquals(Reason.NO_UNITS, e.reason());

		e = assertThrows(CowordException.class, () -> build(TestSources.units("", ""), TermSelection.ALL, Measures.COUNT, CowordOptions.DEFAULTS));
		assertEquals(Reason.NO_TERMS, e.reason());
		assertTrue(e.getMessage().startsWith("none of the 2 unit(s) has a term"), e.getMessage());

		e = assertThrows(CowordException.class, () -> build(TestSources.handMade(), TermSelection.ALL, "nope", CowordOptions.DEFAULTS));
		assertEquals(Reason.BAD_PARAMETER, e.reason());
		assertTrue(e.getMessage().contains("no similarity measure 'nope' is installed"), e.getMessage());
	}

	@Test
	void isolatedTermsAndLinkLimits() throws Exception {
		CowordNetwork network = build(TestSources.units("x y", "x y", "z w", "x", "q"), TermSelection.ALL, Measures.COUNT,
				CowordOptions.DEFAULTS.withMinStrength(2));
		assertEquals(1, network.links().size());
		assertTrue(network.messages().get(0).startsWith("3 term(s) have no link at this minimum strength"), network.messages().toString());
		// the two strongest: g–h (4), then of the three links of 3 (a–b, a–c, b–c) the first by term order:
		// terms by frequency are g 5, h 5, c 4, a 3, b 3, ... so c–a
		CowordNetwork limited = build(themes(), TermSelection.ALL, Measures.COUNT, CowordOptions.DEFAULTS.withMaxLinks(2));
		assertEquals(List.of("g-h 4.0", "c-a 3.0"), limited.links().stream().map(l -> limited.terms().get(l.source()).label() + "-"
				+ limited.terms().get(l.target()).label() + " " + l.strength()).toList());
		assertThrows(IllegalArgumentException.class, () -> CowordOptions.DEFAULTS.withResolution(0));
	}
}
