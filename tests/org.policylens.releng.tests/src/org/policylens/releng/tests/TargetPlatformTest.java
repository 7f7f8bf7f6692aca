package org.policylens.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.GradientDescentVOSLayoutAlgorithm;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeIntArray;

/**
 * Every library of the target platform loads inside OSGi and does a piece of the real work the
 * later parts of PolicyLens give it. The desktop-only library (jfreechart-swt) is tested by the
 * product's UI tests.
 */
public class TargetPlatformTest {

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void luceneIndexesSearchesAndHighlightsChineseAndEnglish() throws Exception {
		String[] texts = { "推进北京市智慧城市建设，完善数据专区管理", "广东省公共数据管理办法", "Smart city policies in Shenzhen and Shanghai" };
		for (Analyzer analyzer : List.of(new SmartChineseAnalyzer(), new EnglishAnalyzer())) {
			try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
				try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
					for (String text : texts) {
						Document doc = new Document();
						doc.add(new TextField("text", text, Field.Store.YES));
						writer.addDocument(doc);
					}
				}
				try (DirectoryReader reader = DirectoryReader.open(directory)) {
					IndexSearcher searcher = new IndexSearcher(reader);
					String queryText = analyzer instanceof SmartChineseAnalyzer ? "数据" : "policy";
					Query query = new QueryParser("text", analyzer).parse(queryText);
					TopDocs hits = searcher.search(query, 10);
					assertEquals(analyzer instanceof SmartChineseAnalyzer ? 2 : 1, hits.totalHits.value, queryText);
					String text = searcher.storedFields().document(hits.scoreDocs[0].doc).get("text");
					String fragment = new Highlighter(new QueryScorer(query)).getBestFragment(analyzer, "text", text);
					assertTrue(fragment.contains("<B>"), fragment);
				}
			}
		}
	}

	@Test
	void hanlpSegmentsChinesePolicyText() {
		List<String> words = HanLP.segment("北京市经济和信息化局推进数据专区建设").stream().map((Term t) -> t.word).toList();
		assertTrue(words.contains("北京市"), words.toString());
		assertTrue(words.contains("推进"), words.toString());
		assertTrue(words.contains("建设"), words.toString());
	}

	@Test
	void networkanalysisFindsLeidenClustersAndAVosLayout() {
		// two triangles joined by one edge
		LargeIntArray[] edges = { new LargeIntArray(new int[] { 0, 0, 1, 3, 3, 4, 2 }),
				new LargeIntArray(new int[] { 1, 2, 2, 4, 5, 5, 3 }) };
		Network network = new Network(6, true, edges, false, true).createNormalizedNetworkUsingAssociationStrength();
		Clustering clustering = new LeidenAlgorithm(1.0, 50, 0.01, new Random(42)).findClustering(network);
		assertEquals(2, clustering.getNClusters());
		int[] clusters = clustering.getClusters();
		assertEquals(clusters[0], clusters[2]);
		assertTrue(clusters[0] != clusters[5]);
		double[][] xy = new GradientDescentVOSLayoutAlgorithm(2, 1, 0, new Random(42)).findLayout(network).getCoordinates();
		assertTrue(Math.abs(xy[0][0] - xy[0][5]) > Math.abs(xy[0][0] - xy[0][1]), "the triangles lie apart");
	}

	@Test
	void jgraphtComputesBetweenness() {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (String v : List.of("数据", "城市", "智慧", "管理")) {
			graph.addVertex(v);
		}
		graph.addEdge("数据", "城市");
		graph.addEdge("城市", "智慧");
		graph.addEdge("城市", "管理");
		Map<String, Double> scores = new BetweennessCentrality<>(graph).getScores();
		assertEquals(3.0, scores.get("城市"), 1e-9);
		assertEquals(0.0, scores.get("数据"), 1e-9);
	}

	@Test
	void jfreechartDrawsToAnImageAndJfreesvgToSvg() {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		data.addValue(12, "count", "北京");
		data.addValue(9, "count", "上海");
		JFreeChart chart = ChartFactory.createBarChart("Policies per city", "city", "policies", data);
		BufferedImage image = chart.createBufferedImage(400, 300);
		assertEquals(400, image.getWidth());
		SVGGraphics2D svg = new SVGGraphics2D(400, 300);
		chart.draw(svg, new Rectangle(0, 0, 400, 300));
		assertTrue(svg.getSVGElement().startsWith("<svg"), svg.getSVGElement().substring(0, 40));
	}

	@Test
	void poiWritesAndReadsXlsxAndDocx() throws Exception {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("tool × city");
			sheet.createRow(0).createCell(0).setCellValue("供给型");
			sheet.getRow(0).createCell(1).setCellValue(42);
			workbook.write(xlsx);
		}
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			assertEquals("供给型", workbook.getSheet("tool × city").getRow(0).getCell(0).getStringCellValue());
			assertEquals(42.0, workbook.getSheetAt(0).getRow(0).getCell(1).getNumericCellValue());
		}
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("第一条　为了规范公共数据管理，制定本办法。");
			document.write(docx);
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
			assertEquals("第一条　为了规范公共数据管理，制定本办法。", document.getParagraphs().get(0).getText());
		}
	}

	@Test
	void pdfboxWritesAndExtractsText() throws Exception {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("Smart city policy tools: supply, environment, demand");
				content.endText();
			}
			document.save(pdf);
		}
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			assertEquals("Smart city policy tools: supply, environment, demand", new PDFTextStripper().getText(document).strip());
		}
	}

	@Test
	void jsoupReadsHtml() {
		org.jsoup.nodes.Document html = Jsoup.parse("<html><head><title>关于推进北京市数据专区建设的指导意见</title></head>"
				+ "<body><p>一、总体要求</p></body></html>");
		html.outputSettings(new OutputSettings().prettyPrint(false));
		assertEquals("关于推进北京市数据专区建设的指导意见", html.title());
		assertEquals("一、总体要求", html.select("p").first().text());
	}

	@Test
	void commonsCsvReadsQuotedFields() throws Exception {
		String csv = "record_id,title,label_included\n1,\"Nudging, defaults and public administration\",1\n2,Smart cities,0\n";
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(csv)).getRecords();
		assertEquals(2, records.size());
		assertEquals("Nudging, defaults and public administration", records.get(0).get("title"));
	}

	@Test
	void jbibtexParsesEntries() throws Exception {
		String bib = "@book{rothwell1985, author = {Rothwell, Roy and Zegveld, Walter}, "
				+ "title = {Reindustrialization and Technology}, publisher = {Longman}, year = {1985}}";
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib));
		BibTeXEntry entry = database.resolveEntry(new Key("rothwell1985"));
		assertEquals("Reindustrialization and Technology", entry.getField(BibTeXEntry.KEY_TITLE).toUserString());
		assertEquals("1985", entry.getField(BibTeXEntry.KEY_YEAR).toUserString());
	}

	@Test
	void dkproComputesCohensKappa() {
		// 50 clauses, two coders: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> Po = .7, Pe = .5, kappa = .4
		CodingAnnotationStudy study = new CodingAnnotationStudy(2);
		add(study, "yes", "yes", 20);
		add(study, "yes", "no", 5);
		add(study, "no", "yes", 10);
		add(study, "no", "no", 15);
		assertEquals(0.4, new CohenKappaAgreement(study).calculateAgreement(), 1e-9);
	}

	private static void add(CodingAnnotationStudy study, String a, String b, int times) {
		for (int i = 0; i < times; i++) {
			study.addItem(a, b);
		}
	}

	@Test
	void commonsMathComputesChiSquare() {
		// expected 12, 18, 28, 42: chi2 = 4/12 + 4/18 + 4/28 + 4/42
		double chi2 = new ChiSquareTest().chiSquare(new long[][] { { 10, 20 }, { 30, 40 } });
		assertEquals(4.0 / 12 + 4.0 / 18 + 4.0 / 28 + 4.0 / 42, chi2, 1e-9);
	}

	@Test
	void emfModelsSavesRecordsChangesAndProvidesLabels() throws Exception {
		EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
		pkg.setName("codebook");
		pkg.setNsURI("http://example.org/codebook");
		pkg.setNsPrefix("cb");
		EClass code = EcoreFactory.eINSTANCE.createEClass();
		code.setName("Code");
		EAttribute name = EcoreFactory.eINSTANCE.createEAttribute();
		name.setName("name");
		name.setEType(EcorePackage.Literals.ESTRING);
		code.getEStructuralFeatures().add(name);
		pkg.getEClassifiers().add(code);

		EObject talent = EcoreUtil.create(code);
		talent.eSet(name, "人才培养");
		ResourceSetImpl set = new ResourceSetImpl();
		set.getPackageRegistry().put(pkg.getNsURI(), pkg);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource resource = set.createResource(URI.createURI("memory:/codes.xmi"));
		resource.getContents().add(talent);

		ChangeRecorder recorder = new ChangeRecorder(resource);
		talent.eSet(name, "人才队伍建设");
		ChangeDescription change = recorder.endRecording();
		change.applyAndReverse();
		assertEquals("人才培养", talent.eGet(name), "the change recorder undoes the change");

		ByteArrayOutputStream xmi = new ByteArrayOutputStream();
		resource.save(xmi, Map.of(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_ENCODING, "UTF-8"));
		assertTrue(xmi.toString(StandardCharsets.UTF_8).contains("人才培养"));

		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory());
		IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(talent, IItemLabelProvider.class);
		assertTrue(labels.getText(talent).contains("人才培养"), labels.getText(talent));
		adapters.dispose();
	}
}
