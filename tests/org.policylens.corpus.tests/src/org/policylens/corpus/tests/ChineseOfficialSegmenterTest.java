package org.policylens.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policylens.corpus.CorpusImporter;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.segment.ChineseNumerals;
import org.policylens.corpus.segment.ChineseOfficialSegmenter;
import org.policylens.corpus.segment.ClauseLabeler;

public class ChineseOfficialSegmenterTest {

	private static List<Clause> clauses(String text) {
		return ClauseLabeler.label(12, new ChineseOfficialSegmenter().segment(text, 0, text.length()));
	}

	private static List<String> outline(String text, List<Clause> clauses) {
		List<String> lines = new ArrayList<>();
		collect(text, clauses, lines);
		return lines;
	}

	private static void collect(String text, List<Clause> clauses, List<String> lines) {
		for (Clause c : clauses) {
			lines.add(c.getLabel() + " " + c.getKind().getLiteral() + " " + text.substring(c.getStart(), c.getHeadingEnd()));
			collect(text, c.getChildren(), lines);
		}
	}

	@Test
	void everyLevelOfAnOfficialDocument() {
		String text = String.join("\n",
				"第一章　总则",
				"　　第一条　为了规范公共数据管理，制定本办法。",
				"　　本办法适用于本省。",
				"第二章　数据采集",
				"第一节　一般规定",
				"　　第二条　公共数据采集应当遵循下列原则：",
				"　　（一）合法、正当；",
				"　　（二）必要、准确。",
				"第三条 主管部门负责：",
				"1.统筹规划；",
				"2.监督检查：",
				"（1）日常监测；",
				"（2）年度评估。",
				"① 第一项",
				"第二章　总则",
				"第十二条　本办法自2021年11月25日起施行。");
		List<String> outline = outline(text, clauses(text));
		assertEquals(List.of(
				"12-1 chapter 第一章　总则",
				"12-1-1 article 第一条　为了规范公共数据管理，制定本办法。",
				"12-1-1-p1 paragraph 本办法适用于本省。",
				"12-2 chapter 第二章　数据采集",
				"12-2-1 section 第一节　一般规定",
				"12-2-1-2 article 第二条　公共数据采集应当遵循下列原则：",
				"12-2-1-2-1 subitem （一）合法、正当；",
				"12-2-1-2-2 subitem （二）必要、准确。",
				"12-2-1-3 article 第三条 主管部门负责：",
				"12-2-1-3-1 point 1.统筹规划；",
				"12-2-1-3-2 point 2.监督检查：",
				"12-2-1-3-2-1 subpoint （1）日常监测；",
				"12-2-1-3-2-2 subpoint （2）年度评估。",
				"12-2-1-3-2-2-1 enumeration ① 第一项",
				"12-2b chapter 第二章　总则",
				"12-2b-12 article 第十二条　本办法自2021年11月25日起施行。"), outline);
	}

	@Test
	void aClauseSpansItsChildrenAndKeepsExactOffsets() {
		String text = "一、总体要求\n（一）指导思想\n以习近平新时代中国特色社会主义思想为指导。\n二、基本原则\n";
		List<Clause> clauses = clauses(text);
		Clause first = clauses.get(0);
		assertEquals("12-1", first.getLabel());
		assertEquals(0, first.getStart());
		assertEquals(text.indexOf("\n二、") , first.getEnd());
		assertEquals("一、总体要求", text.substring(first.getStart(), first.getHeadingEnd()));
		Clause paragraph = first.getChildren().get(0).getChildren().get(0);
		assertEquals("12-1-1-p1", paragraph.getLabel());
		assertEquals("以习近平新时代中国特色社会主义思想为指导。", text.substring(paragraph.getStart(), paragraph.getEnd()));
	}

	@Test
	void aChapterLineHoldingItsFirstArticleIsSplit() {
		String text = CorpusImporter.normalise("　第一章　总则　　第一条 　为规范政务数据资源管理，制定本办法。\r\n　　第二条 　本办法适用于全州。\r\n");
		List<String> outline = outline(text, clauses(text));
		assertEquals(List.of("12-1 chapter 第一章　总则", "12-1-1 article 第一条 　为规范政务数据资源管理，制定本办法。",
				"12-1-2 article 第二条 　本办法适用于全州。"), outline);
	}

	@Test
	void twoPoliciesInOneDocumentBecomeParts_onePolicyHasNoPartLevel() {
		String two = "支持工业互联网发展若干政策\n一、支持平台建设\n内容。\n安徽省工业互联网创新发展行动计划（2021-2023年）\n一、总体要求\n";
		assertEquals(List.of("12-1 part 支持工业互联网发展若干政策", "12-1-1 item 一、支持平台建设", "12-1-1-p1 paragraph 内容。",
				"12-2 part 安徽省工业互联网创新发展行动计划（2021-2023年）", "12-2-1 item 一、总体要求"), outline(two, clauses(two)));
		String one = "关于推进北京市数据专区建设的指导意见\n为促进政企数据融合应用。\n一、总体要求\n";
		assertEquals(List.of("12-p1 paragraph 为促进政企数据融合应用。", "12-1 item 一、总体要求"), outline(one, clauses(one)));
	}

	@Test
	void decimalsAndYearsAreNotNumbering() {
		String text = "2022年起实施。\n1.5亿元用于建设。\n1. 第一点\n";
		assertEquals(List.of("12-p1 paragraph 2022年起实施。", "12-p2 paragraph 1.5亿元用于建设。", "12-1 point 1. 第一点"),
				outline(text, clauses(text)));
	}

	@Test
	void chineseNumerals() {
		assertEquals(1, ChineseNumerals.parse("一"));
		assertEquals(10, ChineseNumerals.parse("十"));
		assertEquals(12, ChineseNumerals.parse("十二"));
		assertEquals(20, ChineseNumerals.parse("二十"));
		assertEquals(35, ChineseNumerals.parse("三十五"));
		assertEquals(105, ChineseNumerals.parse("一百零五"));
		assertEquals(110, ChineseNumerals.parse("一百一十"));
		assertEquals(12, ChineseNumerals.parse("１２"));
		assertEquals(-1, ChineseNumerals.parse("总"));
	}
}
