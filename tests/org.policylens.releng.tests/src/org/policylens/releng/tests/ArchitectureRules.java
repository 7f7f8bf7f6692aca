package org.policylens.releng.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules of PolicyLens' architecture, read from the source tree (so that every bundle is
 * checked, including bundles no test runs):
 * <ul>
 * <li>a headless bundle (any bundle whose name does not end in {@code .ui} or {@code .rcp})
 * never requires SWT, JFace, the workbench or a PolicyLens UI bundle, directly or through another
 * PolicyLens bundle, and its sources import none of them;</li>
 * <li>the core feature holds headless bundles only;</li>
 * <li>every bundle has a test bundle, {@code tests/<bundle>.tests};</li>
 * <li>every bundle commits the project's compiler settings;</li>
 * <li>generated EMF code lives in {@code src-gen/} only;</li>
 * <li>every exported package has a version; packages named {@code internal} are
 * {@code x-internal};</li>
 * <li>every extension point has a schema that documents it (no PDE placeholder text, an example,
 * the API).</li>
 * </ul>
 */
final class ArchitectureRules {

	private static final Pattern UI_NAMES = Pattern
			.compile("^(org\\.eclipse\\.(swt|jface|ui|e4\\.ui)|org\\.jfree\\.chart\\.swt|org\\.jfree\\.swt)(\\..*)?$");
	private static final Pattern UI_IMPORT = Pattern
			.compile("^import (static )?(org\\.eclipse\\.(swt|jface|ui|e4\\.ui)|org\\.jfree\\.chart\\.swt)\\.", Pattern.MULTILINE);
	private static final Pattern PLACEHOLDER = Pattern.compile(
			"\\[Enter (extension point usage example|the first release|description|API information|information about supplied)",
			Pattern.CASE_INSENSITIVE);

	private final Path root;
	private final Map<String, Map<String, String>> manifests = new LinkedHashMap<>();
	private final List<String> violations = new ArrayList<>();

	ArchitectureRules(Path root) {
		this.root = root;
	}

	static boolean isHeadless(String bundle) {
		return !(bundle.endsWith(".ui") || bundle.contains(".ui.") || bundle.endsWith(".rcp"));
	}

	List<String> check() throws IOException {
		Path bundles = root.resolve("bundles");
		try (Stream<Path> dirs = Files.list(bundles)) {
			for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("META-INF/MANIFEST.MF"))).sorted().toList()) {
				manifests.put(dir.getFileName().toString(), read(dir.resolve("META-INF/MANIFEST.MF")));
			}
		}
		for (String bundle : manifests.keySet()) {
			Path dir = bundles.resolve(bundle);
			if (isHeadless(bundle)) {
				checkHeadless(bundle, new HashSet<>(), bundle);
				checkHeadlessSources(bundle, dir);
			}
			checkTestBundle(bundle);
			checkCompilerSettings(bundle, dir);
			checkGeneratedCode(bundle, dir);
			checkExports(bundle);
			checkSchemas(bundle, dir);
		}
		checkCoreFeature();
		return violations;
	}

	private void checkHeadless(String start, Set<String> seen, String bundle) {
		if (!seen.add(bundle)) {
			return;
		}
		Map<String, String> headers = manifests.get(bundle);
		for (String required : names(headers.get("Require-Bundle"))) {
			if (UI_NAMES.matcher(required).matches() || manifests.containsKey(required) && !isHeadless(required)) {
				violations.add(start + " is headless but " + (start.equals(bundle) ? "requires " : "requires, through " + bundle + ", ")
						+ required);
			} else if (manifests.containsKey(required)) {
				checkHeadless(start, seen, required);
			}
		}
		for (String imported : names(headers.get("Import-Package"))) {
			if (UI_NAMES.matcher(imported).matches()) {
				violations.add(start + " is headless but " + (start.equals(bundle) ? "" : "through " + bundle + " ")
						+ "imports " + imported);
			}
			for (Map.Entry<String, Map<String, String>> other : manifests.entrySet()) {
				if (!isHeadless(other.getKey()) && names(other.getValue().get("Export-Package")).contains(imported)) {
					violations.add(start + " is headless but imports " + imported + " from " + other.getKey());
				}
			}
		}
	}

	private void checkHeadlessSources(String bundle, Path dir) throws IOException {
		for (String folder : List.of("src", "src-gen")) {
			Path src = dir.resolve(folder);
			if (!Files.isDirectory(src)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(src)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					Matcher m = UI_IMPORT.matcher(Files.readString(file));
					if (m.find()) {
						violations.add(bundle + " is headless but " + dir.relativize(file) + " imports " + m.group(2));
					}
				}
			}
		}
	}

	private void checkTestBundle(String bundle) {
		if (!Files.isRegularFile(root.resolve("tests").resolve(bundle + ".tests").resolve("META-INF/MANIFEST.MF"))) {
			violations.add(bundle + " has no test bundle tests/" + bundle + ".tests");
		}
	}

	private void checkCompilerSettings(String bundle, Path dir) throws IOException {
		Path prefs = dir.resolve(".settings/org.eclipse.jdt.core.prefs");
		Path shared = root.resolve("releng/settings/org.eclipse.jdt.core.prefs");
		if (!Files.isRegularFile(prefs)) {
			violations.add(bundle + " does not commit .settings/org.eclipse.jdt.core.prefs");
		} else if (!Files.readString(prefs).equals(Files.readString(shared))) {
			violations.add(bundle + "/.settings/org.eclipse.jdt.core.prefs differs from releng/settings/org.eclipse.jdt.core.prefs");
		}
	}

	private void checkGeneratedCode(String bundle, Path dir) throws IOException {
		Path src = dir.resolve("src");
		if (!Files.isDirectory(src)) {
			return;
		}
		try (Stream<Path> files = Files.walk(src)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				if (Files.readString(file).contains("@generated")) {
					violations.add(bundle + ": " + dir.relativize(file) + " holds EMF-generated code; it belongs in src-gen/");
				}
			}
		}
	}

	private void checkExports(String bundle) {
		String exports = manifests.get(bundle).get("Export-Package");
		if (exports == null) {
			return;
		}
		for (String clause : clauses(exports)) {
			String name = clause.split(";")[0].trim();
			if (!clause.contains("version=")) {
				violations.add(bundle + " exports " + name + " without a version");
			}
			if (name.contains(".internal") && !clause.contains("x-internal:=true") && !clause.contains("x-friends:=")) {
				violations.add(bundle + " exports the internal package " + name + " as API (mark it x-internal:=true)");
			}
		}
	}

	private void checkSchemas(String bundle, Path dir) throws IOException {
		Path pluginXml = dir.resolve("plugin.xml");
		if (!Files.isRegularFile(pluginXml)) {
			return;
		}
		Matcher points = Pattern.compile("<extension-point\\s[^>]*>", Pattern.DOTALL).matcher(Files.readString(pluginXml));
		while (points.find()) {
			Matcher schema = Pattern.compile("schema=\"([^\"]+)\"").matcher(points.group());
			if (!schema.find()) {
				violations.add(bundle + " declares an extension point without a schema: " + points.group());
				continue;
			}
			Path exsd = dir.resolve(schema.group(1));
			if (!Files.isRegularFile(exsd)) {
				violations.add(bundle + ": schema " + schema.group(1) + " does not exist");
				continue;
			}
			String text = Files.readString(exsd);
			if (PLACEHOLDER.matcher(text).find()) {
				violations.add(bundle + ": " + schema.group(1) + " still holds PDE placeholder text");
			}
			for (String section : List.of("examples", "apiinfo")) {
				if (!text.contains("meta.section type=\"" + section + "\"")) {
					violations.add(bundle + ": " + schema.group(1) + " has no " + section + " section");
				}
			}
			if (!text.contains("kind=\"java\"") && !text.contains("kind=\"resource\"")) {
				violations.add(bundle + ": " + schema.group(1)
						+ " names no Java type (meta.attribute kind=\"java\" basedOn=...) nor resource (a declarative point)");
			}
		}
	}

	private void checkCoreFeature() throws IOException {
		Path feature = root.resolve("features/org.policylens.core.feature/feature.xml");
		if (!Files.isRegularFile(feature)) {
			violations.add("features/org.policylens.core.feature/feature.xml is missing");
			return;
		}
		Matcher plugins = Pattern.compile("<plugin\\s+id=\"([^\"]+)\"").matcher(Files.readString(feature));
		while (plugins.find()) {
			String id = plugins.group(1);
			if (!isHeadless(id) || UI_NAMES.matcher(id).matches() || id.contains("swt")) {
				violations.add("the headless org.policylens.core.feature includes the UI bundle " + id);
			}
		}
	}

	private static Map<String, String> read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			Manifest manifest = new Manifest(in);
			Map<String, String> headers = new LinkedHashMap<>();
			manifest.getMainAttributes().forEach((k, v) -> headers.put(k.toString(), v.toString()));
			return headers;
		}
	}

	/** Splits a header at the commas between clauses (not those inside quotes). */
	static List<String> clauses(String header) {
		List<String> result = new ArrayList<>();
		if (header == null) {
			return result;
		}
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				result.add(current.toString().trim());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			result.add(current.toString().trim());
		}
		return result;
	}

	static List<String> names(String header) {
		return clauses(header).stream().map(c -> c.split(";")[0].trim()).filter(s -> !s.isEmpty()).toList();
	}
}
