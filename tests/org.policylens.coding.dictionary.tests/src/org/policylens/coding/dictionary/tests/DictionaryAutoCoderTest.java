package org.policylens.coding.dictionary.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.CodingFilter;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.auto.AutoCoders;
import org.policylens.coding.auto.AutoCoding;
import org.policylens.coding.auto.AutoCodingRequest;
import org.policylens.coding.auto.Proposal;
import org.policylens.coding.dictionary.DictionaryAutoCoder;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingOrigin;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;
import org.policylens.tests.harness.Fixtures;
import org.policylens.tests.harness.TestCodebooks;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins;

/**
 * Dictionary auto-coding of the Beijing data-zone policy (policy 5 of the sample study) with the
 * policy-tool codebook of the test harness, tokenized by the study's HanLP tokenizer.
 */
public class DictionaryAutoCoderTest {

	@TempDir
	Path tmp;

	private OpenStudy study;
	private Codebook tools;
	private Document beijing;
	private String text;
	private TextPlugins plugins;

	@BeforeEach
	void setUp() throws Exception {
		study = Fixtures.sampleStudy(tmp.resolve("study"));
		tools = TestCodebooks.policyTools(study);
		beijing = Corpora.document(study, 5).orElseThrow();
		text = Corpora.text(study, beijing);
		plugins = new TextPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
	}

	@AfterEach
	void tearDown() {
		plugins.stop();
	}

	private List<Proposal> propose(List<Integer> documents, Set<String> clauses, Map<String, String> options) throws CoreException {
		return new DictionaryAutoCoder().propose(new AutoCodingRequest(study, tools, documents, clauses, options), new NullProgressMonitor());
	}

	private String text(int document, Proposal proposal) throws Exception {
		return Corpora.text(study, Corpora.document(study, document).orElseThrow()).substring(proposal.start(), proposal.end());
	}

	private static List<String> describe(List<Proposal> proposals) {
		return proposals.stream().map(p -> p.clause() + " " + p.code().getName() + " " + (int) p.score() + " " + p.evidence()).toList();
	}

	@Test
	void proposesTheCodesWhoseKeywordsAClauseLineHoldsWithTheKeywordsAsEvidence() throws Exception {
		List<Proposal> proposals = propose(List.of(5), Set.of(), Map.of());
		List<String> described = describe(proposals);
		assertTrue(described.contains("5-1-3 Target planning 1 关键词: 目标"), described.toString()); // （三）工作目标
		assertTrue(described.contains("5-3-1-p2 Infrastructure 1 关键词: 基础设施"), described.toString()); // 依托我市信息化基础设施
		assertTrue(described.contains("5-3-2-p1 Financial support 1 关键词: 资金"), described.toString()); // 须投入必要的资金、技术和数据
		assertTrue(described.contains("5-4-1-p2 Information support 2 关键词: 信息化, 数据共享"), described.toString());
		assertTrue(described.contains("5-8-3-p1 Demonstration projects 3 关键词: 试点, 示范"), described.toString());
		assertEquals(36, proposals.size(), described.toString());
		assertTrue(proposals.stream().allMatch(p -> p.document() == 5));
		for (Proposal p : proposals) {
			Clause clause = Corpora.clause(beijing, p.clause()).orElseThrow();
			assertEquals(text.substring(clause.getStart(), clause.getHeadingEnd()).strip(), text.substring(p.start(), p.end()),
					"the proposal spans the clause's own line");
		}
	}

	@Test
	void keywordsAreWholeWordsOfTheStudysTokenizer() throws Exception {
		// 购买服务 is kept whole only because the keywords join the user dictionary: the study's own pipeline splits it
		String line = "支持以政府购买服务的方式为企业提供服务";
		List<String> plain = new ArrayList<>();
		TextAnalysis.of(study, plugins, AnalysisSettings.DEFAULT).extractor().tokenizer("zh").tokenize(line, 0, line.length(),
				(w, s, e, pos) -> plain.add(w));
		assertFalse(plain.contains("购买服务"), plain.toString());
		List<Proposal> anhui = propose(List.of(2), Set.of(), Map.of()).stream()
				.filter(p -> p.code().getName().equals("Government procurement")).toList();
		assertEquals(List.of("2-1-5-p1 Government procurement 1 关键词: 购买服务"), describe(anhui));
		assertTrue(text(2, anhui.get(0)).contains(line), text(2, anhui.get(0)));
		// 网络 (Infrastructure) is not found inside the word 网络安全
		Clause security = Corpora.clause(beijing, "5-7-2-p1").orElseThrow();
		assertTrue(text.substring(security.getStart(), security.getHeadingEnd()).contains("网络安全"));
		assertEquals(List.of("5-7-2-p1 Technical support 1 关键词: 技术"), describe(propose(List.of(5), Set.of("5-7-2-p1"), Map.of())));
	}

	@Test
	void optionsMinimumMatchesLeavesOnlyDocumentsAndClauses() throws Exception {
		List<Proposal> all = propose(List.of(5), Set.of(), Map.of());
		List<Proposal> strong = propose(List.of(5), Set.of(), Map.of(AutoCodingRequest.MIN_MATCHES, "2"));
		assertEquals(all.stream().filter(p -> p.score() >= 2).count(), strong.size());
		assertEquals(13, strong.size());

		Code supply = Codes.find(tools, "Supply-based tools").orElseThrow();
		supply.setCodable(true);
		supply.getKeywords().add("平台");
		assertTrue(propose(List.of(5), Set.of(), Map.of()).stream().anyMatch(p -> p.code() == supply), "a codable category is proposed");
		assertTrue(propose(List.of(5), Set.of(), Map.of(AutoCodingRequest.LEAVES_ONLY, "true")).stream().noneMatch(p -> p.code() == supply),
				"unless only leaves are asked for");

		List<Proposal> everywhere = propose(List.of(), Set.of(), Map.of());
		assertEquals(Set.of(1, 2, 3, 4, 5), Set.copyOf(everywhere.stream().map(Proposal::document).toList()), "all five policies");
		CoreException missing = assertThrows(CoreException.class, () -> propose(List.of(9), Set.of(), Map.of()));
		assertEquals("the study has no policy 9", missing.getStatus().getMessage());
		NullProgressMonitor canceled = new NullProgressMonitor();
		canceled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> new DictionaryAutoCoder()
				.propose(new AutoCodingRequest(study, tools, List.of(), Set.of(), Map.of()), canceled));
	}

	@Test
	void acceptedProposalsBecomeCodingsOfTheAutoCoderWithTheirEvidence() throws Exception {
		List<Proposal> proposals = new DictionaryAutoCoder(language -> plugins.factory(language, null))
				.propose(new AutoCodingRequest(study, tools, List.of(5), Set.of("5-8-3-p1"), Map.of()), new NullProgressMonitor());
		assertEquals(List.of("5-8-3-p1 Demonstration projects 3 关键词: 试点, 示范", "5-8-3-p1 Information support 1 关键词: 信息化"),
				describe(proposals), "the same outside the extension registry");
		String coder = AutoCoders.coderId(AutoCoders.DICTIONARY);
		AutoCoding.accept(StudyCodings.of(study), proposals.subList(0, 1), coder, "wang");
		new StudyStore().save(study);

		OpenStudy reopened = new StudyStore().open(study.getDirectory());
		List<Coding> codings = StudyCodings.of(reopened).find(CodingFilter.ALL);
		assertEquals(1, codings.size());
		Coding coding = codings.get(0);
		assertEquals("auto:org.policylens.coding.dictionary", coding.getCoder());
		assertEquals(CodingOrigin.AUTO, coding.getOrigin());
		assertEquals("关键词: 试点, 示范", coding.getEvidence());
		assertEquals("5-8-3-p1", coding.getClause());
		assertEquals("Demand-based tools/Demonstration projects", CodeTree.pathOf(coding.getCode()));
		assertTrue(reopened.getEvents().stream().anyMatch(e -> e.getKind().equals(AutoCoding.ACCEPTED) && e.getActor().equals("wang")));
	}
}
