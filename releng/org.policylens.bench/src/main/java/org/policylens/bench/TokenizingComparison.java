package org.policylens.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.TermExtractor;
import org.policylens.text.TextUnit;
import org.policylens.text.WordFrequency;
import org.policylens.text.tokenize.ITokenizer;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;

/**
 * The ratios of issue 3, measured by interleaving: each round runs raw HanLP on each whole text,
 * PolicyLens' tokenizer, the filters, and the word-frequency pipeline on one and on two threads over
 * the same text (eight copies of the five sample policies) — the pipeline as the product runs it,
 * line by line (clause lines), and, for comparison, on whole texts — in a random order, so that a slow moment of a shared machine hits all of them; each round gives the
 * ratios, and their median over the rounds is reported with its interquartile range. (The JMH benchmark
 * {@link TokenizingBenchmark} gives the absolute throughputs; its forks run minutes apart, which on
 * a virtual machine with a noisy neighbour can move a ratio by more than the 10 % asked about.)
 * <p>
 * Usage: {@code java -Xmx2g -cp benchmarks.jar org.policylens.bench.TokenizingComparison [ROUNDS]}
 */
public final class TokenizingComparison {

	private TokenizingComparison() {
	}

	/**
	 * @param args the number of measured rounds (30 by default; 5 more warm up)
	 * @throws Exception if it fails
	 */
	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < TokenizingBenchmark.COPIES; i++) {
			texts.addAll(Samples.texts());
		}
		long chars = texts.stream().mapToLong(String::length).sum();
		List<TextUnit> units = new ArrayList<>();
		List<TextUnit> wholeTexts = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			String city = Samples.CITIES.get(i % Samples.CITIES.size());
			units.add(new TextUnit(i + 1, city, "zh", Samples.lineSpans(text), () -> text)); //$NON-NLS-1$
			wholeTexts.add(new TextUnit(i + 1, city, "zh", null, () -> text)); //$NON-NLS-1$
		}
		TermExtractor extractor = Samples.analysis(Samples.temporary("policylens-bench").resolve("study"), AnalysisSettings.DEFAULT) //$NON-NLS-1$ //$NON-NLS-2$
				.extractor();
		ITokenizer tokenizer = extractor.tokenizer("zh"); //$NON-NLS-1$
		Map<String, List<Long>> times = new LinkedHashMap<>();
		long[] sink = new long[1];
		TermExtractor.Sink terms = new TermExtractor.Sink() {
			@Override
			public void term(String term, int start, int end) {
				sink[0]++;
			}

			@Override
			public void gap() {
				// nothing
			}
		};
		System.out.printf(Locale.ROOT, "# %d texts, %,d characters a round, %d + 5 rounds%n", texts.size(), chars, rounds); //$NON-NLS-1$
		Map<String, Runnable> variants = new LinkedHashMap<>();
		variants.put(RAW, () -> texts.forEach(text -> sink[0] += StandardTokenizer.segment(text).size()));
		variants.put("PolicyLens HanLP tokenizer", () -> texts.forEach( //$NON-NLS-1$
				text -> tokenizer.tokenize(text, 0, text.length(), (word, start, end, pos) -> sink[0]++)));
		variants.put("tokenizer + filters", () -> texts.forEach(text -> extractor.extract(text, 0, text.length(), "zh", terms))); //$NON-NLS-1$ //$NON-NLS-2$
		variants.put(ONE, () -> count(units, extractor, 1));
		variants.put(WHOLE, () -> count(wholeTexts, extractor, 1));
		variants.put(TWO, () -> count(units, extractor, 2));
		List<String> order = new ArrayList<>(variants.keySet());
		Random random = new Random(42);
		java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
		Map<String, List<Long>> cpuTimes = new LinkedHashMap<>();
		List<Double> oneVsRawCpu = new ArrayList<>();
		List<Double> oneVsRaw = new ArrayList<>();
		List<Double> wholeVsRaw = new ArrayList<>();
		List<Double> twoVsOne = new ArrayList<>();
		for (int round = 0; round < rounds + 5; round++) {
			// a random order each round, so that no variant always pays for the garbage of the one before
			Collections.shuffle(order, random);
			Map<String, Long> now = new LinkedHashMap<>();
			Map<String, Long> nowCpu = new LinkedHashMap<>();
			for (String what : order) {
				long c0 = cpu.getCurrentThreadCpuTime();
				long t0 = System.nanoTime();
				variants.get(what).run();
				now.put(what, System.nanoTime() - t0);
				nowCpu.put(what, cpu.getCurrentThreadCpuTime() - c0);
			}
			if (round >= 5) {
				now.forEach((what, ns) -> times.computeIfAbsent(what, w -> new ArrayList<>()).add(ns));
				nowCpu.forEach((what, ns) -> cpuTimes.computeIfAbsent(what, w -> new ArrayList<>()).add(ns));
				oneVsRawCpu.add((double) nowCpu.get(RAW) / nowCpu.get(ONE));
				oneVsRaw.add((double) now.get(RAW) / now.get(ONE));
				wholeVsRaw.add((double) now.get(RAW) / now.get(WHOLE));
				twoVsOne.add((double) now.get(ONE) / now.get(TWO));
			}
		}
		Map<String, Double> medians = new LinkedHashMap<>();
		times.forEach((what, ms) -> {
			List<Long> sorted = new ArrayList<>(ms);
			Collections.sort(sorted);
			double median = sorted.get(sorted.size() / 2) / 1e6;
			medians.put(what, median);
			System.out.printf(Locale.ROOT, "%-30s median %7.1f ms  min %7.1f  max %7.1f  %.2f M chars/s%n", what, median, //$NON-NLS-1$
					sorted.get(0) / 1e6, sorted.get(sorted.size() - 1) / 1e6, chars / median / 1e3);
		});
		System.out.printf(Locale.ROOT, "RESULT pipeline (1 thread) throughput / raw HanLP: median of the rounds' ratios %.3f, IQR %.3f-%.3f; ratio of medians %.3f (target >= 0.9)%n", //$NON-NLS-1$
				median(oneVsRaw), quantile(oneVsRaw, 0.25), quantile(oneVsRaw, 0.75), medians.get(RAW) / medians.get(ONE));
		System.out.printf(Locale.ROOT, "RESULT pipeline on whole texts, as HanLP is called (1 thread) / raw HanLP: median of the rounds' ratios %.3f, IQR %.3f-%.3f%n", //$NON-NLS-1$
				median(wholeVsRaw), quantile(wholeVsRaw, 0.25), quantile(wholeVsRaw, 0.75));
		cpuTimes.forEach((what, ns) -> {
			List<Long> sorted = new ArrayList<>(ns);
			Collections.sort(sorted);
			System.out.printf(Locale.ROOT, "%-30s CPU time of the calling thread: median %7.1f ms%n", what, sorted.get(sorted.size() / 2) / 1e6); //$NON-NLS-1$
		});
		System.out.printf(Locale.ROOT, "RESULT pipeline (1 thread) / raw HanLP by thread CPU time (immune to other processes): median of the rounds' ratios %.3f, IQR %.3f-%.3f (target >= 0.9)%n", //$NON-NLS-1$
				median(oneVsRawCpu), quantile(oneVsRawCpu, 0.25), quantile(oneVsRawCpu, 0.75));
		System.out.printf(Locale.ROOT, "RESULT pipeline 2 threads / 1 thread: median of the rounds' ratios %.3f, IQR %.3f-%.3f (target >= 1.7); %d processors%n", //$NON-NLS-1$
				median(twoVsOne), quantile(twoVsOne, 0.25), quantile(twoVsOne, 0.75), Runtime.getRuntime().availableProcessors());
	}

	private static final String RAW = "raw HanLP StandardTokenizer"; //$NON-NLS-1$
	private static final String ONE = "word frequency, 1 thread"; //$NON-NLS-1$
	private static final String TWO = "word frequency, 2 threads"; //$NON-NLS-1$
	private static final String WHOLE = "word frequency, whole texts"; //$NON-NLS-1$

	private static void count(List<TextUnit> units, TermExtractor extractor, int threads) {
		try {
			WordFrequency.count(units, extractor, "city", "", List.of(), threads, new NullProgressMonitor()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static double median(List<Double> values) {
		return quantile(values, 0.5);
	}

	private static double quantile(List<Double> values, double q) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get((int) Math.round(q * (sorted.size() - 1)));
	}
}
