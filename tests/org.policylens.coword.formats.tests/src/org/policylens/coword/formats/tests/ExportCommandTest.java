package org.policylens.coword.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.tests.harness.CommandLine;
import org.policylens.tests.harness.Fixtures;

/**
 * {@code policylens coword export} on the study of the five PKULaw sample policies: a real network,
 * built twice with the same seed, gives byte-identical files in every format, and the GEXF is valid.
 */
public class ExportCommandTest {

	@TempDir
	Path tmp;

	private CommandLine cli;
	private Path study;

	@BeforeEach
	void start() throws Exception {
		study = tmp.resolve("study");
		Fixtures.sampleStudy(study);
		cli = new CommandLine("wang");
	}

	@AfterEach
	void stop() {
		cli.close();
	}

	@Test
	void listsTheExporters() {
		assertEquals(0, cli.run("coword", "export", "--format", "list"), cli.err());
		List<String> ids = cli.out().lines().map(line -> line.split("\t")[0]).toList();
		assertEquals(List.of("csv", "gexf", "graphml", "pajek", "vosviewer"), ids);
		assertTrue(cli.out().contains("pajek\tnet,clu\tPajek network and partition\t"), cli.out());
	}

	@Test
	void theSamePoliciesAndSeedGiveByteIdenticalFilesInEveryFormat() throws Exception {
		String[][] formats = { { "gexf", "map.gexf" }, { "graphml", "map.graphml" }, { "pajek", "map.net" }, { "vosviewer", "map.txt" },
				{ "csv", "edges.csv" } };
		for (String[] format : formats) {
			Path first = tmp.resolve("first").resolve(format[1]);
			Path second = tmp.resolve("second").resolve(format[1]);
			assertEquals(0, export(format[0], first), cli.err());
			List<Path> written = cli.out().lines().map(Path::of).toList();
			assertEquals(first.toAbsolutePath(), written.get(0), cli.out());
			assertEquals(0, export(format[0], second), cli.err());
			assertTrue(cli.err().contains("(seed 11)"), cli.err());
			for (Path file : written) {
				Path twin = second.resolveSibling(file.getFileName());
				assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(twin), format[0] + ": " + file.getFileName());
			}
		}
		Path gexf = tmp.resolve("first/map.gexf");
		XmlFormatsTest.gexfSchema().newValidator().validate(new StreamSource(gexf.toFile()));
		String text = Files.readString(gexf);
		assertTrue(text.contains("seed=11"), "the seed is recorded");
		assertTrue(Files.readString(tmp.resolve("first/map.clu")).startsWith("*Vertices "));
		assertTrue(Files.readString(tmp.resolve("first/map.txt")).startsWith("id\tlabel\tx\ty\tcluster\t"));
	}

	@Test
	void wrongOptionsAreUsageErrors() {
		assertEquals(2, cli.run("coword", "export", "--study", study.toString(), "--format", "dot", "--out", tmp.resolve("a.dot").toString()));
		assertTrue(cli.err().contains("no exporter 'dot'; installed: csv, gexf, graphml, pajek, vosviewer"), cli.err());
		assertEquals(2, cli.run("coword", "export", "--study", study.toString(), "--out", tmp.resolve("a.dot").toString()));
		assertTrue(cli.err().contains("give --format: no exporter writes files like a.dot"), cli.err());
		assertEquals(2, cli.run("coword", "export", "--study", study.toString(), "--out", tmp.resolve("a.net").toString(), "--option", "weight=heavy"));
		assertTrue(cli.err().contains("the option weight is count or strength, not 'heavy'"), cli.err());
	}

	private int export(String format, Path out) {
		return cli.run("coword", "export", "--study", study.toString(), "--format", format, "--out", out.toString(), "--top", "40",
				"--seed", "11");
	}
}
