package org.policylens.codebook.smartcity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodebookChecks;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.ICodebookSource;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.study.OpenStudy;
import org.policylens.tests.harness.ClauseTexts;
import org.policylens.tests.harness.Fixtures;

/**
 * The two smart-city codebooks of org.policylens.codebook.smartcity: the Chinese domains and the
 * international dimensions, complete, with real examples and keywords that find the domains of
 * the sample policies.
 */
public class SmartCityCodebooksTest {

	@TempDir
	Path tmp;

	private final List<ContributionProblem> problems = new ArrayList<>();
	private CodebookPlugins plugins;

	@BeforeEach
	void start() {
		plugins = new CodebookPlugins(Platform.getExtensionRegistry(), problems::add);
		plugins.start();
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	private Codebook load(String id) throws Exception {
		return plugins.get(id).load();
	}

	@Test
	void theChineseDomainsAreTheSixDimensionsAndGovernment() throws Exception {
		assertEquals(List.of("smart-city-china", "smart-city-international"),
				plugins.available().stream().map(ICodebookSource::getId).toList());
		assertTrue(problems.isEmpty(), problems.toString());
		Codebook china = load("smart-city-china");
		assertEquals("Smart-city domains (China) 智慧城市应用领域", china.getName());
		assertEquals(List.of("Smart economy 智慧经济", "Smart environment 智慧环境", "Smart living 智慧民生", "Smart transportation 智慧交通",
				"Smart security 智慧安全", "Smart education 智慧教育", "Smart government 智慧政务"),
				china.getCodes().stream().map(Code::getName).toList());
		assertTrue(china.getSource().contains("section 1.2.4"));
	}

	@Test
	void theInternationalDimensionsAreTheElevenOfWahabEtAl() throws Exception {
		Codebook international = load("smart-city-international");
		assertEquals(List.of("Smart economy 智慧经济", "Smart governance 智慧治理", "Smart people 智慧人群", "Smart environment 智慧环境",
				"Smart infrastructure 智慧基础设施", "Smart technology 智慧技术", "Smart living 智慧生活", "Smart mobility 智慧出行",
				"Smart water and waste 智慧水务与废弃物", "Smart security 智慧安全", "Smart agriculture 智慧农业"),
				international.getCodes().stream().map(Code::getName).toList());
		assertTrue(international.getSource().startsWith("Wahab, N. S. N., Seow, T. W., Radzuan, I. S. M. & Mohamed, S. (2020)."));
	}

	@Test
	void everyCodeIsCompleteAndItsExamplesAreClausesOfTheSamplePolicies() throws Exception {
		List<String> policies = new ArrayList<>();
		for (String file : Fixtures.POLICIES) {
			policies.add(Fixtures.text(file));
		}
		for (String id : List.of("smart-city-china", "smart-city-international")) {
			Codebook codebook = load(id);
			assertEquals(List.of(), CodebookChecks.incomplete(codebook), id);
			assertTrue(codebook.getCodes().stream().allMatch(c -> c.isCodable() && c.getChildren().isEmpty()), "flat lists of codable domains");
			for (Code code : codebook.getCodes()) {
				assertTrue(!code.getExamples().isEmpty() && code.getExamples().stream().allMatch(e -> policies.stream().anyMatch(p -> p.contains(e))),
						id + "/" + code.getName() + ": examples are clauses of the sample policies");
			}
		}
	}

	@Test
	void theirKeywordsFindTheDomainsOfTheSamplePolicies() throws Exception {
		OpenStudy study = Fixtures.sampleStudy(tmp.resolve("sample"));
		Codebooks codebooks = new Codebooks(study, "tester");
		Codebook china = codebooks.copy(plugins.get("smart-city-china"), null);
		Codebook international = codebooks.copy(plugins.get("smart-city-international"), null);
		List<ClauseTexts> clauses = ClauseTexts.of(study);

		Map<Integer, String> chinaTop = topDomainPerPolicy(china, clauses);
		assertEquals(Map.of(1, "Smart government", 2, "Smart economy", 3, "Smart government", 4, "Smart government"),
				Map.of(1, chinaTop.get(1), 2, chinaTop.get(2), 3, chinaTop.get(3), 4, chinaTop.get(4)), chinaTop.toString());
		Map<Integer, String> internationalTop = topDomainPerPolicy(international, clauses);
		assertEquals("Smart economy", internationalTop.get(2), internationalTop.toString());
		assertEquals("Smart governance", internationalTop.get(4), internationalTop.toString());

		assertTrue(domains(international, clauses, "推进流域水环境污染防治智慧监管平台建设")
				.containsAll(List.of("Smart environment", "Smart water and waste")));
		assertTrue(domains(china, clauses, "拓展智慧养老服务平台功能").contains("Smart living"));
		assertTrue(domains(international, clauses, "推动实现农业精准作业、精准管理").contains("Smart agriculture"));
		assertTrue(domains(china, clauses, "推进中小学信息科技课程建设").contains("Smart education"));
		assertTrue(domains(china, clauses, "各级政务服务事项全部开通全程网办").contains("Smart government"));
	}

	private static List<String> domains(Codebook codebook, List<ClauseTexts> clauses, String quote) {
		ClauseTexts clause = clauses.stream().filter(c -> c.text().contains(quote)).findFirst()
				.orElseThrow(() -> new AssertionError("no clause holds " + quote));
		return codebook.getCodes().stream().filter(c -> c.getKeywords().stream().anyMatch(clause.text()::contains))
				.map(c -> c.getName().split(" \\p{IsHan}")[0]).toList();
	}

	private static Map<Integer, String> topDomainPerPolicy(Codebook codebook, List<ClauseTexts> clauses) {
		Map<Integer, Map<String, Integer>> counts = new TreeMap<>();
		for (ClauseTexts clause : clauses) {
			domains(codebook, List.of(clause), clause.text())
					.forEach(d -> counts.computeIfAbsent(clause.policy(), p -> new TreeMap<>()).merge(d, 1, Integer::sum));
		}
		Map<Integer, String> top = new TreeMap<>();
		counts.forEach((policy, byDomain) -> top.put(policy,
				byDomain.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
		return top;
	}
}
