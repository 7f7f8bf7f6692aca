package org.policylens.coword.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.coword.ISimilarityMeasure;
import org.policylens.coword.Measures;

/**
 * The extension point org.policylens.coword.measures with the six standard measures of
 * org.policylens.coword.standard and this bundle's working and broken contributions (plugin.xml).
 */
public class MeasuresTest {

	private final List<ContributionProblem> problems = new ArrayList<>();
	private Measures measures;

	@BeforeEach
	void start() {
		measures = new Measures(Platform.getExtensionRegistry(), problems::add);
		measures.start();
	}

	@AfterEach
	void stop() {
		measures.stop();
	}

	@Test
	void readsGoodContributionsAndReportsBrokenOnes() {
		List<String> ids = measures.list().stream().map(Measures.Info::id).toList();
		assertEquals(List.of("association", "cosine", "count", "dice", "equivalence", "inclusion", "jaccard", "missing", "wrongType"), ids);
		Measures.Info association = measures.list().get(0);
		assertEquals("org.policylens.coword.standard", association.contributor(), "contributed from another bundle");
		assertEquals("Association strength", association.name());
		assertTrue(association.description().contains("c_ij·n / (c_i·c_j)"), association.description());

		List<String> read = problems.stream().map(ContributionProblem::message).toList();
		assertEquals(3, read.size(), read.toString());
		assertTrue(read.stream().anyMatch(m -> m.contains("the id 'two words' is not one word")), read.toString());
		assertTrue(read.stream().anyMatch(m -> m.contains("required attribute 'name' is missing")), read.toString());
		assertTrue(read.stream().anyMatch(m -> m.contains("id 'association' is contributed already")), read.toString());

		ISimilarityMeasure dice = measures.get("dice").orElseThrow();
		assertEquals(2.0 * 4 / (6 + 5), dice.similarity(4, 6, 5, 10), 1e-12);
		assertTrue(measures.get("missing").isEmpty());
		assertTrue(measures.get("wrongType").isEmpty());
		assertTrue(measures.get("no.such.measure").isEmpty());
		List<String> created = measures.problems().stream().map(ContributionProblem::message).toList();
		assertTrue(created.stream().anyMatch(m -> m.contains("org.policylens.coword.tests.Missing")), created.toString());
		assertTrue(created.stream().anyMatch(m -> m.contains("does not implement org.policylens.coword.ISimilarityMeasure")),
				created.toString());
	}

	@Test
	void theStandardMeasuresAreCreatedOnFirstUse() {
		for (String id : List.of(Measures.COUNT, Measures.ASSOCIATION, Measures.EQUIVALENCE, Measures.INCLUSION, Measures.COSINE,
				Measures.JACCARD)) {
			ISimilarityMeasure measure = measures.get(id).orElseThrow(() -> new AssertionError(id + " " + measures.problems()));
			assertEquals(id, measure.id(), "the class says the id of its contribution");
		}
		measures.stop();
		assertEquals(List.of(), measures.list(), "nothing is kept after stop");
	}
}
