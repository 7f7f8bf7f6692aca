package org.policylens.qdpx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingOrigin;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.corpus.model.Document;
import org.policylens.qdpx.ProjectSchema;
import org.policylens.qdpx.QdpxExporter;
import org.policylens.qdpx.QdpxImporter;
import org.policylens.qdpx.QdpxLimits;
import org.policylens.qdpx.QdpxReport;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;
import org.policylens.study.model.AttributeDefinition;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sample study with the policy-tool codebook and codings by two coders and an auto-coder goes
 * out as a valid REFI-QDA project and comes back identical: every coding (GUID, code, document,
 * span, clause, coder, memo, time), every attribute and value, every codebook and code, every
 * coder, every text; exported again, it has the same code, user and coding GUIDs.
 */
public class RoundTripTest {

	@TempDir
	Path tmp;

	private CorpusPlugins plugins;
	private QdpxImporter importer;

	@BeforeEach
	void start() {
		plugins = new CorpusPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		importer = new QdpxImporter(plugins, new StudyStore(), Clock.systemUTC(), QdpxLimits.DEFAULT);
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	@Test
	void anExportImportsBackWithEveryCodingAttributeCodeAndCoder() throws Exception {
		OpenStudy original = QdpxFixture.study(tmp.resolve("original"));
		Path qdpx = tmp.resolve("sample.qdpx");
		QdpxReport exported = new QdpxExporter().export(original, qdpx, new NullProgressMonitor());
		byte[] project = QdpxFixture.project(qdpx);
		QdpxFixture.assertValid(project);
		int codingCount = StudyCodings.of(original).part().getCodings().size();
		assertEquals(5 * 8 + 1, codingCount, "the fixture's codings");
		assertEquals(5, exported.count("documents"));
		assertEquals(2, exported.count("codebooks"));
		assertEquals(codingCount, exported.count("codings"));
		assertEquals(1, exported.droppedCount("pieces of evidence of accepted auto-coding proposals (REFI-QDA has no place for them; "
				+ "the codings are kept, by their auto: coder)"), exported.toString());

		QdpxImporter.Result result = importer.importNew(tmp.resolve("copy"), qdpx, "importer", new NullProgressMonitor());
		QdpxReport report = result.report();
		assertTrue(report.isComplete(), report.toString());
		assertEquals(codingCount, report.count("codings"), report.toString());
		OpenStudy copy = new StudyStore().open(tmp.resolve("copy"));

		assertEquals(original.getStudy().getTitle(), copy.getStudy().getTitle());
		assertEquals(texts(original), texts(copy), "documents: number, title, text and clauses");
		assertEquals(codings(original, false), codings(copy, false), "every coding");
		assertTrue(StudyCodings.of(copy).part().getCodings().stream().allMatch(c -> c.getOrigin() == CodingOrigin.IMPORTED));
		assertEquals(coders(original), coders(copy), "every coder with their GUID");
		assertEquals(codebooks(original), codebooks(copy), "every codebook and code");
		assertEquals(attributes(original), attributes(copy), "every attribute");
		assertEquals(values(original), values(copy), "every value");
		assertTrue(copy.getEvents().stream().anyMatch(e -> e.getKind().equals(QdpxImporter.IMPORTED)), "the import is in the ledger");

		Path again = tmp.resolve("again.qdpx");
		new QdpxExporter().export(copy, again, new NullProgressMonitor());
		byte[] second = QdpxFixture.project(again);
		QdpxFixture.assertValid(second);
		for (String element : List.of("Code", "User", "Coding")) {
			assertEquals(guids(project, element), guids(second, element), element + " GUIDs are stable");
		}
		assertEquals(users(project), users(second));
	}

	@Test
	void theProjectFollowsTheStandardsLayout() throws Exception {
		OpenStudy original = QdpxFixture.study(tmp.resolve("original"));
		Path qdpx = tmp.resolve("sample.qdpx");
		new QdpxExporter().export(original, qdpx, new NullProgressMonitor());
		org.w3c.dom.Document xml = parse(QdpxFixture.project(qdpx));
		Element root = xml.getDocumentElement();
		assertEquals(ProjectSchema.NAMESPACE, root.getNamespaceURI());
		assertEquals("Sample policies", root.getAttribute("name"));
		NodeList sources = root.getElementsByTagNameNS(ProjectSchema.NAMESPACE, "TextSource");
		assertEquals(5, sources.getLength());
		Element first = (Element) sources.item(0);
		assertTrue(first.getAttribute("plainTextPath").matches("internal://[0-9a-f-]{36}\\.txt"), first.getAttribute("plainTextPath"));
		assertEquals(5, root.getElementsByTagNameNS(ProjectSchema.NAMESPACE, "Case").getLength(), "one case per document");
		List<String> types = new ArrayList<>();
		NodeList variables = root.getElementsByTagNameNS(ProjectSchema.NAMESPACE, "Variable");
		for (int i = 0; i < variables.getLength(); i++) {
			Element v = (Element) variables.item(i);
			types.add(v.getAttribute("name") + ":" + v.getAttribute("typeOfVariable"));
		}
		assertTrue(types.containsAll(List.of("region:Text", "in_force:Integer", "binding:Boolean")), types.toString());
		Element top = (Element) root.getElementsByTagNameNS(ProjectSchema.NAMESPACE, "Codes").item(0);
		List<String> tops = new ArrayList<>();
		for (org.w3c.dom.Node n = top.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				tops.add(e.getAttribute("name") + ":" + e.getAttribute("isCodable"));
			}
		}
		assertEquals(List.of("Policy tools 政策工具:false", "Application domains:false"), tops, "each codebook is a category");
		// the stored text and a selection's positions: the code points of the text in the archive
		String text = Corpora.text(original, Corpora.documents(original).get(4));
		Coding coding = StudyCodings.of(original).ofDocument(5).get(0);
		NodeList selections = ((Element) sources.item(4)).getElementsByTagNameNS(ProjectSchema.NAMESPACE, "PlainTextSelection");
		Element selection = (Element) selections.item(0);
		assertEquals(text.codePointCount(0, coding.getStart()), Integer.parseInt(selection.getAttribute("startPosition")));
		assertEquals(text.codePointCount(0, coding.getEnd()), Integer.parseInt(selection.getAttribute("endPosition")));
	}

	static org.w3c.dom.Document parse(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	private static TreeSet<String> guids(byte[] project, String element) throws Exception {
		NodeList list = parse(project).getElementsByTagNameNS(ProjectSchema.NAMESPACE, element);
		TreeSet<String> guids = new TreeSet<>();
		for (int i = 0; i < list.getLength(); i++) {
			guids.add(((Element) list.item(i)).getAttribute("guid"));
		}
		assertFalse(guids.isEmpty(), element);
		return guids;
	}

	private static String users(byte[] project) {
		String xml = new String(project, StandardCharsets.UTF_8);
		return xml.substring(xml.indexOf("<Users>"), xml.indexOf("</Users>"));
	}

	private static Map<Integer, String> texts(OpenStudy study) throws Exception {
		Map<Integer, String> texts = new TreeMap<>();
		for (Document d : Corpora.documents(study)) {
			texts.put(d.getNumber(), d.getTitle() + "\n" + Corpora.text(study, d) + "\n"
					+ Corpora.allClauses(d).stream().map(c -> c.getLabel() + "@" + c.getStart() + "-" + c.getEnd()).collect(Collectors.joining(" ")));
		}
		return texts;
	}

	static Map<String, String> codings(OpenStudy study, boolean withOrigin) {
		Map<String, String> codings = new TreeMap<>();
		for (Coding c : StudyCodings.of(study).part().getCodings()) {
			codings.put(c.getGuid(), c.getCode().getGuid() + " " + c.getDocument() + " [" + c.getStart() + "," + c.getEnd() + ") "
					+ c.getClause() + " " + c.getCoder() + " " + c.getCreated().getTime() + " memo=" + c.getMemo()
					+ (withOrigin ? " " + c.getOrigin() : ""));
		}
		assertFalse(codings.isEmpty());
		return codings;
	}

	private static List<String> coders(OpenStudy study) {
		return StudyCodings.of(study).coders().stream().map(c -> c.getId() + " " + c.getName() + " " + c.getGuid()).sorted().toList();
	}

	private static Map<String, String> codebooks(OpenStudy study) {
		Map<String, String> books = new LinkedHashMap<>();
		for (Codebook b : Codes.codebooks(study)) {
			StringBuilder tree = new StringBuilder(b.getName() + "|" + b.getDescription() + "|" + b.getSource() + "|" + b.getLanguage() + "|"
					+ b.getOrigin() + "|" + b.getExchangeOrigin() + "\n");
			b.getCodes().forEach(c -> dump(c, 0, tree));
			books.put(b.getId(), tree.toString());
		}
		return books;
	}

	private static void dump(Code code, int depth, StringBuilder out) {
		out.append("  ".repeat(depth)).append(code.getGuid()).append(' ').append(code.getName()).append(' ').append(code.getColour())
				.append(' ').append(code.isCodable()).append(" def=").append(code.getDefinition()).append(" inc=").append(code.getInclusion())
				.append(" exc=").append(code.getExclusion()).append(" ex=").append(code.getExamples()).append(" kw=")
				.append(code.getKeywords()).append('\n');
		code.getChildren().forEach(c -> dump(c, depth + 1, out));
	}

	private static List<String> attributes(OpenStudy study) {
		List<String> list = new ArrayList<>();
		for (AttributeDefinition a : study.getStudy().getAttributes()) {
			list.add(a.getName() + "|" + a.getLabel() + "|" + a.getType() + "|" + a.getDescription() + "|" + a.getValues());
		}
		assertNotNull(study.getAttribute("region"));
		return list;
	}

	private static Map<Integer, Map<String, String>> values(OpenStudy study) {
		Map<Integer, Map<String, String>> values = new TreeMap<>();
		Corpora.documents(study).forEach(d -> values.put(d.getNumber(), new TreeMap<>(Corpora.values(d))));
		assertEquals("7", values.get(5).get("in_force"));
		return values;
	}
}
