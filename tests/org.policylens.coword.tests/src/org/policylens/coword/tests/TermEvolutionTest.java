package org.policylens.coword.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.policylens.coword.CowordAnalysis;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.CowordOptions;
import org.policylens.coword.Measures;
import org.policylens.coword.TermEvolution;
import org.policylens.coword.TermEvolution.Status;
import org.policylens.coword.TermSelection;

/** Terms and clusters across two periods. */
public class TermEvolutionTest {

	@Test
	void newGoneStableTermsAndContinuingClusters() throws Exception {
		Measures measures = new Measures(Platform.getExtensionRegistry(), null);
		measures.start();
		try {
			CowordAnalysis analysis = new CowordAnalysis(measures::get);
			CowordOptions options = CowordOptions.DEFAULTS;
			// period 1: {a b c} and {d e}; period 2: {a b f} and {d g}, c and e gone, f and g new
			CowordNetwork first = analysis.build(TestSources.units("a b c", "a b c", "a b", "d e", "d e", "c d"), TermSelection.ALL,
					Measures.COUNT, options, new NullProgressMonitor());
			CowordNetwork second = analysis.build(TestSources.units("a b f", "a b f", "a b", "d g", "d g", "d g", "f g"),
					TermSelection.ALL, Measures.COUNT, options, new NullProgressMonitor());
			TermEvolution evolution = TermEvolution.compare(List.of("2018-2019", "2020-2022"), List.of(first, second));
			// totals: a 3+3, b 3+3, d 3+3; g 0+4, f 0+3; c 3+0, e 2+0
			assertEquals(List.of("a", "b", "d", "g", "f", "c", "e"), evolution.terms().stream().map(TermEvolution.TermTrack::term).toList(),
					"stable, new, gone; each most frequent first, then by text");
			TermEvolution.TermTrack c = evolution.terms().get(5);
			assertEquals(Status.GONE, c.status());
			assertEquals(List.of(3, 0), c.frequencies());
			assertEquals(0, (int) c.clusters().get(1));
			TermEvolution.TermTrack f = evolution.terms().get(4);
			assertEquals(Status.NEW, f.status());
			assertEquals(List.of(0, 3), f.frequencies(), "f in u0, u1, u6 of period 2");
			assertEquals(second.term("f").get().cluster(), (int) f.clusters().get(1));
			assertEquals(Status.STABLE, evolution.terms().get(0).status());

			int abc = first.term("a").get().cluster();
			int abf = second.term("a").get().cluster();
			TermEvolution.ClusterFlow flow = evolution.flows().stream().filter(x -> x.fromCluster() == abc && x.toCluster() == abf)
					.findFirst().orElseThrow();
			// {a, b, c} → {a, b, f}: 2 shared of 4 in the union; inclusion 2 / 3
			assertEquals(2, flow.shared());
			assertEquals(0.5, flow.jaccard(), 1e-12);
			assertEquals(2.0 / 3, flow.inclusion(), 1e-12);
			assertEquals(2, evolution.flows().size(), "{d e} continues in {d g} only; no cluster shares terms with another theme");
			assertThrows(IllegalArgumentException.class, () -> TermEvolution.compare(List.of("one"), List.of(first)));
		} finally {
			measures.stop();
		}
	}
}
