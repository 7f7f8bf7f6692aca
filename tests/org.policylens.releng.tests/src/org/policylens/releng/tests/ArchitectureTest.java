package org.policylens.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the architecture rules on the PolicyLens source tree, and shows on a made-up tree that
 * each rule catches what it is for.
 */
public class ArchitectureTest {

	@TempDir
	Path tmp;

	static Path sourceRoot() {
		String root = System.getProperty("policylens.root");
		if (root == null || root.isBlank()) {
			throw new IllegalStateException("-Dpolicylens.root is not set (the root pom sets it for every test)");
		}
		return Path.of(root);
	}

	@Test
	void policyLensFollowsItsArchitectureRules() throws IOException {
		List<String> violations = new ArchitectureRules(sourceRoot()).check();
		assertEquals(List.of(), violations, String.join("\n", violations));
	}

	@Test
	void aHeadlessBundleThatNeedsUiIsCaught() throws IOException {
		Files.createDirectories(tmp.resolve("releng/settings"));
		Files.writeString(tmp.resolve("releng/settings/org.eclipse.jdt.core.prefs"), "strict=true\n");
		bundle("org.example.core", "Require-Bundle: org.example.model,\n org.eclipse.core.runtime\n");
		bundle("org.example.model", "Require-Bundle: org.example.ui\n");
		bundle("org.example.ui", "Require-Bundle: org.eclipse.ui\nExport-Package: org.example.ui.views;version=\"1.0.0\",\n org.example.ui.internal;version=\"1.0.0\"\n");
		bundle("org.example.charts", "Import-Package: org.eclipse.swt.widgets,\n org.example.ui.views\n");
		bundle("org.example.nosettings", "");
		Files.delete(tmp.resolve("bundles/org.example.nosettings/.settings/org.eclipse.jdt.core.prefs"));
		Files.createDirectories(tmp.resolve("bundles/org.example.charts/src/x"));
		Files.writeString(tmp.resolve("bundles/org.example.charts/src/x/Chart.java"),
				"package x;\nimport org.eclipse.swt.widgets.Canvas;\n/** @generated */\nclass Chart {}\n");
		Files.writeString(tmp.resolve("bundles/org.example.core/plugin.xml"),
				"<plugin><extension-point id=\"things\" name=\"Things\" schema=\"schema/things.exsd\"/></plugin>");
		Files.createDirectories(tmp.resolve("bundles/org.example.core/schema"));
		Files.writeString(tmp.resolve("bundles/org.example.core/schema/things.exsd"),
				"<schema><documentation>[Enter description of this extension point.]</documentation></schema>");
		Files.createDirectories(tmp.resolve("features/org.policylens.core.feature"));
		Files.writeString(tmp.resolve("features/org.policylens.core.feature/feature.xml"),
				"<feature><plugin id=\"org.example.core\" version=\"0.0.0\"/><plugin id=\"org.example.ui\" version=\"0.0.0\"/></feature>");
		Files.delete(tmp.resolve("tests/org.example.model.tests/META-INF/MANIFEST.MF"));

		List<String> violations = new ArchitectureRules(tmp).check();
		String all = String.join("\n", violations);
		assertTrue(violations.contains("org.example.core is headless but requires, through org.example.model, org.example.ui"), all);
		assertTrue(violations.contains("org.example.model is headless but requires org.example.ui"), all);
		assertTrue(violations.contains("org.example.charts is headless but imports org.eclipse.swt.widgets"), all);
		assertTrue(violations.contains("org.example.charts is headless but imports org.example.ui.views from org.example.ui"), all);
		assertTrue(violations.contains("org.example.charts is headless but src/x/Chart.java imports org.eclipse.swt"), all);
		assertTrue(violations.contains("org.example.charts: src/x/Chart.java holds EMF-generated code; it belongs in src-gen/"), all);
		assertTrue(violations.contains("org.example.model has no test bundle tests/org.example.model.tests"), all);
		assertTrue(violations.contains("org.example.nosettings does not commit .settings/org.eclipse.jdt.core.prefs"), all);
		assertTrue(violations.contains("org.example.ui exports the internal package org.example.ui.internal as API (mark it x-internal:=true)"), all);
		assertTrue(violations.contains("org.example.core: schema/things.exsd still holds PDE placeholder text"), all);
		assertTrue(violations.contains("org.example.core: schema/things.exsd has no examples section"), all);
		assertTrue(violations.contains("org.example.core: schema/things.exsd names no Java type (meta.attribute kind=\"java\" basedOn=...) nor resource (a declarative point)"), all);
		assertTrue(violations.contains("the headless org.policylens.core.feature includes the UI bundle org.example.ui"), all);
		assertEquals(14, violations.size(), all);
	}

	private void bundle(String name, String headers) throws IOException {
		Path dir = tmp.resolve("bundles").resolve(name);
		Files.createDirectories(dir.resolve("META-INF"));
		Files.createDirectories(dir.resolve(".settings"));
		Files.writeString(dir.resolve(".settings/org.eclipse.jdt.core.prefs"), "strict=true\n");
		Files.writeString(dir.resolve("META-INF/MANIFEST.MF"),
				"Manifest-Version: 1.0\nBundle-SymbolicName: " + name + "\n" + headers + "\n");
		Path test = tmp.resolve("tests").resolve(name + ".tests/META-INF");
		Files.createDirectories(test);
		Files.writeString(test.resolve("MANIFEST.MF"), "Manifest-Version: 1.0\n");
	}
}
