package org.policylens.qdpx.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.transform.stream.StreamSource;

import org.eclipse.core.runtime.Platform;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.NewCoding;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.CodingOrigin;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.qdpx.ProjectSchema;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;
import org.policylens.study.model.AttributeType;
import org.policylens.tests.harness.Fixtures;
import org.policylens.tests.harness.TestCodebooks;

/**
 * The study the REFI-QDA tests export: the five sample policies, the contributed policy-tool
 * codebook (copied from its plugin) and the test codebook of domains, three case attributes with a
 * value for every policy, and codings by two coders (whole clauses and spans inside clauses, with
 * memos, one with characters XML escapes) and an accepted auto-coding proposal with its evidence.
 * Also helpers: archives written entry by entry, the study folder's content by file, schema checks.
 */
final class QdpxFixture {

	/** The auto-coder whose proposal was accepted. */
	static final String AUTO = "auto:org.policylens.coding.dictionary";

	private QdpxFixture() {
	}

	/**
	 * @param dir the study folder
	 * @return the study, saved
	 */
	static OpenStudy study(Path dir) throws Exception {
		OpenStudy study = Fixtures.sampleStudy(dir);
		CodebookPlugins plugins = new CodebookPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		Codebook tools;
		try {
			tools = new Codebooks(study, "tester").copy(plugins.get("policy-tools"), null);
		} finally {
			plugins.stop();
		}
		Codebook domains = TestCodebooks.domains(study);
		study.addAttribute("tester", "region", "Region", AttributeType.CATEGORY, List.of("north", "south", "west"));
		study.addAttribute("tester", "in_force", "Years in force", AttributeType.NUMBER, List.of());
		study.addAttribute("tester", "binding", null, AttributeType.BOOLEAN, List.of());
		String[] regions = { "south", "south", "west", "north", "north" };
		List<Document> documents = Corpora.documents(study);
		for (int i = 0; i < documents.size(); i++) {
			Corpora.setValue(documents.get(i), "region", regions[i], ValueOrigin.USER);
			Corpora.setValue(documents.get(i), "in_force", Integer.toString(3 + i), ValueOrigin.USER);
			Corpora.setValue(documents.get(i), "binding", Boolean.toString(i % 2 == 0), ValueOrigin.USER);
		}
		List<Code> toolCodes = CodeTree.all(tools).stream().filter(Code::isCodable).toList();
		List<Code> domainCodes = CodeTree.all(domains).stream().filter(Code::isCodable).toList();
		StudyCodings codings = StudyCodings.of(study);
		int n = 0;
		for (Document document : documents) {
			List<Clause> clauses = Corpora.allClauses(document).stream().filter(c -> c.getEnd() - c.getStart() > 20).toList();
			for (int i = 0; i < 4 && i < clauses.size(); i++) {
				Clause clause = clauses.get(i * clauses.size() / 4);
				codings.codeClause(toolCodes.get(n++ % toolCodes.size()), document.getNumber(), clause.getLabel(), "wang",
						i == 0 ? "wang's memo on " + clause.getLabel() : null);
				int start = clause.getStart() + 3;
				codings.codeSpan(domainCodes.get(n % domainCodes.size()), document.getNumber(), start, start + 12, "li",
						i == 1 ? "<li> & \"quotes\"\nsecond line 第二行" : null);
			}
		}
		Document beijing = documents.get(4);
		Clause clause = Corpora.allClauses(beijing).get(2);
		codings.add(new NewCoding(toolCodes.get(0), beijing.getNumber(), clause.getStart(), clause.getEnd(), clause.getLabel(), AUTO, null,
				CodingOrigin.AUTO, "关键词: 人才"), "wang");
		new StudyStore().save(study);
		return study;
	}

	/**
	 * @param qdpx an archive
	 * @return its project.qde
	 */
	static byte[] project(Path qdpx) throws IOException {
		try (ZipFile zip = new ZipFile(qdpx.toFile()); InputStream in = zip.getInputStream(zip.getEntry(ProjectSchema.PROJECT_FILE))) {
			return in.readAllBytes();
		}
	}

	/** Validates bytes against the project schema with a validator of its own (not the import's parser). */
	static void assertValid(byte[] project) throws Exception {
		ProjectSchema.get().newValidator().validate(new StreamSource(new ByteArrayInputStream(project)));
	}

	/**
	 * Writes an archive.
	 *
	 * @param file    the file
	 * @param entries name → content (strings as UTF-8)
	 */
	static Path zip(Path file, Map<String, ?> entries) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, ?> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				Object value = entry.getValue();
				zip.write(value instanceof byte[] bytes ? bytes : value.toString().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

	/**
	 * @param dir a folder
	 * @return every file and folder under it with the SHA-256 of each file's content
	 */
	static Map<String, String> content(Path dir) throws Exception {
		Map<String, String> content = new TreeMap<>();
		if (!Files.exists(dir)) {
			return content;
		}
		List<Path> all = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.forEach(all::add);
		}
		for (Path p : all) {
			String key = dir.relativize(p).toString();
			content.put(key, Files.isDirectory(p) ? "dir"
					: HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
		}
		return content;
	}
}
