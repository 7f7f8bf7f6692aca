package org.policylens.coword.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.coword.ui.NetworkRenderers;
import org.policylens.coword.ui.swt.SwtNetworkRenderer;

/**
 * The extension point org.policylens.coword.renderers: the SWT renderer of
 * org.policylens.coword.ui.swt, this bundle's working and broken contributions (plugin.xml), and
 * the choice of the default renderer past broken ones of higher priority.
 */
public class RendererRegistryTest {

	private final List<ContributionProblem> problems = new ArrayList<>();
	private NetworkRenderers renderers;

	@BeforeEach
	void start() {
		renderers = new NetworkRenderers(Platform.getExtensionRegistry(), problems::add);
		renderers.start();
	}

	@AfterEach
	void stop() {
		renderers.stop();
	}

	@Test
	void readsGoodContributionsAndReportsBrokenOnes() {
		List<String> ids = renderers.list().stream().map(NetworkRenderers.Info::id).toList();
		assertEquals(List.of("org.policylens.coword.ui.tests.missing", "org.policylens.coword.ui.tests.wrongType", "org.policylens.coword.ui.swt",
				"org.policylens.coword.ui.tests.blank"), ids, "highest priority first");
		NetworkRenderers.Info swt = renderers.list().get(2);
		assertEquals("org.policylens.coword.ui.swt", swt.contributor(), "contributed from another bundle");
		assertEquals("SWT (VOSviewer look)", swt.name());
		assertEquals(10, swt.priority());
		assertTrue(swt.description().contains("never overlap"), swt.description());

		List<String> read = problems.stream().map(ContributionProblem::message).toList();
		assertEquals(2, read.size(), read.toString());
		assertTrue(read.stream().anyMatch(m -> m.contains("required attribute 'name' is missing")), read.toString());
		assertTrue(read.stream().anyMatch(m -> m.contains("priority 'high' is not a whole number")), read.toString());

		assertTrue(renderers.create("org.policylens.coword.ui.tests.missing").isEmpty());
		assertTrue(renderers.create("org.policylens.coword.ui.tests.wrongType").isEmpty());
		assertTrue(renderers.create("no.such.renderer").isEmpty());
		List<String> created = renderers.problems().stream().map(ContributionProblem::message).toList();
		assertTrue(created.stream().anyMatch(m -> m.contains("org.policylens.coword.ui.tests.Missing")), created.toString());
		assertTrue(created.stream().anyMatch(m -> m.contains("does not implement org.policylens.coword.ui.INetworkRenderer")), created.toString());
		assertInstanceOf(BlankRenderer.class, renderers.create("org.policylens.coword.ui.tests.blank").orElseThrow());
	}

	@Test
	void theDefaultIsTheHighestPriorityRendererThatWorks() {
		assertInstanceOf(SwtNetworkRenderer.class, renderers.createDefault().orElseThrow(),
				"the broken renderers of priority 100 and 50 are passed over");
		assertTrue(renderers.create("org.policylens.coword.ui.swt").orElseThrow() != renderers.create("org.policylens.coword.ui.swt").orElseThrow(),
				"each viewer gets a renderer of its own");
	}
}
