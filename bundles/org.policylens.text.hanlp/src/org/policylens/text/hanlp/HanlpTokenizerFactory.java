package org.policylens.text.hanlp;

import java.util.Collection;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.policylens.text.tokenize.ITokenizer;
import org.policylens.text.tokenize.ITokenizerFactory;

/**
 * Chinese: HanLP's standard segmenter (the Viterbi segmenter of {@code HanLP.newSegment()}, as
 * {@code StandardTokenizer} uses it), with offsets and parts of speech (ICTCLAS tags: n, ns, v, w,
 * m, ...). The study's user dictionary is added to a dictionary of its own that shares HanLP's
 * built-in custom dictionary, so one study's words never leak into another's.
 */
public final class HanlpTokenizerFactory implements ITokenizerFactory {

	/** The part of speech given to user-dictionary words: other proper noun. */
	static final String USER_WORD = "nz 1024"; //$NON-NLS-1$

	@Override
	public ITokenizer create(Collection<String> userWords) {
		DynamicCustomDictionary shared = CustomDictionary.DEFAULT;
		DynamicCustomDictionary dictionary = new DynamicCustomDictionary(shared.dat, new BinTrie<>(), shared.path);
		for (String word : userWords) {
			if (!word.isBlank()) {
				dictionary.insert(word.strip(), USER_WORD);
			}
		}
		Segment segment = HanLP.newSegment().enableOffset(true).enableCustomDictionary(dictionary);
		return (text, start, end, sink) -> {
			for (Term term : segment.seg(text.substring(start, end))) {
				sink.token(term.word, start + term.offset, start + term.offset + term.word.length(),
						term.nature == null ? null : term.nature.toString());
			}
		};
	}

	@Override
	public String engine() {
		return "HanLP portable 1.8.6 (ViterbiSegment)"; //$NON-NLS-1$
	}
}
