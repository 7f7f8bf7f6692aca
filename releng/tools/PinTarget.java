import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Computes a pinned, coherent list of Maven artifacts for a location of the target platform from
 * a few root artifacts, and says which of them need a Java newer than 17.
 *
 * <pre>
 * MAVEN_REPO_BASE=&lt;URL of your Maven Central mirror, ending in /&gt; \
 *   java releng/tools/PinTarget.java releng/tools/eclipse-roots.txt
 * </pre>
 *
 * Why not let Tycho resolve transitively: several Eclipse POMs on Maven Central declare open
 * version ranges ({@code [3.9.0,4.0.0)}), and Maven takes the newest match, which for Eclipse 4.39+
 * needs Java 21. This tool follows the dependencies, takes the <em>lower</em> bound of a range,
 * keeps the version a root pins, and otherwise the highest version asked for. The output is the
 * {@code <dependency>} lines to paste into a location with {@code includeDependencyDepth="none"}.
 * No repository host is written in the repository: the base URL comes from the environment.
 */
public class PinTarget {

	record Artifact(String group, String artifact, String version) {
	}

	private final String base;
	private final HttpClient http = HttpClient.newHttpClient();
	private final Path cache = Path.of(System.getProperty("user.home"), ".m2", "pintarget-cache");

	PinTarget(String base) {
		this.base = base.endsWith("/") ? base : base + "/";
	}

	public static void main(String[] args) throws Exception {
		String base = System.getenv("MAVEN_REPO_BASE");
		if (args.length != 1 || base == null || base.isBlank()) {
			System.err.println("usage: MAVEN_REPO_BASE=<maven repository URL> java releng/tools/PinTarget.java ROOTS_FILE");
			System.err.println("ROOTS_FILE: one 'groupId artifactId version' per line; # starts a comment");
			System.exit(2);
		}
		List<Artifact> roots = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(args[0]))) {
			String trimmed = line.replaceAll("#.*", "").trim();
			if (!trimmed.isEmpty()) {
				String[] parts = trimmed.split("\\s+");
				roots.add(new Artifact(parts[0], parts[1], parts[2]));
			}
		}
		new PinTarget(base).run(roots);
	}

	void run(List<Artifact> roots) throws Exception {
		Map<String, String> pinned = new LinkedHashMap<>();
		roots.forEach(r -> pinned.put(r.group() + ":" + r.artifact(), r.version()));
		Map<String, String> chosen = new TreeMap<>();
		Deque<Artifact> queue = new ArrayDeque<>(roots);
		while (!queue.isEmpty()) {
			Artifact a = queue.pop();
			String key = a.group() + ":" + a.artifact();
			String version = pinned.getOrDefault(key, a.version());
			if (chosen.containsKey(key) && compare(chosen.get(key), version) >= 0) {
				continue;
			}
			chosen.put(key, version);
			queue.addAll(dependencies(new Artifact(a.group(), a.artifact(), version)));
		}
		for (Map.Entry<String, String> e : chosen.entrySet()) {
			String[] ga = e.getKey().split(":");
			String ee = executionEnvironment(new Artifact(ga[0], ga[1], e.getValue()));
			System.out.println("        <dependency><groupId>" + ga[0] + "</groupId><artifactId>" + ga[1]
					+ "</artifactId><version>" + e.getValue() + "</version><type>jar</type></dependency>"
					+ (ee.isEmpty() ? "" : "  <!-- " + ee + " -->"));
		}
	}

	private List<Artifact> dependencies(Artifact a) throws Exception {
		byte[] pom = fetch(path(a, "pom"));
		if (pom == null) {
			System.err.println("no POM for " + a);
			return List.of();
		}
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Element project = factory.newDocumentBuilder().parse(new ByteArrayInputStream(pom)).getDocumentElement();
		List<Artifact> result = new ArrayList<>();
		NodeList containers = project.getElementsByTagName("dependencies");
		for (int c = 0; c < containers.getLength(); c++) {
			Element container = (Element) containers.item(c);
			if (!container.getParentNode().getNodeName().equals("project")) {
				continue; // dependencyManagement, profiles, plugins
			}
			NodeList deps = container.getElementsByTagName("dependency");
			for (int i = 0; i < deps.getLength(); i++) {
				Element dep = (Element) deps.item(i);
				String scope = text(dep, "scope", "compile");
				String version = text(dep, "version", null);
				if (scope.equals("test") || scope.equals("provided") || text(dep, "optional", "false").equals("true")
						|| version == null || version.contains("${")) {
					continue;
				}
				result.add(new Artifact(text(dep, "groupId", ""), text(dep, "artifactId", ""), lowerBound(version)));
			}
		}
		return result;
	}

	private String executionEnvironment(Artifact a) throws Exception {
		byte[] jar = fetch(path(a, "jar"));
		if (jar == null) {
			return "no jar";
		}
		try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
			Manifest manifest = in.getManifest();
			if (manifest == null) {
				return "not a bundle";
			}
			String bree = manifest.getMainAttributes().getValue("Bundle-RequiredExecutionEnvironment");
			String capability = manifest.getMainAttributes().getValue("Require-Capability");
			Matcher m = Pattern.compile("osgi\\.ee;filter:=\"[^\"]*version=([\\d.]+)").matcher(capability == null ? "" : capability);
			String ee = bree != null ? bree : m.find() ? "JavaSE-" + m.group(1) : "";
			Matcher v = Pattern.compile("(\\d+)").matcher(ee.replace("1.8", "8"));
			return v.find() && Integer.parseInt(v.group(1)) > 17 ? "NEEDS " + ee + ": pin an older version" : "";
		}
	}

	private static String text(Element parent, String tag, String fallback) {
		NodeList nodes = parent.getElementsByTagName(tag);
		return nodes.getLength() == 0 ? fallback : nodes.item(0).getTextContent().trim();
	}

	private static String lowerBound(String version) {
		if (!version.startsWith("[") && !version.startsWith("(")) {
			return version;
		}
		Matcher m = Pattern.compile("[\\d][\\w.\\-]*").matcher(version);
		return m.find() ? m.group() : version;
	}

	private String path(Artifact a, String extension) {
		return a.group().replace('.', '/') + "/" + a.artifact() + "/" + a.version() + "/" + a.artifact() + "-" + a.version()
				+ "." + extension;
	}

	private byte[] fetch(String path) throws IOException, InterruptedException {
		Path cached = cache.resolve(path);
		if (Files.exists(cached)) {
			return Files.size(cached) == 0 ? null : Files.readAllBytes(cached);
		}
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		byte[] body = response.statusCode() == 200 ? response.body() : new byte[0];
		Files.createDirectories(cached.getParent());
		Files.write(cached, body);
		return body.length == 0 ? null : body;
	}

	static int compare(String a, String b) {
		String[] x = a.split("[.\\-]");
		String[] y = b.split("[.\\-]");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			int p = i < x.length && x[i].matches("\\d+") ? Integer.parseInt(x[i]) : 0;
			int q = i < y.length && y[i].matches("\\d+") ? Integer.parseInt(y[i]) : 0;
			if (p != q) {
				return Integer.compare(p, q);
			}
		}
		return 0;
	}
}
