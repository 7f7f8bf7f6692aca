package org.policylens.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.CodingFilter;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.auto.AutoCoders;
import org.policylens.coding.auto.AutoCoding;
import org.policylens.coding.auto.AutoCodingRequest;
import org.policylens.coding.auto.IAutoCoder;
import org.policylens.coding.auto.Proposal;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingOrigin;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.study.OpenStudy;
import org.policylens.tests.harness.Fixtures;
import org.policylens.tests.harness.TestCodebooks;

/**
 * The extension point org.policylens.coding.autocoders with the dictionary auto-coder of
 * org.policylens.coding.dictionary, this bundle's working and broken contributions (plugin.xml),
 * and accepting and rejecting proposals.
 */
public class AutoCodersTest {

	@TempDir
	Path tmp;

	private final List<ContributionProblem> problems = new ArrayList<>();
	private AutoCoders autoCoders;

	@BeforeEach
	void start() {
		autoCoders = new AutoCoders(Platform.getExtensionRegistry(), problems::add);
		autoCoders.start();
	}

	@AfterEach
	void stop() {
		autoCoders.stop();
	}

	@Test
	void readsGoodContributionsAndReportsBrokenOnes() {
		List<String> ids = autoCoders.list().stream().map(AutoCoders.Info::id).toList();
		assertEquals(List.of("org.policylens.coding.dictionary", "org.policylens.coding.tests.first", "org.policylens.coding.tests.missing",
				"org.policylens.coding.tests.wrongType"), ids);
		AutoCoders.Info dictionary = autoCoders.list().get(0);
		assertEquals("org.policylens.coding.dictionary", dictionary.contributor(), "contributed from another bundle");
		assertEquals("Keyword dictionaries of the codes", dictionary.name());
		assertTrue(dictionary.description().contains("minMatches"), dictionary.description());
		List<String> read = problems.stream().map(ContributionProblem::message).toList();
		assertEquals(2, read.size(), read.toString());
		assertTrue(read.get(0).contains("the id 'two words' is not one word"), read.get(0));
		assertTrue(read.get(1).contains("required attribute 'name' is missing"), read.get(1));

		assertTrue(autoCoders.get("org.policylens.coding.dictionary").isPresent());
		assertTrue(autoCoders.get("org.policylens.coding.tests.missing").isEmpty());
		assertTrue(autoCoders.get("org.policylens.coding.tests.wrongType").isEmpty());
		assertTrue(autoCoders.get("no.such.autocoder").isEmpty());
		List<String> created = autoCoders.problems().stream().map(ContributionProblem::message).toList();
		assertTrue(created.stream().anyMatch(m -> m.contains("org.policylens.coding.tests.Missing")), created.toString());
		assertTrue(created.stream().anyMatch(m -> m.contains("does not implement org.policylens.coding.auto.IAutoCoder")), created.toString());
		assertEquals("auto:org.policylens.coding.dictionary", AutoCoders.coderId("org.policylens.coding.dictionary"));
	}

	@Test
	void proposalsAreCodedOnlyWhenAcceptedAndRejectionIsRecorded() throws Exception {
		OpenStudy study = Fixtures.sampleStudy(tmp.resolve("study"));
		Codebook tools = TestCodebooks.policyTools(study);
		IAutoCoder first = autoCoders.get("org.policylens.coding.tests.first").orElseThrow();
		List<Proposal> proposals = first.propose(new AutoCodingRequest(study, tools, List.of(4, 5), Set.of(), Map.of()),
				new NullProgressMonitor());
		assertEquals(List.of(4, 5), proposals.stream().map(Proposal::document).toList());
		StudyCodings codings = StudyCodings.of(study);
		assertEquals(List.of(), codings.find(CodingFilter.ALL), "proposing writes nothing");

		String coder = AutoCoders.coderId("org.policylens.coding.tests.first");
		AutoCoding.Accepted accepted = AutoCoding.accept(codings, proposals.subList(0, 1), coder, "wang");
		assertEquals(1, accepted.added().size());
		Coding coding = accepted.added().get(0);
		assertEquals(CodingOrigin.AUTO, coding.getOrigin());
		assertEquals("auto:org.policylens.coding.tests.first", coding.getCoder());
		assertEquals("first clause", coding.getEvidence());
		assertEquals(proposals.get(0).clause(), coding.getClause());
		AutoCoding.Accepted again = AutoCoding.accept(codings, proposals.subList(0, 1), coder, "wang");
		assertEquals(0, again.added().size());
		assertEquals(1, again.skipped(), "accepting twice codes once");

		AutoCoding.reject(codings, proposals.subList(1, 2), coder, "wang");
		assertEquals(1, codings.find(CodingFilter.ALL).size(), "rejecting codes nothing");
		List<String> kinds = study.getEvents().stream().map(e -> e.getKind()).filter(k -> k.startsWith("coding.")).toList();
		assertEquals(List.of("coding.added", "coding.auto.accepted", "coding.auto.accepted", "coding.auto.rejected"), kinds);
		assertEquals("wang", study.getEvents().get(study.getEvents().size() - 1).getActor());
		assertEquals("1", OpenStudy.parametersOf(study.getEvents().get(study.getEvents().size() - 1)).get("rejected"));
	}
}
