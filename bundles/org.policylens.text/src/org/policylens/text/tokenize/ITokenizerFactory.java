package org.policylens.text.tokenize;

import java.util.Collection;

/**
 * Makes tokenizers, contributed through the extension point {@code org.policylens.text.tokenizers}
 * (HanLP for Chinese, a Lucene analyzer for English, ...).
 */
public interface ITokenizerFactory {

	/**
	 * @param userWords words the tokenizer must keep whole (the study's user dictionary), e.g. 智慧城市
	 * @return a tokenizer
	 */
	ITokenizer create(Collection<String> userWords);

	/**
	 * @return the name and version of the engine, recorded with every result (e.g. "HanLP portable 1.8.6")
	 */
	String engine();
}
