package org.policylens.qdpx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coding;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.corpus.model.Document;
import org.policylens.qdpx.QdpxImporter;
import org.policylens.qdpx.QdpxLimits;
import org.policylens.qdpx.QdpxReport;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;
import org.policylens.study.model.AttributeType;

/**
 * A project written by hand in the style of another program (upper-case GUIDs in braces, a text in
 * the archive with Windows line ends and a character beyond the BMP, a text inside project.qde, a
 * PDF source, a set, a link, a graph, notes, a selection past the end of the text) imports its
 * texts, codes, users, codings and variables, and the report lists what was left behind.
 */
public class ForeignProjectTest {

	/** The text of the first interview, as the other program stored it. */
	static final String INTERVIEW = "Interview 1\r\n\uD83D\uDE00 第一条 为了推进智慧城市建设，制定本办法。\r\n第二条 本办法适用于全市的数据共享。\r\n";

	@TempDir
	Path tmp;

	private CorpusPlugins plugins;

	@BeforeEach
	void start() {
		plugins = new CorpusPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
	}

	@AfterEach
	void stop() {
		plugins.stop();
	}

	private static int position(String text, String what) {
		return text.codePointCount(0, text.indexOf(what));
	}

	/**
	 * @return a project.qde in the style of ATLAS.ti: two users, a code group with two codes and a
	 *         code of its own, two variables, a case, an interview in sources/, a memo inside the
	 *         project, a PDF, notes, a link, a set and a graph
	 */
	static String foreignProject() {
		int smart = position(INTERVIEW, "智慧城市");
		int data = position(INTERVIEW, "数据共享");
		return """
				<?xml version="1.0" encoding="utf-8"?>
				<Project xmlns="urn:QDA-XML:project:1.0" name="Smart city interviews" origin="ATLAS.ti 23.2.1">
				  <Users>
				    <User guid="{A1B2C3D4-0000-4000-8000-000000000001}" name="Anna Schmidt"/>
				    <User guid="{A1B2C3D4-0000-4000-8000-000000000002}" name="Bo Li"/>
				  </Users>
				  <CodeBook>
				    <Codes>
				      <Code guid="{C0DE0000-0000-4000-8000-000000000001}" name="Themes" isCodable="false" color="#336699">
				        <Code guid="{C0DE0000-0000-4000-8000-000000000002}" name="Smart city" isCodable="true" color="#FF0000">
				          <Description>Mentions of the smart city</Description>
				        </Code>
				        <Code guid="{C0DE0000-0000-4000-8000-000000000003}" name="Data sharing" isCodable="true"/>
				      </Code>
				      <Code guid="{C0DE0000-0000-4000-8000-000000000004}" name="Follow up" isCodable="true">
				        <NoteRef targetGUID="{NOTE0000-0000-4000-8000-000000000003}"/>
				      </Code>
				    </Codes>
				  </CodeBook>
				  <Variables>
				    <Variable guid="{0A000000-0000-4000-8000-000000000001}" name="Age group" typeOfVariable="Text"/>
				    <Variable guid="{0A000000-0000-4000-8000-000000000002}" name="Interview date" typeOfVariable="Date"/>
				  </Variables>
				  <Cases>
				    <Case guid="{CA5E0000-0000-4000-8000-000000000001}" name="Respondent 1">
				      <VariableValue><VariableRef targetGUID="{0A000000-0000-4000-8000-000000000001}"/><TextValue>30-39</TextValue></VariableValue>
				      <SourceRef targetGUID="{50000000-0000-4000-8000-000000000001}"/>
				    </Case>
				  </Cases>
				  <Sources>
				    <TextSource guid="{50000000-0000-4000-8000-000000000001}" name="Interview 1" plainTextPath="internal://50000000-0000-4000-8000-000000000001.txt">
				      <PlainTextSelection guid="{5E100000-0000-4000-8000-000000000001}" startPosition="%d" endPosition="%d" creatingUser="{A1B2C3D4-0000-4000-8000-000000000001}" creationDateTime="2023-05-04T10:00:00Z">
				        <Description>Key passage</Description>
				        <Coding guid="{C0D10000-0000-4000-8000-000000000001}" creatingUser="{A1B2C3D4-0000-4000-8000-000000000001}">
				          <CodeRef targetGUID="{C0DE0000-0000-4000-8000-000000000002}"/>
				          <NoteRef targetGUID="{NOTE0000-0000-4000-8000-000000000001}"/>
				        </Coding>
				      </PlainTextSelection>
				      <PlainTextSelection guid="{5E100000-0000-4000-8000-000000000002}" startPosition="%d" endPosition="%d" creatingUser="{A1B2C3D4-0000-4000-8000-000000000002}">
				        <Coding guid="{C0D10000-0000-4000-8000-000000000002}" creatingUser="{A1B2C3D4-0000-4000-8000-000000000002}">
				          <CodeRef targetGUID="{C0DE0000-0000-4000-8000-000000000003}"/>
				        </Coding>
				      </PlainTextSelection>
				      <PlainTextSelection guid="{5E100000-0000-4000-8000-000000000003}" startPosition="40" endPosition="900">
				        <Coding guid="{C0D10000-0000-4000-8000-000000000003}"><CodeRef targetGUID="{C0DE0000-0000-4000-8000-000000000004}"/></Coding>
				      </PlainTextSelection>
				      <PlainTextSelection guid="{5E100000-0000-4000-8000-000000000004}" name="a quotation" startPosition="0" endPosition="11"/>
				      <VariableValue><VariableRef targetGUID="{0A000000-0000-4000-8000-000000000002}"/><DateValue>2023-05-04</DateValue></VariableValue>
				    </TextSource>
				    <TextSource guid="{50000000-0000-4000-8000-000000000002}" name="Memo on the city plan">
				      <PlainTextContent>城市规划备忘录：推进数据共享。</PlainTextContent>
				      <PlainTextSelection guid="{5E100000-0000-4000-8000-000000000005}" startPosition="10" endPosition="14" creatingUser="{A1B2C3D4-0000-4000-8000-000000000002}">
				        <Coding guid="{C0D10000-0000-4000-8000-000000000004}"><CodeRef targetGUID="{C0DE0000-0000-4000-8000-000000000003}"/></Coding>
				      </PlainTextSelection>
				    </TextSource>
				    <PDFSource guid="{50000000-0000-4000-8000-000000000003}" name="City plan.pdf" path="internal://50000000-0000-4000-8000-000000000003.pdf">
				      <PDFSelection guid="{5E100000-0000-4000-8000-000000000006}" page="1" firstX="10" firstY="10" secondX="200" secondY="40">
				        <Coding guid="{C0D10000-0000-4000-8000-000000000005}"><CodeRef targetGUID="{C0DE0000-0000-4000-8000-000000000002}"/></Coding>
				      </PDFSelection>
				    </PDFSource>
				  </Sources>
				  <Notes>
				    <Note guid="{NOTE0000-0000-4000-8000-000000000001}" name="Why smart city"><PlainTextContent>She names the programme first.</PlainTextContent></Note>
				    <Note guid="{NOTE0000-0000-4000-8000-000000000002}" name="Project memo"><PlainTextContent>Ask about funding next time.</PlainTextContent></Note>
				    <Note guid="{NOTE0000-0000-4000-8000-000000000003}" name="Code memo"><PlainTextContent>For later.</PlainTextContent></Note>
				  </Notes>
				  <Links>
				    <Link guid="{11000000-0000-4000-8000-000000000001}" name="is related to" originGUID="{C0DE0000-0000-4000-8000-000000000002}" targetGUID="{C0DE0000-0000-4000-8000-000000000003}"/>
				  </Links>
				  <Sets>
				    <Set guid="{5E700000-0000-4000-8000-000000000001}" name="Key interviews">
				      <MemberSource targetGUID="{50000000-0000-4000-8000-000000000001}"/>
				    </Set>
				  </Sets>
				  <Graphs>
				    <Graph guid="{6A000000-0000-4000-8000-000000000001}" name="Themes network">
				      <Vertex guid="{7E000000-0000-4000-8000-000000000001}" representedGUID="{C0DE0000-0000-4000-8000-000000000002}" firstX="0" firstY="0"/>
				    </Graph>
				  </Graphs>
				  <Description>Interviews on the smart city programme.</Description>
				</Project>
				""".formatted(smart, smart + 4, data, data + 4).replace("NOTE0000", "0E0E0000");
	}

	static Path foreignArchive(Path file) throws Exception {
		Map<String, Object> entries = new LinkedHashMap<>();
		entries.put("project.qde", foreignProject());
		entries.put("sources/50000000-0000-4000-8000-000000000001.txt", INTERVIEW);
		entries.put("sources/50000000-0000-4000-8000-000000000003.pdf", "%PDF-1.4 not really a PDF");
		return QdpxFixture.zip(file, entries);
	}

	@Test
	void anotherProgramsProjectImportsItsTextsAndCodingsAndReportsWhatWasLeft() throws Exception {
		Path file = foreignArchive(tmp.resolve("interviews.qdpx"));
		QdpxImporter importer = new QdpxImporter(plugins, new StudyStore(), Clock.systemUTC(), QdpxLimits.DEFAULT);
		QdpxImporter.Result result = importer.importNew(tmp.resolve("study"), file, "tester", new NullProgressMonitor());
		OpenStudy study = result.study();
		QdpxReport report = result.report();

		assertEquals("Smart city interviews", study.getStudy().getTitle());
		assertEquals("Interviews on the smart city programme.", study.getStudy().getDescription());
		List<Document> documents = Corpora.documents(study);
		assertEquals(List.of("Interview 1", "Memo on the city plan"), documents.stream().map(Document::getTitle).toList());
		String text = Corpora.text(study, documents.get(0));
		assertFalse(text.contains("\r"), "line ends are normalised");
		assertFalse(documents.get(0).getClauses().isEmpty(), "the text is segmented into clauses");

		List<Codebook> books = Codes.codebooks(study);
		assertEquals(1, books.size());
		assertEquals("interviews", books.get(0).getId());
		assertEquals("ATLAS.ti 23.2.1", books.get(0).getExchangeOrigin());
		assertEquals(List.of("Themes", "Themes/Smart city", "Themes/Data sharing", "Follow up"),
				CodeTree.all(books.get(0)).stream().map(CodeTree::pathOf).toList());

		List<Coding> codings = StudyCodings.of(study).part().getCodings();
		assertEquals(3, codings.size(), report.toString());
		Coding smart = codings.get(0);
		assertEquals("{C0D10000-0000-4000-8000-000000000001}", smart.getGuid(), "the coding keeps its GUID");
		assertEquals("智慧城市", text.substring(smart.getStart(), smart.getEnd()), "positions count code points, CR LF is one line end");
		assertEquals("Smart city", smart.getCode().getName());
		assertEquals("Key passage\n\nShe names the programme first.", smart.getMemo(), "the selection's comment and the coding's note");
		assertEquals(StudyCodings.holding(documents.get(0), smart.getStart(), smart.getEnd()).orElseThrow().getLabel(), smart.getClause());
		Coding data = codings.get(1);
		assertEquals("数据共享", text.substring(data.getStart(), data.getEnd()));
		assertEquals(List.of("Anna_Schmidt", "Bo_Li"), List.of(smart.getCoder(), data.getCoder()));
		assertEquals("{A1B2C3D4-0000-4000-8000-000000000001}", StudyCodings.of(study).coder("Anna_Schmidt").getGuid());
		Coding memo = codings.get(2);
		assertEquals(2, memo.getDocument());
		assertEquals("数据共享", Corpora.text(study, documents.get(1)).substring(memo.getStart(), memo.getEnd()));

		assertEquals("30-39", Corpora.value(documents.get(0), "Age_group"));
		assertEquals("2023-05-04", Corpora.value(documents.get(0), "Interview_date"));
		assertEquals(AttributeType.DATE, study.getAttribute("Interview_date").getType());

		String lines = report.toString();
		for (String dropped : List.of("1 PDF sources", "1 codings of sources that were not imported", "1 codings of selections outside the text",
				"1 selections without a coding", "1 sets of codes, sources or notes", "1 links between codes", "1 graphs",
				"1 notes not attached to a coding", "1 notes attached to codes")) {
			assertTrue(lines.contains(dropped), dropped + " in\n" + lines);
		}
		assertTrue(lines.contains("Key interviews") && lines.contains("City plan.pdf") && lines.contains("Project memo"), lines);
		assertTrue(lines.contains("Note: the variable 'Age group' is the case attribute Age_group"), lines);
	}
}
