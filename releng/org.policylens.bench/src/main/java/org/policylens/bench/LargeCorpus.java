package org.policylens.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.FrequencyTable;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextUnit;
import org.policylens.text.WordFrequency;
import org.policylens.text.index.Concordance;
import org.policylens.text.index.StudyIndex;
import org.policylens.text.index.StudyIndex.IndexUnit;
import org.policylens.text.tokenize.ITokenizer;

/**
 * Word frequency and the full-text index on a large corpus made of copies of the sample policies
 * (100 million characters by default), single-shot runs with their wall time and heap:
 * <ol>
 * <li>tokenizing alone (read each file, HanLP segmentation, nothing kept), then the word frequency
 * by city (the same plus filters and counting), alternately, twice; target: word frequency ≤ 1.1 ×
 * tokenizing, with a heap of less than 1 GB (run with {@code -Xmx1g});</li>
 * <li>building the Lucene index of the corpus, then keyword-in-context and search queries, 5 warm-up
 * and 25 measured runs each; target: a query in less than 100 ms.</li>
 * </ol>
 * Usage: {@code java -Xmx1g -cp benchmarks.jar org.policylens.bench.LargeCorpus [CHARS] [THREADS] [FOLDER]}
 */
public final class LargeCorpus {

	private LargeCorpus() {
	}

	/**
	 * @param args characters, threads, work folder
	 * @throws Exception if the benchmark fails
	 */
	public static void main(String[] args) throws Exception {
		long chars = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 100_000_000L; //$NON-NLS-1$ //$NON-NLS-2$
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
		Path work = args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("java.io.tmpdir"), "policylens-bench"); //$NON-NLS-1$ //$NON-NLS-2$
		HeapWatch heap = new HeapWatch();
		heap.start();

		System.out.printf(Locale.ROOT, "# corpus of %,d characters in %s, %d thread(s), -Xmx %d MB%n", chars, work, threads, //$NON-NLS-1$
				Runtime.getRuntime().maxMemory() >> 20);
		List<Path> files = Samples.corpus(work.resolve("corpus-" + chars), chars); //$NON-NLS-1$
		Path studyFolder = work.resolve("study-" + System.nanoTime()); //$NON-NLS-1$
		TextAnalysis analysis = Samples.analysis(studyFolder, AnalysisSettings.DEFAULT);
		List<TextUnit> units = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			units.add(new TextUnit(i + 1, Samples.CITIES.get(i % Samples.CITIES.size()), "zh", null, //$NON-NLS-1$
					() -> Files.readString(file, StandardCharsets.UTF_8)));
		}
		System.out.printf(Locale.ROOT, "# %,d documents%n", units.size()); //$NON-NLS-1$

		long countingPeak = 0;
		long[] tokenizing = new long[2];
		long[] counting = new long[2];
		for (int round = 0; round < 2; round++) {
			heap.reset();
			long t0 = System.nanoTime();
			long tokens = tokenizeOnly(units, analysis.extractor().tokenizer("zh"), threads); //$NON-NLS-1$
			tokenizing[round] = System.nanoTime() - t0;
			System.out.printf(Locale.ROOT, "tokenizing alone, round %d: %.1f s, %,d tokens, %.2f M chars/s, peak heap %d MB%n", round + 1, //$NON-NLS-1$
					tokenizing[round] / 1e9, tokens, chars / (tokenizing[round] / 1e3), heap.peakMb());
			heap.reset();
			t0 = System.nanoTime();
			FrequencyTable table = WordFrequency.count(units, analysis.extractor(), "city", analysis.provenance(), List.of(), threads, //$NON-NLS-1$
					new NullProgressMonitor());
			counting[round] = System.nanoTime() - t0;
			FrequencyTable.Row top = table.top(table.groups().get(0), 1, FrequencyTable.Measure.COUNT).get(0);
			countingPeak = Math.max(countingPeak, heap.peakMb());
			System.out.printf(Locale.ROOT, "word frequency by city, round %d: %.1f s, %,d groups, top term of %s: %s (%,d), peak heap %d MB%n", //$NON-NLS-1$
					round + 1, counting[round] / 1e9, table.groups().size(), table.groups().get(0), top.term(), top.count(), heap.peakMb());
		}
		System.out.printf(Locale.ROOT, "RESULT word frequency / tokenizing alone (round 2): %.3f; peak heap of the word frequency runs %d MB (max heap %d MB)%n", //$NON-NLS-1$
				(double) counting[1] / tokenizing[1], countingPeak, Runtime.getRuntime().maxMemory() >> 20);

		Path indexFolder = work.resolve("index-" + chars);
		deleteTree(indexFolder);
		long t0 = System.nanoTime();
		try (StudyIndex index = StudyIndex.build(indexFolder, analysis, () -> indexUnits(files))) {
			System.out.printf(Locale.ROOT, "index built: %.1f s, %,d clause lines, %d MB on disk%n", (System.nanoTime() - t0) / 1e9, //$NON-NLS-1$
					index.size(), size(indexFolder) >> 20);
			time("KWIC 数据专区 (2,000 lines of 40 characters each side)", () -> index.concordance("数据专区", 2000, 40)); //$NON-NLS-1$ //$NON-NLS-2$
			time("KWIC 政务数据 (2,000 lines)", () -> index.concordance("政务数据", 2000, 40)); //$NON-NLS-1$ //$NON-NLS-2$
			time("search 数据 AND 安全 (2,000 lines)", () -> index.search("数据 AND 安全", 2000, 40)); //$NON-NLS-1$ //$NON-NLS-2$
			time("search \"公共数据\" NOT 开放 (2,000 lines)", () -> index.search("\"公共数据\" NOT 开放", 2000, 40)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		heap.interrupt();
		deleteTree(studyFolder);
	}

	private interface Query {
		Concordance run() throws IOException;
	}

	private static void time(String what, Query query) throws IOException {
		Concordance result = null;
		for (int i = 0; i < 5; i++) {
			result = query.run();
		}
		long[] ms = new long[25];
		for (int i = 0; i < ms.length; i++) {
			long t0 = System.nanoTime();
			result = query.run();
			ms[i] = (System.nanoTime() - t0) / 1000;
		}
		Arrays.sort(ms);
		System.out.printf(Locale.ROOT, "RESULT %s: median %.1f ms, max %.1f ms; %,d lines, %,d clauses, %,d occurrences%n", what, //$NON-NLS-1$
				ms[ms.length / 2] / 1000.0, ms[ms.length - 1] / 1000.0, result.lines().size(), result.clauses(), result.occurrences());
	}

	private static long tokenizeOnly(List<TextUnit> units, ITokenizer tokenizer, int threads) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<Long>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			futures.add(pool.submit(() -> {
				long[] tokens = new long[1];
				int i;
				while ((i = next.getAndIncrement()) < units.size()) {
					String text = units.get(i).text().read();
					tokenizer.tokenize(text, 0, text.length(), (word, start, end, pos) -> tokens[0]++);
				}
				return tokens[0];
			}));
		}
		long total = 0;
		for (Future<Long> future : futures) {
			total += future.get();
		}
		pool.shutdown();
		return total;
	}

	private static Iterator<IndexUnit> indexUnits(List<Path> files) {
		Iterator<Path> it = files.iterator();
		AtomicInteger number = new AtomicInteger();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return it.hasNext();
			}

			@Override
			public IndexUnit next() {
				try {
					return new IndexUnit(number.incrementAndGet(), "zh", Files.readString(it.next(), StandardCharsets.UTF_8)); //$NON-NLS-1$
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		};
	}

	private static long size(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (var files = Files.walk(folder)) {
				files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> f.toFile().delete());
			}
		}
	}

	/** Samples the used heap every 20 ms and keeps its peak. */
	private static final class HeapWatch extends Thread {
		private volatile long peak;

		HeapWatch() {
			super("heap-watch"); //$NON-NLS-1$
			setDaemon(true);
		}

		@Override
		public void run() {
			while (!isInterrupted()) {
				long used = 0;
				for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
					if (pool.getType() == MemoryType.HEAP) {
						used += pool.getUsage().getUsed();
					}
				}
				peak = Math.max(peak, used);
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					return;
				}
			}
		}

		void reset() {
			System.gc();
			peak = 0;
		}

		long peakMb() {
			return peak >> 20;
		}

	}
}
