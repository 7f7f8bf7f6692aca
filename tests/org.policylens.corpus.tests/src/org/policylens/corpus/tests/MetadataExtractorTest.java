package org.policylens.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policylens.tests.harness.Fixtures;
import org.policylens.corpus.CorpusImporter;
import org.policylens.corpus.metadata.ExtractedMetadata;
import org.policylens.corpus.metadata.MetadataExtractor;

/** Metadata read from the headers of the five real PKULaw exports. */
public class MetadataExtractorTest {

	private static ExtractedMetadata extract(String file) throws Exception {
		return new MetadataExtractor().extract(CorpusImporter.normalise(Fixtures.text(file)), null);
	}

	@Test
	void beijingNoticeThatPrintsAnOpinion() throws Exception {
		ExtractedMetadata m = extract(Fixtures.BEIJING);
		assertEquals("关于推进北京市数据专区建设的指导意见", m.title());
		assertEquals(Map.of("number", "京经信发〔2022〕87号", "issued", "2022-11-21", "issuer", "北京市经济和信息化局",
				"year", "2022", "city", "北京", "province", "北京", "level", "municipal", "type", "opinion"), m.values());
	}

	@Test
	void guangdongGovernmentOrder() throws Exception {
		ExtractedMetadata m = extract(Fixtures.GUANGDONG);
		assertEquals("广东省公共数据管理办法", m.title());
		assertEquals("广东省人民政府令第290号", m.values().get("number"));
		assertEquals("广东省人民政府", m.values().get("issuer"));
		assertEquals("2021-10-18", m.values().get("issued"));
		assertEquals("2021-11-25", m.values().get("effective"), "自2021年11月25日起施行");
		assertEquals("广东", m.values().get("province"));
		assertEquals("provincial", m.values().get("level"));
		assertEquals("measures", m.values().get("type"));
	}

	@Test
	void anhuiNoticeThatPrintsTwoPolicies() throws Exception {
		ExtractedMetadata m = extract(Fixtures.ANHUI);
		assertEquals("支持工业互联网发展若干政策 / 安徽省工业互联网创新发展行动计划（2021-2023年）", m.title());
		assertEquals("皖政办秘〔2021〕82号", m.values().get("number"));
		assertEquals("安徽省人民政府办公厅", m.values().get("issuer"));
		assertEquals("2021-09-02", m.values().get("issued"));
		assertEquals("安徽", m.values().get("province"));
	}

	@Test
	void baotouWithoutSignatureLine() throws Exception {
		ExtractedMetadata m = extract(Fixtures.BAOTOU);
		assertEquals("包头市2022年数字政府建设考评办法", m.title());
		assertEquals("包府办发〔2022〕43号", m.values().get("number"));
		assertEquals("包头市人民政府办公室", m.values().get("issuer"), "from the notice title");
		assertEquals("2022-04-14", m.values().get("issued"));
		assertEquals("包头", m.values().get("city"));
	}

	@Test
	void abaWithValidityAndEffectiveOnIssue() throws Exception {
		ExtractedMetadata m = extract(Fixtures.ABA);
		assertEquals("阿坝州政务数据资源管理暂行办法", m.title());
		assertEquals("阿府办发〔2021〕21号", m.values().get("number"));
		assertEquals("2021-10-11", m.values().get("issued"));
		assertEquals("2021-10-11", m.values().get("effective"), "自颁布之日起施行");
		assertEquals("valid for 2 years", m.values().get("validity"));
		assertEquals("阿坝州", m.values().get("city"));
	}

	@Test
	void thePolicyStartsAtItsTitleAfterTheNotice() throws Exception {
		String text = CorpusImporter.normalise(Fixtures.text(Fixtures.BEIJING));
		ExtractedMetadata m = new MetadataExtractor().extract(text, null);
		assertTrue(text.substring(m.bodyStart()).startsWith("关于推进北京市数据专区建设的指导意见\n"), text.substring(m.bodyStart(), m.bodyStart() + 30));
	}

	@Test
	void aDocumentWithoutHeaderUsesItsFirstLineOrTheFormatsTitle() {
		ExtractedMetadata m = new MetadataExtractor().extract("Smart City Strategy\nSection 1. Purpose\n", "Smart City Strategy 2030");
		assertEquals("Smart City Strategy 2030", m.title());
		assertTrue(m.values().isEmpty());
	}
}
