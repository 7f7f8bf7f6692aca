package org.policylens.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins.NamedFactory;
import org.policylens.text.hanlp.HanlpTokenizerFactory;
import org.policylens.text.tokenize.LuceneEnglishTokenizerFactory;

/**
 * The inputs of the benchmarks: the five PKULaw policies that org.policylens.corpus.samples ships
 * (read from its jar), corpora of any size made of copies of them, and the text pipeline of a
 * fresh study (its shipped stop words and dictionary, HanLP for Chinese, Lucene for English),
 * assembled without OSGi.
 */
public final class Samples {

	/** The sample policies, in the samples bundle. */
	public static final List<String> FILES = List.of("pkulaw_CLI.11.4619854.txt", "pkulaw_CLI.12.4638041.txt", //$NON-NLS-1$ //$NON-NLS-2$
			"pkulaw_CLI.12.4792728.txt", "pkulaw_CLI.12.5115678.txt", "pkulaw_CLI.12.5679380.txt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** Four groups the copies are spread over, as a corpus of four cities would be. */
	public static final List<String> CITIES = List.of("北京", "上海", "广州", "深圳"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private Samples() {
	}

	/** @return the texts of the five policies */
	public static List<String> texts() {
		List<String> texts = new ArrayList<>();
		for (String file : FILES) {
			try (InputStream in = Samples.class.getResourceAsStream("/corpus/pkulaw/" + file)) { //$NON-NLS-1$
				if (in == null) {
					throw new IllegalStateException("the samples bundle is not on the class path: " + file);
				}
				texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return texts;
	}

	/**
	 * Writes copies of the five policies into a folder until they hold at least {@code chars}
	 * characters (kept for the next run when the folder already holds them).
	 *
	 * @param folder where
	 * @param chars  how many characters at least
	 * @return the files, in order
	 * @throws IOException if they cannot be written
	 */
	public static List<Path> corpus(Path folder, long chars) throws IOException {
		Path done = folder.resolve("complete-" + chars); //$NON-NLS-1$
		List<String> texts = texts();
		List<Path> files = new ArrayList<>();
		long total = 0;
		boolean write = !Files.exists(done);
		Files.createDirectories(folder);
		for (int i = 0; total < chars; i++) {
			String text = texts.get(i % texts.size());
			Path file = folder.resolve(String.format("%06d.txt", i)); //$NON-NLS-1$
			if (write) {
				Files.writeString(file, text, StandardCharsets.UTF_8);
			}
			files.add(file);
			total += text.length();
		}
		if (write) {
			Files.writeString(done, files.size() + " files, " + total + " characters\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return files;
	}

	/**
	 * @param folder   an empty folder for the study
	 * @param settings the analysis settings
	 * @return the text pipeline of a new study there
	 * @throws StudyException if the study cannot be made
	 */
	public static TextAnalysis analysis(Path folder, AnalysisSettings settings) throws StudyException {
		OpenStudy study = new StudyStore().create(folder, "Benchmark", null, "bench"); //$NON-NLS-1$ //$NON-NLS-2$
		return TextAnalysis.of(study, language -> Optional.of(language.equals("zh") //$NON-NLS-1$
				? new NamedFactory("org.policylens.text.hanlp", new HanlpTokenizerFactory()) //$NON-NLS-1$
				: new NamedFactory("org.policylens.text.lucene", new LuceneEnglishTokenizerFactory())), settings); //$NON-NLS-1$
	}

	/**
	 * The lines of a text as [start, end) spans, empty lines left out: how the product counts a
	 * document (clause by clause, each clause's own line; see {@code WordFrequency.spans}).
	 *
	 * @param text a text
	 * @return its non-empty lines
	 */
	public static int[][] lineSpans(String text) {
		List<int[]> spans = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			int trimmed = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
			if (!text.substring(start, trimmed).isBlank()) {
				spans.add(new int[] { start, trimmed });
			}
			start = end + 1;
		}
		return spans.toArray(int[][]::new);
	}

	/**
	 * @param prefix a name
	 * @return a new temporary folder
	 */
	public static Path temporary(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
