package org.policylens.text.hanlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.policylens.corpus.CorpusImporter;
import org.policylens.tests.harness.Fixtures;
import org.policylens.text.TextPlugins;
import org.policylens.text.hanlp.HanlpTokenizerFactory;
import org.policylens.text.tokenize.ITokenizer;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;

public class HanlpTokenizerTest {

	private record Token(String word, int start, int end, String pos) {
	}

	private static List<Token> tokens(ITokenizer tokenizer, String text, int start, int end) {
		List<Token> tokens = new ArrayList<>();
		tokenizer.tokenize(text, start, end, (w, s, e, p) -> tokens.add(new Token(w, s, e, p)));
		return tokens;
	}

	@Test
	void theSameWordsAsHanlpsStandardTokenizerWithOffsetsAndPartsOfSpeech() throws Exception {
		String text = CorpusImporter.normalise(Fixtures.text(Fixtures.BEIJING));
		ITokenizer tokenizer = new HanlpTokenizerFactory().create(List.of());
		int from = text.indexOf("一、总体要求");
		List<Token> tokens = tokens(tokenizer, text, from, text.length());
		List<String> words = tokens.stream().map(Token::word).toList();
		List<String> standard = StandardTokenizer.segment(text.substring(from)).stream().map((Term t) -> t.word).toList();
		assertEquals(standard, words);
		for (Token token : tokens) {
			assertEquals(token.word(), text.substring(token.start(), token.end()), "offsets point into the whole text");
			assertNotNull(token.pos());
		}
		assertTrue(tokens.stream().anyMatch(t -> t.word().equals("北京市") && t.pos().equals("ns")));
	}

	@Test
	void userWordsAreKeptWholeInTheirOwnTokenizerOnly() {
		String text = "推进北京市数据专区建设，促进政企数据融合应用";
		ITokenizer plain = new HanlpTokenizerFactory().create(List.of());
		ITokenizer study = new HanlpTokenizerFactory().create(List.of("数据专区", "政企数据"));
		List<String> withWords = tokens(study, text, 0, text.length()).stream().map(Token::word).toList();
		assertTrue(withWords.contains("数据专区") && withWords.contains("政企数据"), withWords.toString());
		assertTrue(tokens(study, text, 0, text.length()).stream().filter(t -> t.word().equals("政企数据")).allMatch(t -> t.pos().equals("nz")));
		List<String> without = tokens(plain, text, 0, text.length()).stream().map(Token::word).toList();
		assertFalse(without.contains("政企数据"), "another study's tokenizer does not see these words: " + without);
		assertFalse(StandardTokenizer.segment(text).stream().anyMatch((Term t) -> t.word.equals("政企数据")), "HanLP's global dictionary is untouched");
	}

	@Test
	void contributedThroughTheExtensionPointForChinese() {
		TextPlugins plugins = new TextPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		try {
			TextPlugins.NamedFactory zh = plugins.factory("zh", null).orElseThrow();
			assertEquals("org.policylens.text.hanlp", zh.id());
			assertEquals("HanLP portable 1.8.6 (ViterbiSegment)", zh.factory().engine());
			assertEquals("org.policylens.text.lucene", plugins.factory("en", null).orElseThrow().id());
		} finally {
			plugins.stop();
		}
	}
}
