package org.policylens.common.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.policylens.common.plugins.ContributionInfo;
import org.policylens.common.plugins.ExtensionPointCatalog;
import org.policylens.common.plugins.ExtensionPointInfo;

public class ExtensionPointCatalogTest {

	private static ExtensionPointInfo samples(boolean verify) {
		List<ExtensionPointInfo> points = new ExtensionPointCatalog(Platform.getExtensionRegistry(), "org.policylens")
				.read(verify);
		assertTrue(points.stream().allMatch(p -> p.id().startsWith("org.policylens.")), "only PolicyLens points");
		return points.stream().filter(p -> p.id().equals("org.policylens.common.tests.samples")).findFirst()
				.orElseThrow();
	}

	@Test
	void listsContributionsWithTheirBundle() {
		ExtensionPointInfo point = samples(false);
		assertEquals("Test samples", point.label());
		assertEquals("org.policylens.common.tests", point.declaringBundle());
		assertEquals("schema/samples.exsd", point.schema());
		assertEquals(6, point.contributions().size());
		assertTrue(point.contributions().stream().allMatch(c -> c.contributor().equals("org.policylens.common.tests")));
		assertTrue(point.contributions().stream().allMatch(ContributionInfo::isOk), "nothing checked without verify");
	}

	@Test
	void checksContributionsAgainstTheSchemaWithoutCreatingThem() {
		ExtensionPointInfo point = samples(true);
		Map<String, List<String>> problems = point.contributions().stream()
				.collect(Collectors.toMap(c -> c.id() + "/" + c.label(), ContributionInfo::problems));
		assertEquals(List.of(), problems.get("good/A good sample"));
		assertEquals(List.of(), problems.get("throwing/Its constructor throws"), "classes are loaded, not created");
		assertEquals(List.of("<sample> lacks the required attribute 'class'"),
				problems.get("noClassAttribute/Lacks its class"));
		assertTrue(problems.get("missingClass/Names a class that does not exist").get(0)
				.contains("class org.policylens.common.tests.DoesNotExist cannot be loaded"));
		assertEquals(List.of("org.policylens.common.tests.NotASample is not a org.policylens.common.tests.ISample"),
				problems.get("wrongType/Names a class of the wrong type"));
		assertEquals(List.of("id 'good' is contributed more than once"), problems.get("good/Duplicate id"));
		assertEquals(4, point.brokenCount());
	}
}
