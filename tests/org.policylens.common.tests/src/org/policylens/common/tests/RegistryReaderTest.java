package org.policylens.common.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;

public class RegistryReaderTest {

	private SampleReader reader;

	@AfterEach
	void stop() {
		if (reader != null) {
			reader.stop();
		}
	}

	@Test
	void readsValidContributionsAndReportsMalformedOnes() {
		reader = new SampleReader(Platform.getExtensionRegistry());
		assertTrue(reader.getDescriptors().isEmpty(), "nothing is read before start()");
		reader.start();

		List<String> ids = reader.getDescriptors().stream().map(ContributionDescriptor::getId).toList();
		assertEquals(List.of("good", "missingClass", "throwing", "wrongType"), ids);
		assertEquals("org.policylens.common.tests", reader.getDescriptor("good").getContributor());
		assertEquals("A good sample", reader.getDescriptor("good").getLabel());

		List<String> problems = reader.getProblems().stream().map(ContributionProblem::message).toList();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("required attribute 'class' is missing"), problems.get(0));
		assertTrue(problems.get(1).contains("id 'good' is contributed already"), problems.get(1));
		assertEquals(reader.getProblems(), reader.sunk, "every problem also goes to the sink (the log)");
	}

	@Test
	void createsContributedObjectsLazilyAndSurvivesBrokenOnes() {
		reader = new SampleReader(Platform.getExtensionRegistry());
		reader.start();
		int before = reader.getProblems().size();

		SampleDescriptor good = reader.getDescriptor("good");
		assertEquals("hello", good.sample.get().orElseThrow().greet());
		assertTrue(good.sample.get().orElseThrow() == good.sample.get().orElseThrow(), "created once");

		assertTrue(reader.getDescriptor("missingClass").sample.get().isEmpty());
		assertTrue(reader.getDescriptor("wrongType").sample.get().isEmpty());
		assertTrue(reader.getDescriptor("throwing").sample.get().isEmpty());
		assertTrue(reader.getDescriptor("throwing").sample.get().isEmpty(), "a failure is not retried");

		List<String> problems = reader.getProblems().subList(before, reader.getProblems().size()).stream()
				.map(ContributionProblem::message).toList();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("DoesNotExist"), problems.get(0));
		assertTrue(problems.get(1).contains("does not implement org.policylens.common.tests.ISample"), problems.get(1));
		assertTrue(problems.get(2).contains("broken on purpose"), problems.get(2));
	}

	@Test
	void stopForgetsEverything() {
		reader = new SampleReader(Platform.getExtensionRegistry());
		reader.start();
		reader.start();
		assertEquals(4, reader.getDescriptors().size(), "a second start() reads nothing twice");
		reader.stop();
		assertFalse(reader.isStarted());
		assertTrue(reader.getDescriptors().isEmpty());
		assertTrue(reader.getProblems().isEmpty());
	}

	@Test
	void followsContributionsAddedAndRemovedAtRunTime() throws Exception {
		Object token = new Object();
		IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null), token, null);
		try {
			IContributor declaring = new RegistryContributor("1", "org.policylens.common.tests", null, null);
			add(registry, declaring, token, "<plugin><extension-point id='samples' name='Samples'/></plugin>");
			reader = new SampleReader(registry);
			AtomicInteger changes = new AtomicInteger();
			reader.addChangeListener(changes::incrementAndGet);
			reader.start();
			assertTrue(reader.getDescriptors().isEmpty());

			IContributor plugin = new RegistryContributor("2", "com.example.plugin", null, null);
			add(registry, plugin, token, "<plugin><extension id='more' point='org.policylens.common.tests.samples'>"
					+ "<sample id='late' label='Installed later' class='com.example.Late'/></extension></plugin>");
			waitFor(() -> !reader.getDescriptors().isEmpty());
			assertEquals(List.of("late"), reader.getDescriptors().stream().map(ContributionDescriptor::getId).toList());
			assertEquals("com.example.plugin", reader.getDescriptor("late").getContributor());
			int afterAdd = changes.get();
			assertTrue(afterAdd >= 2, "listeners hear about start() and the new contribution");

			IExtension extension = registry.getExtension("com.example.plugin.more");
			assertTrue(registry.removeExtension(extension, token));
			waitFor(() -> reader.getDescriptors().isEmpty());
			assertTrue(reader.getDescriptors().isEmpty(), "an uninstalled plugin's contributions go away");
			assertTrue(changes.get() > afterAdd);
		} finally {
			registry.stop(token);
		}
	}

	/** registry change events are delivered on the registry's event thread */
	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
	}

	private static void add(IExtensionRegistry registry, IContributor contributor, Object token, String xml) {
		boolean added = registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				contributor, false, contributor.getName(), null, token);
		assertTrue(added, "contribution accepted: " + xml);
	}
}
