package org.policylens.text.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.policylens.text.tokenize.ITokenizer;

/**
 * A Lucene analyzer that tokenizes with a PolicyLens tokenizer, so that the index finds exactly
 * the words the word counts count (same tokenizer, same user dictionary). Punctuation is left out
 * and breaks phrases; stop words stay searchable.
 */
public final class TokenizerAnalyzer extends Analyzer {

	private final ITokenizer tokenizer;

	/** @param tokenizer the tokenizer */
	public TokenizerAnalyzer(ITokenizer tokenizer) {
		this.tokenizer = tokenizer;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		return new TokenStreamComponents(new Adapter(tokenizer));
	}

	private static final class Adapter extends Tokenizer {
		private record Token(String word, int start, int end, int increment) {
		}

		private final ITokenizer tokenizer;
		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
		private final List<Token> tokens = new ArrayList<>();
		private int next;
		private int length;

		Adapter(ITokenizer tokenizer) {
			this.tokenizer = tokenizer;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			int n;
			while ((n = input.read(buffer)) > 0) {
				text.append(buffer, 0, n);
			}
			tokens.clear();
			next = 0;
			length = text.length();
			int[] skipped = { 0 };
			tokenizer.tokenize(text.toString(), 0, length, (word, start, end, pos) -> {
				if ((pos != null && pos.startsWith("w")) || !hasLetterOrDigit(word)) { //$NON-NLS-1$
					skipped[0]++;
					return;
				}
				tokens.add(new Token(word, start, end, 1 + skipped[0]));
				skipped[0] = 0;
			});
		}

		@Override
		public boolean incrementToken() {
			if (next >= tokens.size()) {
				return false;
			}
			clearAttributes();
			Token token = tokens.get(next++);
			term.setEmpty().append(token.word());
			offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
			increment.setPositionIncrement(token.increment());
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			offset.setOffset(correctOffset(length), correctOffset(length));
		}

		private static boolean hasLetterOrDigit(String word) {
			for (int i = 0; i < word.length(); i++) {
				if (Character.isLetterOrDigit(word.charAt(i))) {
					return true;
				}
			}
			return false;
		}
	}
}
