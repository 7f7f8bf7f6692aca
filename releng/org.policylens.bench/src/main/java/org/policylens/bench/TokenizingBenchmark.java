package org.policylens.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.FrequencyTable;
import org.policylens.text.TermExtractor;
import org.policylens.text.TextUnit;
import org.policylens.text.WordFrequency;
import org.policylens.text.tokenize.ITokenizer;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;

/**
 * Throughput of PolicyLens' word-frequency pipeline (HanLP segmentation with the study's user
 * dictionary, part-of-speech and stop-word filters, synonym merging, counting per group) against
 * HanLP's own {@code StandardTokenizer} alone, on the same text in the same run: one operation is
 * one pass over eight copies of the five sample policies (402,408 characters). The pipeline counts
 * line by line, as the product counts a document's clause lines; HanLP gets each whole text.
 * <p>
 * Targets (issue 3): pipeline on one thread ≥ 0.9 × raw HanLP; on two threads ≥ 1.7 × one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g" })
public class TokenizingBenchmark {

	/** Copies of the five policies in one operation. */
	static final int COPIES = 8;

	private List<String> texts;
	private List<TextUnit> units;
	private TermExtractor extractor;

	/** Loads the texts and assembles the pipeline of a fresh study. */
	@Setup
	public void setUp() throws Exception {
		texts = new ArrayList<>();
		List<String> samples = Samples.texts();
		for (int i = 0; i < COPIES; i++) {
			texts.addAll(samples);
		}
		units = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			// line by line, as the product counts clause lines
			units.add(new TextUnit(i + 1, Samples.CITIES.get(i % Samples.CITIES.size()), "zh", Samples.lineSpans(text), () -> text)); //$NON-NLS-1$
		}
		extractor = Samples.analysis(Samples.temporary("policylens-bench").resolve("study"), AnalysisSettings.DEFAULT).extractor(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * HanLP alone: {@code StandardTokenizer.segment} over every text.
	 *
	 * @param sink keeps the terms alive
	 */
	@Benchmark
	public void rawHanlpStandardTokenizer(Blackhole sink) {
		for (String text : texts) {
			sink.consume(StandardTokenizer.segment(text));
		}
	}

	/**
	 * PolicyLens' HanLP tokenizer alone (the study's user dictionary, offsets), no filters or counts:
	 * where the pipeline's time goes.
	 *
	 * @return the number of tokens
	 */
	@Benchmark
	public long tokenizerOnly() {
		long[] tokens = new long[1];
		ITokenizer tokenizer = extractor.tokenizer("zh"); //$NON-NLS-1$
		for (String text : texts) {
			tokenizer.tokenize(text, 0, text.length(), (word, start, end, pos) -> tokens[0]++);
		}
		return tokens[0];
	}

	/** @return the word frequency of every text by city, on one thread */
	@Benchmark
	public FrequencyTable pipelineOneThread() throws Exception {
		return WordFrequency.count(units, extractor, "city", "bench", List.of(), 1, new NullProgressMonitor()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the same on two threads */
	@Benchmark
	public FrequencyTable pipelineTwoThreads() throws Exception {
		return WordFrequency.count(units, extractor, "city", "bench", List.of(), 2, new NullProgressMonitor()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
