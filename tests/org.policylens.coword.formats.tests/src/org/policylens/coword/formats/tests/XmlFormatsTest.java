package org.policylens.coword.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.policylens.coword.export.ExportOptions;
import org.policylens.coword.export.MemoryTarget;
import org.policylens.coword.formats.GexfExporter;
import org.policylens.coword.formats.GraphmlExporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** GEXF validated against the GEXF 1.3 schema (resources/gexf-1.3, see SOURCES.md) and GraphML checked key by key. */
public class XmlFormatsTest {

	@Test
	void gexfIsValidGexf13WithPositionsColoursSizesAndAttributes() throws Exception {
		String gexf = export(new GexfExporter(), ExportOptions.defaults());
		gexfSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(gexf.getBytes("UTF-8"))));
		assertTrue(gexf.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\""), gexf);
		assertTrue(gexf.contains("<creator>PolicyLens</creator>"));
		assertTrue(gexf.contains("source=five hand-made keyword records; unit=record;"), gexf);
		assertTrue(gexf.contains("measure=association;") && gexf.contains("seed=7;"), "parameters with the seed");
		assertFalse(gexf.contains("lastmodifieddate"), "no clock in the file");
		assertTrue(gexf.contains("""
				      <node id="3" label="AI, 人工智能">
				        <attvalues>
				          <attvalue for="frequency" value="1"/>
				          <attvalue for="cluster" value="2"/>
				          <attvalue for="links" value="1"/>
				          <attvalue for="linkStrength" value="0.333333"/>
				          <attvalue for="degree" value="0.333333"/>
				          <attvalue for="betweenness" value="0"/>
				          <attvalue for="closeness" value="0.5"/>
				          <attvalue for="eigenvector" value="0.4"/>
				        </attvalues>
				        <viz:color r="60" g="180" b="75"/>
				        <viz:position x="100" y="-50" z="0"/>
				        <viz:size value="1"/>
				      </node>
				"""), gexf);
		assertTrue(gexf.contains("<edge id=\"3\" source=\"1\" target=\"3\" weight=\"0.333333\">"), gexf);
		assertTrue(gexf.contains("<attvalue for=\"count\" value=\"1\"/>"));
		String counts = export(new GexfExporter(), ExportOptions.defaults().with(ExportOptions.WEIGHT, "count"));
		assertTrue(counts.contains("<edge id=\"0\" source=\"0\" target=\"1\" weight=\"2\">"), counts);
	}

	@Test
	void theSchemaAcceptsTheWorkingGroupsExampleAndRejectsBrokenFiles() throws Exception {
		Schema schema = gexfSchema();
		URL example = FrameworkUtil.getBundle(getClass()).getEntry("resources/gexf-1.3/viz-example.gexf");
		try (InputStream in = example.openStream()) {
			schema.newValidator().validate(new StreamSource(in));
		}
		String gexf = export(new GexfExporter(), ExportOptions.defaults());
		String badColour = gexf.replaceFirst(" r=\"\\d+\"", " r=\"300\"");
		assertThrows(SAXException.class, () -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(badColour.getBytes("UTF-8")))));
		String badVersion = gexf.replace("version=\"1.3\"", "version=\"1.2\"");
		assertThrows(SAXException.class, () -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(badVersion.getBytes("UTF-8")))));
	}

	@Test
	void graphmlDeclaresEveryKeyItUsesWithItsDomainAndType() throws Exception {
		String graphml = export(new GraphmlExporter(), ExportOptions.defaults());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphml.getBytes("UTF-8")));
		Element root = document.getDocumentElement();
		assertEquals("http://graphml.graphdrawing.org/xmlns", root.getNamespaceURI());
		Map<String, String> domains = new HashMap<>();
		Map<String, String> types = new HashMap<>();
		NodeList keys = root.getElementsByTagNameNS(GraphmlExporter.NAMESPACE, "key");
		for (int i = 0; i < keys.getLength(); i++) {
			Element key = (Element) keys.item(i);
			assertEquals(key.getAttribute("id"), key.getAttribute("attr.name"));
			domains.put(key.getAttribute("id"), key.getAttribute("for"));
			types.put(key.getAttribute("id"), key.getAttribute("attr.type"));
		}
		assertEquals(16, domains.size());
		NodeList data = root.getElementsByTagNameNS(GraphmlExporter.NAMESPACE, "data");
		for (int i = 0; i < data.getLength(); i++) {
			Element value = (Element) data.item(i);
			String key = value.getAttribute("key");
			assertEquals(domains.get(key), value.getParentNode().getLocalName(), "data " + key + " sits in its key's domain");
			String text = value.getTextContent();
			switch (types.get(key)) {
			case "int" -> Integer.parseInt(text);
			case "double" -> Double.parseDouble(text);
			default -> assertFalse(text.isEmpty(), key);
			}
		}
		Element graph = (Element) root.getElementsByTagNameNS(GraphmlExporter.NAMESPACE, "graph").item(0);
		assertEquals("undirected", graph.getAttribute("edgedefault"));
		NodeList nodes = root.getElementsByTagNameNS(GraphmlExporter.NAMESPACE, "node");
		NodeList edges = root.getElementsByTagNameNS(GraphmlExporter.NAMESPACE, "edge");
		assertEquals(4, nodes.getLength());
		assertEquals(4, edges.getLength());
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			ids.add(((Element) nodes.item(i)).getAttribute("id"));
		}
		for (int i = 0; i < edges.getLength(); i++) {
			Element edge = (Element) edges.item(i);
			assertTrue(ids.contains(edge.getAttribute("source")) && ids.contains(edge.getAttribute("target")));
		}
		assertTrue(graphml.contains("<data key=\"label\">AI, 人工智能</data>"));
		assertTrue(graphml.contains("<data key=\"colour\">#3cb44b</data>"));
		assertTrue(graphml.contains("seed=7"));
	}

	static Schema gexfSchema() throws Exception {
		URL xsd = FrameworkUtil.getBundle(XmlFormatsTest.class).getEntry("resources/gexf-1.3/gexf.xsd");
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		return factory.newSchema(xsd);
	}

	private static String export(org.policylens.coword.export.ICowordExporter exporter, ExportOptions options) throws Exception {
		MemoryTarget target = new MemoryTarget();
		exporter.write(SmallNetwork.build(), target, options, new NullProgressMonitor());
		return target.text("");
	}
}
