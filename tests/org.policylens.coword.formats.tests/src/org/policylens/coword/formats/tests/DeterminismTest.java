package org.policylens.coword.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.coword.export.CowordExporters;
import org.policylens.coword.export.ExportOptions;
import org.policylens.coword.export.MemoryTarget;

/**
 * Every contributed format, found through the extension point: the same network gives the same
 * bytes, whatever the default locale, with {@code \n} line ends only.
 */
public class DeterminismTest {

	@TempDir
	Path tmp;

	private final List<ContributionProblem> problems = new ArrayList<>();
	private CowordExporters exporters;
	private Locale locale;

	@BeforeEach
	void start() {
		locale = Locale.getDefault();
		exporters = new CowordExporters(Platform.getExtensionRegistry(), problems::add);
		exporters.start();
	}

	@AfterEach
	void stop() {
		exporters.stop();
		Locale.setDefault(locale);
	}

	@Test
	void theFormatsAreContributedFromThisPlugin() {
		assertEquals(List.of("csv", "gexf", "graphml", "pajek", "vosviewer"),
				exporters.list().stream().filter(i -> i.contributor().equals("org.policylens.coword.formats")).map(CowordExporters.Info::id).toList());
		assertEquals(List.of("net", "clu"), exporters.list().stream().filter(i -> i.id().equals("pajek")).findFirst().orElseThrow().extensions());
		assertEquals("gexf", exporters.forFile(Path.of("map.GEXF")).orElseThrow().id());
	}

	@Test
	void theSameNetworkGivesTheSameBytesInEveryLocale() throws Exception {
		for (CowordExporters.Info info : exporters.list()) {
			if (!info.contributor().equals("org.policylens.coword.formats")) {
				continue;
			}
			Locale.setDefault(Locale.ROOT);
			Map<String, byte[]> first = export(info.id());
			Locale.setDefault(Locale.GERMANY);
			Map<String, byte[]> second = export(info.id());
			assertEquals(first.keySet(), second.keySet(), info.id());
			for (String part : first.keySet()) {
				assertArrayEquals(first.get(part), second.get(part), info.id() + " part '" + part + "'");
				String text = new String(first.get(part), "UTF-8");
				assertTrue(!text.contains("\r"), info.id() + " writes \\n line ends");
				assertTrue(!text.matches("(?s).*\\d,\\d{4}\\t.*"), info.id() + " writes no decimal comma");
			}
		}
	}

	@Test
	void exportsToFilesWriteEveryPartNextToTheNamedFile() throws Exception {
		List<Path> written = exporters.export(SmallNetwork.build(), "pajek", tmp.resolve("out/map.net"), ExportOptions.defaults(),
				new NullProgressMonitor());
		assertEquals(List.of(tmp.resolve("out/map.net").toAbsolutePath(), tmp.resolve("out/map.clu").toAbsolutePath()), written);
		assertEquals("*Vertices 4\n1\n2\n1\n2\n", Files.readString(tmp.resolve("out/map.clu")));
		try (var files = Files.list(tmp.resolve("out"))) {
			assertEquals(2, files.count(), "no temporary files left");
		}
	}

	private Map<String, byte[]> export(String id) throws Exception {
		MemoryTarget target = new MemoryTarget();
		exporters.get(id).orElseThrow().write(SmallNetwork.build(), target, ExportOptions.defaults(), new NullProgressMonitor());
		return target.parts();
	}
}
