package org.policylens.codebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.ICodebookSource;
import org.policylens.codebook.internal.CodebookRegistryReader;
import org.policylens.codebook.internal.ContributedCodebook;
import org.policylens.codebook.model.Codebook;
import org.policylens.common.registry.ContributionProblem;

/**
 * The reader of org.policylens.codebook.codebooks on the contributions of this bundle's
 * plugin.xml: one good codebook and one broken in each way (file missing, malformed XMI, two codes
 * with one guid, no name, an id taken).
 */
public class CodebookPluginsTest {

	private final List<ContributionProblem> sunk = new ArrayList<>();
	private CodebookPlugins plugins;

	@BeforeEach
	void start() {
		plugins = new CodebookPlugins(Platform.getExtensionRegistry(), sunk::add);
		plugins.start();
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	@Test
	void readsTheContributionsAndSkipsThoseThatCannotBeUsed() {
		List<String> problems = plugins.problems().stream().map(ContributionProblem::toString).toList();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("codebook test.missing") && problems.get(0).contains("'codebooks/does-not-exist.codebook' is not in the bundle"),
				problems.get(0));
		assertTrue(problems.get(1).contains("required attribute 'name' is missing"), problems.get(1));
		assertTrue(problems.get(2).contains("id 'test.good' is contributed already"), problems.get(2));
		assertEquals(plugins.problems(), sunk, "every problem also goes to the sink");

		CodebookRegistryReader reader = new CodebookRegistryReader(Platform.getExtensionRegistry(), p -> { });
		reader.start();
		try {
			assertEquals(List.of("test.broken", "test.good", "test.twins"),
					reader.getDescriptors().stream().map(ContributedCodebook::getId).toList(),
					"the file of each is found; none has been read yet");
			assertFalse(reader.getDescriptor("test.broken").isBroken(), "the file is read on first use only");
		} finally {
			reader.stop();
		}
	}

	@Test
	void offersTheCodebooksWhoseFilesCanBeReadAndReportsTheOthersOnce() throws Exception {
		List<ICodebookSource> available = plugins.available();
		assertEquals(List.of("test.good"), available.stream().map(ICodebookSource::getId).toList());
		List<String> problems = plugins.problems().stream().map(ContributionProblem::message).toList();
		assertEquals(5, problems.size(), problems.toString());
		assertTrue(problems.get(3).startsWith("org.policylens.codebook.tests/codebooks/broken.codebook, line 5, column 3: not a readable codebook file"),
				problems.get(3));
		assertTrue(problems.get(4).contains("the guid 7cd915d5-1ec1-4048-94f8-13c40ee70aaf is used by two codes, 'First' and 'Second'"),
				problems.get(4));

		plugins.available();
		assertEquals(5, plugins.problems().size(), "a broken file is reported once");
		CodebookException broken = assertThrows(CodebookException.class, () -> plugins.get("test.broken"));
		assertTrue(broken.getMessage().contains("broken.codebook, line 5"), broken.getMessage());
		CodebookException unknown = assertThrows(CodebookException.class, () -> plugins.get("policy-tools"));
		assertTrue(unknown.getMessage().contains("no plugin contributes a codebook 'policy-tools'"), unknown.getMessage());
	}

	@Test
	void aContributedCodebookIsReadWholeAndEachLoadIsAFreshCopy() throws Exception {
		ICodebookSource source = plugins.get("test.good");
		assertEquals("Carrots, sticks and sermons", source.getName());
		assertEquals("A small test codebook.", source.getDescription());
		String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
		assertEquals("plugin:org.policylens.codebook.tests/test.good@" + version, source.getOrigin());

		Codebook first = source.load();
		Codebook second = source.load();
		assertNotSame(first, second);
		assertEquals(5, CodeTree.all(first).size());
		assertEquals(List.of("Instruments 政策工具", "Other 其他"), first.getCodes().stream().map(c -> c.getName()).toList());
		assertFalse(first.getCodes().get(0).isCodable());
		assertEquals("#0072B2", first.getCodes().get(0).getColour());
		var economic = CodeTree.byGuid(first, TestData.ECONOMIC).orElseThrow();
		assertEquals("Carrots: grants, subsidies, tax relief and charges that change costs and benefits.", economic.getDefinition());
		assertEquals(List.of("企业级工业互联网平台省级给予一次性奖补100万元。", "省级按照同期银行基准利率40%给予贴息。"), economic.getExamples());
		assertEquals(List.of("奖补", "贴息", "补贴"), economic.getKeywords());
		assertTrue(first.getSource().startsWith("Bemelmans-Videc, M.-L., Rist, R. C. & Vedung, E."));
		first.getCodes().clear();
		assertEquals(5, CodeTree.all(source.load()).size(), "changing a loaded copy changes nothing else");
	}
}
