package org.policylens.text.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.FrequencyExport;
import org.policylens.text.FrequencyTable;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins;
import org.policylens.text.WordFrequency;
import org.policylens.text.WordLists;
import org.policylens.text.charts.FrequencyChart;
import org.policylens.text.charts.WordCloud;
import org.policylens.text.index.Concordance;
import org.policylens.text.index.KwicLine;
import org.policylens.text.index.StudyIndex;
import org.policylens.text.model.WordList;

/**
 * {@code policylens text freq|kwic|search|cloud|lists|words|tokenize|index}.
 */
public final class TextCommand implements ICommand {

	private static final Set<String> ANALYSIS = Set.of("study", "min-length", "pos", "drop-pos", "ngram"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	@Override
	public int run(CommandContext context) throws CommandException {
		CommandContext sub = context.subcommand();
		TextPlugins plugins = new TextPlugins(Platform.getExtensionRegistry(),
				p -> context.err().println("policylens: plugin problem: " + p));
		plugins.start();
		try {
			return switch (context.arguments().get(0)) {
			case "freq" -> freq(sub, plugins); //$NON-NLS-1$
			case "kwic" -> kwic(sub, plugins, false); //$NON-NLS-1$
			case "search" -> kwic(sub, plugins, true); //$NON-NLS-1$
			case "cloud" -> cloud(sub, plugins); //$NON-NLS-1$
			case "lists" -> lists(sub); //$NON-NLS-1$
			case "words" -> words(sub); //$NON-NLS-1$
			case "tokenize" -> tokenize(sub, plugins); //$NON-NLS-1$
			case "index" -> index(sub, plugins); //$NON-NLS-1$
			default -> throw CommandException.usage("unknown subcommand '" + context.arguments().get(0)
					+ "': freq, kwic, search, cloud, lists, words, tokenize or index");
			};
		} finally {
			plugins.stop();
		}
	}

	private static Set<String> with(Set<String> base, String... more) {
		Set<String> all = new HashSet<>(base);
		all.addAll(Arrays.asList(more));
		return all;
	}

	static AnalysisSettings settings(Arguments args, boolean noStopwords) throws CommandException {
		AnalysisSettings d = AnalysisSettings.DEFAULT;
		Set<String> keep = args.option("pos") == null ? d.keepPos() : set(args.option("pos")); //$NON-NLS-1$ //$NON-NLS-2$
		Set<String> drop = args.option("drop-pos") == null ? d.dropPos() : set(args.option("drop-pos")); //$NON-NLS-1$ //$NON-NLS-2$
		int ngram = args.intOption("ngram", 1); //$NON-NLS-1$
		if (ngram < 1 || ngram > 5) {
			throw CommandException.usage("--ngram must be 1 to 5");
		}
		return new AnalysisSettings(args.intOption("min-length", d.minLength()), keep, drop, ngram, !noStopwords); //$NON-NLS-1$
	}

	private static Set<String> set(String list) {
		Set<String> set = new HashSet<>();
		for (String s : list.split(",")) { //$NON-NLS-1$
			if (!s.isBlank()) {
				set.add(s.strip());
			}
		}
		return set;
	}

	private static TextAnalysis analysis(OpenStudy study, TextPlugins plugins, AnalysisSettings settings) throws CommandException {
		try {
			return TextAnalysis.of(study, plugins, settings);
		} catch (IllegalStateException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage());
		}
	}

	private static int freq(CommandContext context, TextPlugins plugins) throws CommandException {
		Arguments args = context.parse(with(ANALYSIS, "by", "top", "measure", "threads", "format", "output", "chart", "group"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				Set.of("no-stopwords")); //$NON-NLS-1$
		OpenStudy study = context.openStudy(args);
		String by = args.option("by"); //$NON-NLS-1$
		if (by != null && study.getAttribute(by) == null) {
			throw CommandException.usage("the study has no attribute '" + by + "'; it has: "
					+ study.getStudy().getAttributes().stream().map(a -> a.getName()).toList());
		}
		int top = args.intOption("top", 20); //$NON-NLS-1$
		FrequencyTable.Measure measure = measure(args.option("measure", "count")); //$NON-NLS-1$ //$NON-NLS-2$
		int threads = args.intOption("threads", Runtime.getRuntime().availableProcessors()); //$NON-NLS-1$
		TextAnalysis analysis = analysis(study, plugins, settings(args, args.flag("no-stopwords"))); //$NON-NLS-1$
		if (Corpora.documents(study).isEmpty()) {
			throw new CommandException(ExitCodes.FAILURE, "the study has no documents to count: import some first");
		}
		FrequencyTable table = context.runWithProgress(monitor -> {
			try {
				return WordFrequency.count(study, analysis, by, threads, monitor);
			} catch (IOException e) {
				throw new CoreException(Status.error("cannot read a document: " + e.getMessage(), e));
			}
		});
		List<String> groups = args.option("group") == null ? table.groups() : List.of(args.option("group")); //$NON-NLS-1$ //$NON-NLS-2$
		if (!table.groups().containsAll(groups)) {
			throw CommandException.usage("no group '" + args.option("group") + "'; groups: " + table.groups()); //$NON-NLS-1$
		}
		try {
			if (args.option("output") != null) { //$NON-NLS-1$
				FrequencyExport.write(table, top, measure, Path.of(args.option("output"))); //$NON-NLS-1$
				context.err().println("Wrote " + args.option("output")); //$NON-NLS-1$
			}
			if (args.option("chart") != null) { //$NON-NLS-1$
				for (String group : groups) {
					Path file = chartFile(Path.of(args.option("chart")), group, groups.size() > 1); //$NON-NLS-1$
					FrequencyChart.write(FrequencyChart.create(table, group, top, measure), 900, 120 + 24 * top, file);
					context.err().println("Wrote " + file);
				}
			}
		} catch (IOException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage());
		}
		print(context.out(), table, groups, top, measure, "tsv".equals(args.option("format"))); //$NON-NLS-1$ //$NON-NLS-2$
		return ExitCodes.OK;
	}

	private static Path chartFile(Path file, String group, boolean several) {
		if (!several) {
			return file;
		}
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String safe = group.replaceAll("[\\\\/:*?\"<>|\\s]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return file.resolveSibling(dot < 0 ? name + "-" + safe : name.substring(0, dot) + "-" + safe + name.substring(dot)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static FrequencyTable.Measure measure(String name) throws CommandException {
		return switch (name) {
		case "count" -> FrequencyTable.Measure.COUNT; //$NON-NLS-1$
		case "documents", "df" -> FrequencyTable.Measure.DOCUMENTS; //$NON-NLS-1$ //$NON-NLS-2$
		case "tfidf", "tf-idf" -> FrequencyTable.Measure.TFIDF; //$NON-NLS-1$ //$NON-NLS-2$
		default -> throw CommandException.usage("--measure must be count, documents or tfidf");
		};
	}

	private static void print(PrintStream out, FrequencyTable table, List<String> groups, int top, FrequencyTable.Measure measure,
			boolean tsv) {
		if (tsv) {
			out.println("group\trank\tterm\tcount\tdocuments\tshare\ttfidf"); //$NON-NLS-1$
			for (String group : groups) {
				for (FrequencyTable.Row r : table.top(group, top, measure)) {
					out.println(group + "\t" + r.rank() + "\t" + r.term() + "\t" + r.count() + "\t" + r.documents() + "\t" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
							+ String.format(Locale.ROOT, "%.6f\t%.4f", r.share(), r.tfidf())); //$NON-NLS-1$
				}
			}
			return;
		}
		out.println("Word frequency of " + table.documents() + " document(s)" + (table.groupedBy() == null ? "" : ", by " + table.groupedBy()) //$NON-NLS-3$
				+ " (top " + top + ", by " + measure.name().toLowerCase(Locale.ROOT) + ")");
		out.println(table.provenance());
		for (String group : groups) {
			FrequencyTable.Group g = table.group(group);
			out.println();
			out.println("== " + (group.isEmpty() ? "all documents" : group) + " (" + g.documents() + " document(s), " + g.terms() + " terms)"); //$NON-NLS-1$
			out.println(" rank  " + Columns.pad("term", 16) + "   count   docs    share    tf-idf"); //$NON-NLS-2$
			for (FrequencyTable.Row r : table.top(group, top, measure)) {
				out.println(String.format(Locale.ROOT, "%5d  %s %7d %6d  %6.2f%%  %8.2f", r.rank(), Columns.pad(r.term(), 16), r.count(), //$NON-NLS-1$
						r.documents(), r.share() * 100, r.tfidf()));
			}
		}
	}

	private static int kwic(CommandContext context, TextPlugins plugins, boolean query) throws CommandException {
		Arguments args = context.parse(Set.of("study", "limit", "width"), Set.of("tsv")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (args.positionals().isEmpty()) {
			throw CommandException.usage(query ? "give a query, e.g. '数据 AND 共享' or '\"smart city\"'" : "give the word or phrase to look for");
		}
		String text = String.join(" ", args.positionals()); //$NON-NLS-1$
		OpenStudy study = context.openStudy(args);
		TextAnalysis analysis = analysis(study, plugins, AnalysisSettings.DEFAULT);
		int limit = args.intOption("limit", 50); //$NON-NLS-1$
		int width = args.intOption("width", 20); //$NON-NLS-1$
		Concordance concordance;
		try (StudyIndex index = context.runWithProgress(monitor -> {
			try {
				return StudyIndex.open(study, analysis, monitor);
			} catch (IOException e) {
				throw new CoreException(Status.error("cannot build the index: " + e.getMessage(), e));
			}
		})) {
			concordance = query ? index.search(text, limit, width) : index.concordance(text, limit, width);
		} catch (IOException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage());
		}
		PrintStream out = context.out();
		if (args.flag("tsv")) { //$NON-NLS-1$
			out.println("policy\tclause\toffset\tleft\tkeyword\tright"); //$NON-NLS-1$
			concordance.lines().forEach(l -> out.println(l.document() + "\t" + l.clause() + "\t" + l.offset() + "\t" + l.left() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "\t" + l.keyword() + "\t" + l.right())); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCodes.OK;
		}
		context.err().println("\u201c" + text + "\u201d: " + (concordance.occurrences() >= 0 ? concordance.occurrences() + " occurrence(s) in " : "") //$NON-NLS-3$
				+ concordance.clauses() + " clause(s); showing " + concordance.lines().size());
		for (KwicLine line : concordance.lines()) {
			out.println(String.format("%4d  %-12s %s \u3010%s\u3011 %s", line.document(), line.clause(), //$NON-NLS-1$
					Columns.padLeft(line.left(), width * 2), line.keyword(), line.right()));
		}
		return ExitCodes.OK;
	}

	private static int cloud(CommandContext context, TextPlugins plugins) throws CommandException {
		Arguments args = context.parse(with(ANALYSIS, "by", "group", "top", "width", "height", "output", "seed"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		Path output = Path.of(args.required("output")); //$NON-NLS-1$
		OpenStudy study = context.openStudy(args);
		TextAnalysis analysis = analysis(study, plugins, settings(args, false));
		String by = args.option("by"); //$NON-NLS-1$
		FrequencyTable table = context.runWithProgress(monitor -> {
			try {
				return WordFrequency.count(study, analysis, by, Runtime.getRuntime().availableProcessors(), monitor);
			} catch (IOException e) {
				throw new CoreException(Status.error("cannot read a document: " + e.getMessage(), e));
			}
		});
		String group = args.option("group", by == null ? "" : null); //$NON-NLS-1$ //$NON-NLS-2$
		if (group == null || !table.groups().contains(group)) {
			throw CommandException.usage("choose the group with --group; groups: " + table.groups());
		}
		WordCloud cloud = WordCloud.layout(table.top(group, args.intOption("top", 100), FrequencyTable.Measure.COUNT), //$NON-NLS-1$
				args.intOption("width", 1200), args.intOption("height", 800), args.intOption("seed", 42)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			cloud.write(output);
		} catch (IOException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage());
		}
		context.out().println("Wrote " + output + " (" + cloud.words().size() + " words)");
		return ExitCodes.OK;
	}

	private static int lists(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of()); //$NON-NLS-1$
		OpenStudy study = context.openStudy(args);
		for (WordList list : WordLists.currentAll(study).values()) {
			context.out().println(Columns.pad(list.getName(), 14) + "  v" + list.getVersion() + "  " + list.getKind().getLiteral() + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ list.getEntries().size() + " entries  " + WordLists.fingerprint(list) + "  " + list.getOrigin()); //$NON-NLS-2$
		}
		return ExitCodes.OK;
	}

	private static int words(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of()); //$NON-NLS-1$
		if (args.positionals().isEmpty()) {
			throw CommandException.usage("name the list: stopwords-zh, stopwords-en, dictionary-zh or synonyms");
		}
		OpenStudy study = context.openStudy(args);
		String name = args.positionals().get(0);
		WordList current;
		try {
			current = WordLists.current(study, name);
		} catch (IllegalArgumentException e) {
			throw CommandException.usage(e.getMessage());
		}
		if (args.positionals().size() == 1) {
			current.getEntries().forEach(context.out()::println);
			return ExitCodes.OK;
		}
		String action = args.positionals().get(1);
		List<String> words = args.positionals().subList(2, args.positionals().size());
		if (!Set.of("add", "remove").contains(action) || words.isEmpty()) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage("say 'add' or 'remove' and the words, e.g. text words --study S dictionary-zh add 数据专区");
		}
		WordList next = action.equals("add") ? WordLists.edit(study, name, words, List.of(), context.actor()) //$NON-NLS-1$
				: WordLists.edit(study, name, List.of(), words, context.actor());
		if (next == current) {
			context.out().println(name + " is unchanged (v" + current.getVersion() + ")");
			return ExitCodes.OK;
		}
		context.save(study);
		context.out().println(WordLists.cite(next));
		return ExitCodes.OK;
	}

	private static int tokenize(CommandContext context, TextPlugins plugins) throws CommandException {
		Arguments args = context.parse(with(ANALYSIS, "language"), Set.of("no-stopwords")); //$NON-NLS-1$ //$NON-NLS-2$
		if (args.positionals().isEmpty()) {
			throw CommandException.usage("give the text to tokenize");
		}
		OpenStudy study = context.openStudy(args);
		TextAnalysis analysis = analysis(study, plugins, settings(args, args.flag("no-stopwords"))); //$NON-NLS-1$
		String text = String.join(" ", args.positionals()); //$NON-NLS-1$
		String language = args.option("language", org.policylens.corpus.LanguageDetector.detect(text)); //$NON-NLS-1$
		analysis.extractor().tokenizer(language).tokenize(text, 0, text.length(), (word, start, end, pos) -> {
			String term = analysis.extractor().accept(word, pos);
			context.out().println(word + "\t" + (pos == null ? "-" : pos) + "\t" + (term == null ? "dropped" : term.equals(word) ? "kept" : "→ " + term)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		});
		return ExitCodes.OK;
	}

	private static int index(CommandContext context, TextPlugins plugins) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of()); //$NON-NLS-1$
		OpenStudy study = context.openStudy(args);
		TextAnalysis analysis = analysis(study, plugins, AnalysisSettings.DEFAULT);
		try (StudyIndex index = context.runWithProgress(monitor -> {
			try {
				return StudyIndex.open(study, analysis, monitor);
			} catch (IOException e) {
				throw new CoreException(Status.error("cannot build the index: " + e.getMessage(), e));
			}
		})) {
			Map<Integer, Document> documents = new java.util.HashMap<>();
			Corpora.documents(study).forEach(d -> documents.put(d.getNumber(), d));
			context.out().println("The index of " + study.getDirectory() + " holds " + index.size() + " clause line(s) of "
					+ documents.size() + " document(s)");
		} catch (IOException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage());
		}
		return ExitCodes.OK;
	}
}
