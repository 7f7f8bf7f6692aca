package org.policylens.coword.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.export.ExportOptions;
import org.policylens.coword.export.ICowordExporter;
import org.policylens.coword.export.MemoryTarget;
import org.policylens.coword.formats.CsvExporter;
import org.policylens.coword.formats.PajekExporter;
import org.policylens.coword.formats.VosviewerExporter;

/** Pajek, VOSviewer and CSV of {@link SmallNetwork}, text for text. */
public class TextFormatsTest {

	private final CowordNetwork network = SmallNetwork.build();

	@Test
	void theHandMadeNetworkHasTheExpectedMatrix() {
		assertEquals(List.of("data", "policy", "smart city", SmallNetwork.AI), network.matrix().terms());
		assertEquals(2, network.matrix().count(0, 1));
		assertEquals(1, network.matrix().count(1, 3));
		assertEquals(0, network.matrix().count(0, 3));
	}

	@Test
	void pajekWritesVerticesWithCoordinatesEdgesWithCountsAndThePartition() throws Exception {
		MemoryTarget target = export(new PajekExporter(), ExportOptions.defaults());
		assertEquals(List.of("", ".clu"), List.copyOf(target.parts().keySet()));
		assertEquals("""
				*Vertices 4
				1 "data" 0.0500 0.0500 0.5000
				2 "policy" 0.6500 0.0500 0.5000
				3 "smart city" 0.2000 0.6500 0.5000
				4 "AI, 人工智能" 0.9500 0.5000 0.5000
				*Edges
				1 2 2
				1 3 2
				2 3 1
				2 4 1
				""", target.text(""));
		assertEquals("*Vertices 4\n1\n2\n1\n2\n", target.text(".clu"));
		String strengths = export(new PajekExporter(), ExportOptions.defaults().with(ExportOptions.WEIGHT, "strength")).text("");
		assertEquals("*Edges\n1 2 0.166667\n1 3 0.25\n2 3 0.166667\n2 4 0.333333\n", strengths.substring(strengths.indexOf("*Edges")));
	}

	@Test
	void vosviewerWritesAMapFileAndANetworkFile() throws Exception {
		MemoryTarget target = export(new VosviewerExporter(), ExportOptions.defaults());
		assertEquals("""
				id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>
				1\tdata\t-0.5000\t0.2500\t1\t2\t4\t4
				2\tpolicy\t0.5000\t0.2500\t2\t3\t4\t3
				3\tsmart city\t-0.2500\t-0.7500\t1\t2\t3\t2
				4\t"AI, 人工智能"\t1.0000\t-0.5000\t2\t1\t1\t1
				""", target.text(""));
		assertEquals("1\t2\t2\n1\t3\t2\n2\t3\t1\n2\t4\t1\n", target.text(VosviewerExporter.NETWORK));
		MemoryTarget strengths = export(new VosviewerExporter(), ExportOptions.defaults().with(ExportOptions.WEIGHT, "strength"));
		assertEquals("1\t2\t0.166667\n1\t3\t0.25\n2\t3\t0.166667\n2\t4\t0.333333\n", strengths.text(VosviewerExporter.NETWORK));
		assertEquals("1\tdata\t-0.5000\t0.2500\t1\t2\t0.4167\t4", strengths.text("").split("\n")[1]);
	}

	@Test
	void csvWritesEdgesNodesAndTheMatrixWithAByteOrderMark() throws Exception {
		MemoryTarget target = export(new CsvExporter(), ExportOptions.defaults());
		assertEquals(List.of("", CsvExporter.NODES, CsvExporter.MATRIX), List.copyOf(target.parts().keySet()));
		for (byte[] bytes : target.parts().values()) {
			assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, java.util.Arrays.copyOf(bytes, 3), "UTF-8 BOM for Excel");
		}
		assertEquals("""
				source,target,count,strength
				data,policy,2,0.166667
				data,smart city,2,0.25
				policy,smart city,1,0.166667
				policy,"AI, 人工智能",1,0.333333
				""", target.text(""));
		assertEquals("""
				id,label,frequency,cluster,x,y,links,linkStrength,degree,betweenness,closeness,eigenvector
				1,data,4,1,-0.5,0.25,2,0.416667,0.666667,0,0.75,0.9
				2,policy,3,2,0.5,0.25,3,0.666667,1,0.666667,1,1
				3,smart city,2,1,-0.25,-0.75,2,0.416667,0.666667,0,0.6,0.7
				4,"AI, 人工智能",1,2,1,-0.5,1,0.333333,0.333333,0,0.5,0.4
				""", target.text(CsvExporter.NODES));
		assertEquals("""
				term,data,policy,smart city,"AI, 人工智能"
				data,4,2,2,0
				policy,2,3,1,1
				smart city,2,1,2,0
				"AI, 人工智能",0,1,0,1
				""", target.text(CsvExporter.MATRIX));
		byte[] plain = export(new CsvExporter(), ExportOptions.defaults().with(ExportOptions.BOM, "false")).bytes("");
		assertEquals('s', plain[0], "bom=false writes no byte order mark");
	}

	@Test
	void aWrongWeightOptionIsAClearError() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> export(new PajekExporter(), ExportOptions.defaults().with(ExportOptions.WEIGHT, "heavy")));
		assertEquals("the option weight is count or strength, not 'heavy'", e.getMessage());
	}

	private MemoryTarget export(ICowordExporter exporter, ExportOptions options) throws Exception {
		MemoryTarget target = new MemoryTarget();
		exporter.write(network, target, options, new NullProgressMonitor());
		return target;
	}
}
