package org.policylens.codebook.policytools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.cli.ExitCodes;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookChecks;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.ICodebookSource;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.qdc.QdcReader;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.study.OpenStudy;
import org.policylens.tests.harness.ClauseTexts;
import org.policylens.tests.harness.CommandLine;
import org.policylens.tests.harness.Fixtures;

/**
 * The policy-tool codebook of org.policylens.codebook.policytools: contributed, complete, its
 * examples real clauses, and its keywords proposing sensible tools for the five sample policies.
 */
public class PolicyToolsCodebookTest {

	@TempDir
	Path tmp;

	private final List<ContributionProblem> problems = new ArrayList<>();
	private CodebookPlugins plugins;
	private Codebook tools;

	@BeforeEach
	void load() throws Exception {
		plugins = new CodebookPlugins(Platform.getExtensionRegistry(), problems::add);
		plugins.start();
		tools = plugins.get("policy-tools").load();
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	private static List<String> names(List<Code> codes) {
		return codes.stream().map(Code::getName).toList();
	}

	@Test
	void theThreeCategoriesHoldTheSubToolsOfTheThesis() {
		assertEquals(List.of("policy-tools"), plugins.available().stream().map(ICodebookSource::getId).toList());
		assertTrue(problems.isEmpty(), problems.toString());
		assertEquals("Policy tools 政策工具", tools.getName());
		assertTrue(tools.getSource().startsWith("Rothwell, R. & Zegveld, W. (1985). Reindustrialization and Technology."));
		assertEquals(List.of("Supply-based tools 供给型政策工具", "Environment-based tools 环境型政策工具", "Demand-based tools 需求型政策工具"),
				names(tools.getCodes()));
		assertTrue(tools.getCodes().stream().noneMatch(Code::isCodable), "the categories only group");
		assertEquals(List.of("Talent 人才培养", "Information support 信息支持", "Infrastructure 基础设施建设", "Technical support 技术支持",
				"Organisational leadership 组织领导", "Other supply-based tools 其他供给型工具"), names(tools.getCodes().get(0).getChildren()));
		assertEquals(List.of("Target planning 目标规划", "Financial support 金融支持", "Tax incentives 税收优惠", "Regulatory control 法规管制",
				"Evaluation standards 评价标准", "Other environment-based tools 其他环境型工具"), names(tools.getCodes().get(1).getChildren()));
		assertEquals(List.of("Government procurement 政府采购", "Service outsourcing 服务外包", "Demonstration projects 示范工程",
				"Smart application 智慧应用", "Incentives 激励措施", "Trade control 贸易管制", "Other demand-based tools 其他需求型工具"),
				names(tools.getCodes().get(2).getChildren()));
		assertEquals(22, CodeTree.all(tools).size());
		assertEquals(List.of("#0072B2", "#009E73", "#D55E00"), tools.getCodes().stream().map(Code::getColour).toList());
		assertEquals("Supply-based tools 供给型政策工具/Talent 人才培养", CodeTree.pathOf(CodeTree.find(tools, "Supply-based tools/Talent")));
		assertEquals("Talent 人才培养", CodeTree.find(tools, "供给型政策工具/人才培养").getName());
	}

	@Test
	void everyCodeIsDefinedAndEveryCodableCodeHasCriteriaKeywordsAndRealExamples() throws Exception {
		assertEquals(List.of(), CodebookChecks.incomplete(tools));
		List<String> policies = new ArrayList<>();
		for (String file : Fixtures.POLICIES) {
			policies.add(Fixtures.text(file));
		}
		for (Code code : CodeTree.all(tools)) {
			if (!code.isCodable()) {
				assertTrue(code.getKeywords().isEmpty() && code.getExamples().isEmpty(), code.getName());
				continue;
			}
			assertFalse(code.getExamples().isEmpty(), code.getName() + " has an example");
			for (String example : code.getExamples()) {
				assertTrue(policies.stream().anyMatch(p -> p.contains(example)) || example.matches(".*（《[^》]+》[^）]*）$"),
						code.getName() + ": an example is a clause of a sample policy or names its source: " + example);
			}
			assertTrue(code.getKeywords().stream().allMatch(k -> !k.isBlank() && !k.contains(";")), code.getName());
		}
	}

	@Test
	void itsKeywordsProposeSensibleToolsForTheSamplePolicies() throws Exception {
		OpenStudy study = Fixtures.sampleStudy(tmp.resolve("sample"));
		List<ClauseTexts> clauses = ClauseTexts.of(study);
		List<Code> codable = CodeTree.all(tools).stream().filter(Code::isCodable).toList();
		Function<ClauseTexts, List<String>> propose = clause -> codable.stream()
				.filter(c -> c.getKeywords().stream().anyMatch(clause.text()::contains)).map(c -> c.getName().split(" \\p{IsHan}")[0]).toList();

		Map<Integer, Map<String, Long>> perPolicy = new TreeMap<>();
		for (ClauseTexts clause : clauses) {
			propose.apply(clause).forEach(tool -> perPolicy.computeIfAbsent(clause.policy(), p -> new TreeMap<>()).merge(tool, 1L, Long::sum));
		}
		assertEquals("Evaluation standards", top(perPolicy.get(4)).get(0), "包头市2022年数字政府建设考评办法: " + perPolicy.get(4));
		assertEquals(List.of("Information support", "Regulatory control"), top(perPolicy.get(1)).subList(0, 2).stream().sorted().toList(),
				"广东省公共数据管理办法: " + perPolicy.get(1));
		assertEquals("Information support", top(perPolicy.get(3)).get(0), "阿坝州政务数据资源管理暂行办法: " + perPolicy.get(3));
		assertTrue(top(perPolicy.get(2)).subList(0, 6).containsAll(List.of("Infrastructure", "Financial support")),
				"安徽 industrial internet policies: " + perPolicy.get(2));

		assertTrue(proposed(clauses, propose, "七、支持工业互联网人才培养").contains("Talent"));
		assertTrue(proposed(clauses, propose, "支持以政府购买服务的方式为企业提供服务").contains("Government procurement"));
		assertTrue(proposed(clauses, propose, "对企业实施数字化、网络化、智能化技改项目3年期以上贷款").contains("Financial support"));
		assertTrue(proposed(clauses, propose, "（三）加强试点示范推广").contains("Demonstration projects"));
		assertTrue(proposed(clauses, propose, "北京市大数据工作推进小组负责").contains("Organisational leadership"));
		assertTrue(proposed(clauses, propose, "政务数据资源管理工作所需经费纳入同级财政预算").contains("Other supply-based tools"));
		assertTrue(proposed(clauses, propose, "省人民政府推动建立数据交易平台").contains("Trade control"));
		long coded = clauses.stream().filter(c -> !propose.apply(c).isEmpty()).count();
		assertTrue(coded * 2 > clauses.size(), "most clauses get a proposal: " + coded + " of " + clauses.size());
	}

	private static List<String> top(Map<String, Long> counts) {
		return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
				.map(Map.Entry::getKey).collect(Collectors.toList());
	}

	private static List<String> proposed(List<ClauseTexts> clauses, Function<ClauseTexts, List<String>> propose, String quote) {
		ClauseTexts clause = clauses.stream().filter(c -> c.text().contains(quote)).findFirst()
				.orElseThrow(() -> new AssertionError("no clause holds " + quote));
		return propose.apply(clause);
	}

	@Test
	void aStudyCopiesItFromTheCommandLineAndExportsItAsValidRefiQda() throws Exception {
		try (CommandLine cli = new CommandLine("tester")) {
			String study = tmp.resolve("study").toString();
			assertEquals(ExitCodes.OK, cli.run("study", "create", "--study", study));
			assertEquals(ExitCodes.OK, cli.run("codebook", "available"));
			assertTrue(cli.out().startsWith("policy-tools           22 codes  Policy tools 政策工具  (plugin:org.policylens.codebook.policytools/policy-tools@0.1.0."),
					cli.out());
			assertEquals(ExitCodes.OK, cli.run("codebook", "add", "--study", study, "policy-tools"), cli.err());
			assertEquals(ExitCodes.OK, cli.run("codebook", "show", "--study", study, "policy-tools"));
			assertTrue(cli.out().contains("\n  Supply-based tools 供给型政策工具  [category]  #0072B2\n    Talent 人才培养  #56B4E9  13 keywords\n"),
					cli.out());
			Path qdc = tmp.resolve("policy-tools.qdc");
			assertEquals(ExitCodes.OK, cli.run("codebook", "export", "--study", study, "policy-tools", qdc.toString()), cli.err());
			Codebook back = new QdcReader().read(qdc).codebook();
			Codebook copy = new Codebooks(new org.policylens.study.StudyStore().open(Path.of(study)), "tester").get("policy-tools");
			for (Code code : CodeTree.all(copy)) {
				Code other = CodeTree.byGuid(back, code.getGuid()).orElseThrow();
				assertEquals(List.of(code.getName(), String.valueOf(code.getDefinition()), String.valueOf(code.getInclusion()),
						String.valueOf(code.getExclusion()), code.getExamples().toString(), code.getKeywords().toString()),
						List.of(other.getName(), String.valueOf(other.getDefinition()), String.valueOf(other.getInclusion()),
								String.valueOf(other.getExclusion()), other.getExamples().toString(), other.getKeywords().toString()));
			}
		}
	}
}
