package org.policylens.codebook.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.qdc.QdcDescription;
import org.policylens.codebook.qdc.QdcException;
import org.policylens.codebook.qdc.QdcImport;
import org.policylens.codebook.qdc.QdcReader;
import org.policylens.codebook.qdc.QdcWriter;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;

/** REFI-QDA codebook exchange: round trips both ways, schema validity, and files that are refused. */
public class QdcTest {

	@TempDir
	Path tmp;

	@Test
	void policyLensToQdcAndBackKeepsEveryField() throws Exception {
		OpenStudy study = TestData.study(tmp.resolve("s"));
		Codebooks codebooks = new Codebooks(study, "ana");
		Codebook original = codebooks.copy(TestData.source(TestData.good()), null);
		Code regulation = CodeTree.find(original, "Regulation");
		codebooks.edit(original).setInclusion(regulation, "Clauses that prescribe, prohibit,\nlicense or sanction.\n\nAlso bans on trade.");
		codebooks.edit(original).setExamples(regulation, List.of("不得以营利为目的对原始数据以任何形式进行交易。", "Keywords: not a section"));
		codebooks.edit(original).setColour(regulation, "#D55E00");
		Path file = tmp.resolve("tools.qdc");
		Codebooks.exportQdc(original, file);

		Codebook back = codebooks.importQdc(file, "tools-again", null).codebook();
		assertEquals(dump(original), dump(back), "hierarchy, guids, names, codable, colours, definitions, criteria, examples, keywords");
		assertEquals("qdc:tools.qdc", back.getOrigin());
		assertEquals("tools", new QdcReader().read(file).codebook().getName(), "the name is the file's unless one is given");
		assertTrue(back.getExchangeOrigin().startsWith("PolicyLens"), back.getExchangeOrigin());
		assertEquals(Codebooks.IMPORTED, CodebooksTest.last(study).getKind());
	}

	@Test
	void qdcToPolicyLensAndBackGivesTheSameXml() throws Exception {
		byte[] foreign = TestData.bytes("resources/foreign.qdc");
		OpenStudy study = TestData.study(tmp.resolve("s"));
		Path in = TestData.copy("resources/foreign.qdc", tmp);
		Codebook imported = new Codebooks(study, "ana").importQdc(in, "governance", "Governance").codebook();
		assertEquals("NVivo 14.23.0 (test fixture)", imported.getExchangeOrigin());
		assertEquals(6, CodeTree.all(imported).size());
		Code top = imported.getCodes().get(0);
		assertEquals("{9A1C2B3D-4E5F-4A6B-8C7D-0E1F2A3B4C5D}", top.getGuid());
		assertEquals("#36c", top.getColour());
		assertFalse(top.isCodable());
		assertTrue(top.getDefinition().startsWith("\n\t\t\t\tCategories of how a city"), "a foreign description is kept whole");
		Code leading = top.getChildren().get(0);
		assertEquals("A note.\nKeywords: these are not PolicyLens sections; the text stays whole", leading.getDefinition());
		assertTrue(leading.getKeywords().isEmpty());
		Code funding = CodeTree.find(imported, "Funding");
		assertEquals("A definition", funding.getDefinition());
		assertEquals("any money", funding.getInclusion());
		assertEquals(List.of("资金", "补贴"), funding.getKeywords(), "sections in PolicyLens' layout are taken apart");
		assertEquals("", CodeTree.find(imported, "Data").getDefinition(), "an empty description stays empty, not absent");

		new StudyStore().save(study);
		Codebook reopened = new Codebooks(new StudyStore().open(study.getDirectory()), "ana").get("governance");
		Path out = tmp.resolve("again.qdc");
		Codebooks.exportQdc(reopened, out);
		assertEquals(XmlCanonical.of(foreign), XmlCanonical.of(Files.readAllBytes(out)));
	}

	@Test
	void exportsAreValidAgainstTheRefiQdaSchema() throws Exception {
		Codebook codebook = TestData.good();
		byte[] qdc = new QdcWriter().toBytes(codebook);
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		var xsd = FrameworkUtil.getBundle(QdcWriter.class).getEntry("org/policylens/codebook/qdc/Codebook.xsd");
		factory.newSchema(xsd).newValidator().validate(new StreamSource(new ByteArrayInputStream(qdc)));
		String xml = new String(qdc, StandardCharsets.UTF_8);
		assertTrue(xml.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""), xml);
		assertTrue(xml.contains("name=\"Instruments 政策工具\" isCodable=\"false\" color=\"#0072B2\""), xml);
		assertTrue(xml.contains("Keywords: 奖补; 贴息; 补贴</Description>"), xml);

		codebook.getCodes().clear();
		CodebookException empty = assertThrows(CodebookException.class, () -> new QdcWriter().toBytes(codebook));
		assertTrue(empty.getMessage().contains("it has no codes"), empty.getMessage());
		Codebook odd = TestData.good();
		CodeTree.find(odd, "Other").setGuid("other");
		CodebookException guid = assertThrows(CodebookException.class, () -> new QdcWriter().toBytes(odd));
		assertTrue(guid.getMessage().contains("the code Other 其他 has the guid 'other'"), guid.getMessage());
	}

	@Test
	void descriptionsTakeApartOnlyWhatTheyWouldWriteAgain() {
		QdcDescription.Fields fields = new QdcDescription.Fields("Def", "In\n\nmore", null, List.of("a", "b"), List.of("k1", "k2"));
		String text = QdcDescription.render(fields);
		assertEquals("Def\n\nInclusion: In\n\nmore\n\nExamples:\n- a\n- b\n\nKeywords: k1; k2", text);
		assertEquals(fields, QdcDescription.parse(text));
		assertEquals(new QdcDescription.Fields(null, null, "Out", List.of(), List.of()), QdcDescription.parse("Exclusion: Out"));
		assertEquals("Keywords: a;b", QdcDescription.parse("Keywords: a;b").definition(), "not what PolicyLens writes: kept whole");
		assertNull(QdcDescription.render(QdcDescription.parse(null)));
	}

	@Test
	void malformedUnsafeOversizedOrInvalidFilesAreRefusedAndTheStudyStaysAsItWas() throws Exception {
		OpenStudy study = TestData.study(tmp.resolve("s"));
		Codebooks codebooks = new Codebooks(study, "ana");
		codebooks.copy(TestData.source(TestData.good()), null);
		codebooks.save(new StudyStore());
		byte[] before = Files.readAllBytes(study.getFile());
		int events = study.getEvents().size();

		Path secret = Files.writeString(tmp.resolve("secret.txt"), "password=hunter2");
		List<String> messages = new ArrayList<>();
		messages.add(refused(codebooks, "xxe.qdc", "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY s SYSTEM \"" + secret.toUri()
				+ "\">]>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"0b2f6c1e-5a4d-4f0e-9a37-3c1d2e4f5a6b\" name=\"&s;\" isCodable=\"true\"/></Codes></CodeBook>"));
		messages.add(refused(codebooks, "malformed.qdc", "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n  <Codes>\n"
				+ "    <Code guid=\"0b2f6c1e-5a4d-4f0e-9a37-3c1d2e4f5a6b\" name=\"a\" isCodable=\"true\">\n  </Codes>\n</CodeBook>\n"));
		messages.add(refused(codebooks, "invalid.qdc", "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n"
				+ "<Code guid=\"0b2f6c1e-5a4d-4f0e-9a37-3c1d2e4f5a6b\" name=\"a\"/>\n</Codes>\n</CodeBook>\n"));
		messages.add(refused(codebooks, "other.qdc", "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>\n"));

		assertTrue(messages.get(0).startsWith("xxe.qdc, line 2, column 10: refused: the file declares a document type (<!DOCTYPE>)"),
				messages.get(0));
		assertFalse(messages.get(0).contains("hunter2"));
		assertEquals("malformed.qdc, line 5, column 9: malformed XML: The end-tag for element type \"Code\" must end with a '>' delimiter.",
				messages.get(1));
		assertTrue(messages.get(2).startsWith("invalid.qdc, line 4, column 61: not a valid REFI-QDA codebook (urn:QDA-XML:codebook:1.0): "
				+ "Attribute 'isCodable' must appear on element 'Code'."), messages.get(2));
		assertEquals("other.qdc, line 2, column 52: not a REFI-QDA codebook: its root element must be CodeBook in the namespace "
				+ "urn:QDA-XML:codebook:1.0", messages.get(3));

		Path big = tmp.resolve("big.qdc");
		try (var out = Files.newOutputStream(big)) {
			out.write("<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"0b2f6c1e-5a4d-4f0e-9a37-3c1d2e4f5a6b\" name=\"a\" isCodable=\"true\"><Description>"
					.getBytes(StandardCharsets.UTF_8));
			byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 20; i++) {
				out.write(block);
			}
			out.write("</Description></Code></Codes></CodeBook>".getBytes(StandardCharsets.UTF_8));
		}
		QdcException large = assertThrows(QdcException.class, () -> codebooks.importQdc(big, "big", null));
		assertEquals("big.qdc is 20.0 MB; PolicyLens reads codebook files up to 20.0 MB and refuses larger ones", large.getMessage());

		Path twins = Files.writeString(tmp.resolve("twins.qdc"), "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
				+ "<Code guid=\"0b2f6c1e-5a4d-4f0e-9a37-3c1d2e4f5a6b\" name=\"a\" isCodable=\"true\"/>"
				+ "<Code guid=\"0b2f6c1e-5a4d-4f0e-9a37-3c1d2e4f5a6b\" name=\"b\" isCodable=\"true\"/></Codes></CodeBook>");
		assertEquals("twins.qdc: the guid 0b2f6c1e-5a4d-4f0e-9a37-3c1d2e4f5a6b is used by two codes, 'a' and 'b'",
				assertThrows(QdcException.class, () -> codebooks.importQdc(twins, null, null)).getMessage());

		assertEquals(List.of("test.good"), codebooks.list().stream().map(Codebook::getId).toList(), "no codebook added");
		assertEquals(events, study.getEvents().size(), "no event recorded");
		new StudyStore().save(study);
		assertArrayEquals(before, Files.readAllBytes(study.getFile()), "the study file is as it was");
	}

	@Test
	void codeSetsAreReportedAsNotImported() throws Exception {
		QdcImport read = new QdcReader().read(TestData.copy("resources/with-sets.qdc", tmp));
		assertEquals(List.of("1 code set(s) were not imported: PolicyLens codebooks have no sets"), read.warnings());
		assertEquals(2, read.codebook().getCodes().size());
	}

	private String refused(Codebooks codebooks, String name, String content) throws Exception {
		Path file = Files.writeString(tmp.resolve(name), content);
		return assertThrows(QdcException.class, () -> codebooks.importQdc(file, null, null)).getMessage();
	}

	/** Every field of every code, and the tree, as text. */
	static String dump(Codebook codebook) {
		StringBuilder out = new StringBuilder();
		for (Code code : CodeTree.all(codebook)) {
			out.append(CodeTree.pathOf(code)).append(" | ").append(code.getGuid()).append(" | ").append(code.isCodable()).append(" | ")
					.append(code.getColour()).append(" | ").append(code.getDefinition()).append(" | ").append(code.getInclusion())
					.append(" | ").append(code.getExclusion()).append(" | ").append(code.getExamples()).append(" | ")
					.append(code.getKeywords()).append('\n');
		}
		return out.toString();
	}
}
