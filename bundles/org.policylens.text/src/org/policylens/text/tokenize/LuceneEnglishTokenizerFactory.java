package org.policylens.text.tokenize;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * English (and other alphabetic languages): Lucene's standard tokenizer (Unicode word breaks,
 * UAX #29), lower-cased. Numbers get the part of speech {@code m} so that the usual filter drops
 * them; CJK runs inside English text come as single ideographs, as Lucene splits them.
 */
public final class LuceneEnglishTokenizerFactory implements ITokenizerFactory {

	@Override
	public ITokenizer create(Collection<String> userWords) {
		return (text, start, end, sink) -> {
			try (Tokenizer tokenizer = new StandardTokenizer()) {
				tokenizer.setReader(new StringReader(text.substring(start, end)));
				CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
				OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
				TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
				tokenizer.reset();
				while (tokenizer.incrementToken()) {
					String word = term.toString().toLowerCase(java.util.Locale.ROOT);
					String pos = "<NUM>".equals(type.type()) ? "m" : null; //$NON-NLS-1$ //$NON-NLS-2$
					sink.token(word, start + offset.startOffset(), start + offset.endOffset(), pos);
				}
				tokenizer.end();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		};
	}

	@Override
	public String engine() {
		return "Lucene " + org.apache.lucene.util.Version.LATEST + " StandardTokenizer"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
