package org.policylens.coword.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.CowordOptions;
import org.policylens.coword.CowordParameters;
import org.policylens.coword.CowordUnit;
import org.policylens.coword.TermSelection;
import org.policylens.coword.export.CowordExporters;
import org.policylens.coword.export.ExportOptions;
import org.policylens.coword.export.ExportTarget;

/**
 * The extension point org.policylens.coword.exporters: the formats of org.policylens.coword.formats,
 * this bundle's working and broken contributions (plugin.xml), and exports to files that are
 * written all or none.
 */
public class ExportersTest {

	@TempDir
	Path tmp;

	private final List<ContributionProblem> problems = new ArrayList<>();
	private CowordExporters exporters;

	@BeforeEach
	void start() {
		exporters = new CowordExporters(Platform.getExtensionRegistry(), problems::add);
		exporters.start();
	}

	@AfterEach
	void stop() {
		exporters.stop();
	}

	@Test
	void readsGoodContributionsAndReportsBrokenOnes() {
		List<String> ids = exporters.list().stream().map(CowordExporters.Info::id).toList();
		assertEquals(List.of("csv", "gexf", "graphml", "pajek", "test-failing", "test-missing", "test-terms", "test-wrongtype", "vosviewer"), ids);
		CowordExporters.Info gexf = exporters.list().get(1);
		assertEquals("org.policylens.coword.formats", gexf.contributor(), "contributed from another bundle");
		assertEquals("GEXF 1.3 (Gephi)", gexf.name());
		assertEquals(List.of("fail", "part"), exporters.list().get(4).extensions());
		List<String> read = problems.stream().map(ContributionProblem::message).toList();
		assertEquals(3, read.size(), read.toString());
		assertTrue(read.stream().anyMatch(m -> m.contains("the id 'Two Words' is not one lower-case word")), read.toString());
		assertTrue(read.stream().anyMatch(m -> m.contains("'extensions' names no file extension")), read.toString());
		assertTrue(read.stream().anyMatch(m -> m.contains("id 'gexf' is contributed already")), read.toString());

		assertTrue(exporters.get("test-terms").isPresent());
		assertTrue(exporters.get("test-missing").isEmpty());
		assertTrue(exporters.get("test-wrongtype").isEmpty());
		assertTrue(exporters.get("no-such-format").isEmpty());
		List<String> created = exporters.problems().stream().map(ContributionProblem::message).toList();
		assertTrue(created.stream().anyMatch(m -> m.contains("org.policylens.coword.export.tests.Missing")), created.toString());
		assertTrue(created.stream().anyMatch(m -> m.contains("does not implement org.policylens.coword.export.ICowordExporter")), created.toString());
	}

	@Test
	void exportsWriteFilesAndNameMissingExporters() throws Exception {
		Path file = tmp.resolve("terms.txt");
		assertEquals(List.of(file.toAbsolutePath()), exporters.export(network(), "test-terms", file, ExportOptions.defaults(), new NullProgressMonitor()));
		assertEquals("数据\n政策\n", Files.readString(file));
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> exporters.export(network(), "no-such-format", file, ExportOptions.defaults(), new NullProgressMonitor()));
		assertTrue(unknown.getMessage().startsWith("no co-word exporter 'no-such-format'; known: [csv, gexf"), unknown.getMessage());
		IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
				() -> exporters.export(network(), "test-missing", file, ExportOptions.defaults(), new NullProgressMonitor()));
		assertTrue(broken.getMessage().startsWith("the co-word exporter 'test-missing' cannot be created: "), broken.getMessage());
	}

	@Test
	void aFailedExportLeavesTheFilesAsTheyWere() throws Exception {
		Path file = tmp.resolve("map.fail");
		Files.writeString(file, "old content\n");
		IOException e = assertThrows(IOException.class,
				() -> exporters.export(network(), "test-failing", file, ExportOptions.defaults(), new NullProgressMonitor()));
		assertEquals("disk full (test)", e.getMessage());
		assertEquals("old content\n", Files.readString(file));
		try (var files = Files.list(tmp)) {
			assertEquals(List.of(file), files.toList(), "no part and no temporary file left");
		}
	}

	@Test
	void partsAreNamedAfterTheNamedFile() {
		assertEquals("map.clu", ExportTarget.partName("map.net", ".clu"));
		assertEquals("edges-nodes.csv", ExportTarget.partName("edges.csv", "-nodes.csv"));
		assertEquals("map-network.txt", ExportTarget.partName("map", "-network.txt"));
		assertEquals("map.net", ExportTarget.partName("map.net", ""));
	}

	private static CowordNetwork network() {
		CooccurrenceMatrix.Builder builder = new CooccurrenceMatrix.Builder(TermSelection.ALL);
		builder.unit(CowordUnit.record(0, "1", "1"), List.of("数据", "政策"));
		builder.unit(CowordUnit.record(1, "2", "2"), List.of("数据"));
		CooccurrenceMatrix matrix = builder.build(new NullProgressMonitor());
		List<CowordNetwork.Term> terms = List.of(new CowordNetwork.Term(0, "数据", 2, 1, 0, 0, 1, 1, java.util.Map.of()),
				new CowordNetwork.Term(1, "政策", 1, 1, 1, 0, 1, 1, java.util.Map.of()));
		return new CowordNetwork(terms, List.of(new CowordNetwork.Link(0, 1, 1, 1)), List.of(),
				new CowordParameters("two records", "record", TermSelection.ALL, "raw", CowordOptions.DEFAULTS), matrix, List.of());
	}
}
