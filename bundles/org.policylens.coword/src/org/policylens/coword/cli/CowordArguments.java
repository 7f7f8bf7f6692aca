package org.policylens.coword.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CorpusTokenSource;
import org.policylens.coword.CowordAnalysis;
import org.policylens.coword.CowordException;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.CowordOptions;
import org.policylens.coword.CowordParameters;
import org.policylens.coword.CowordSource;
import org.policylens.coword.KeywordFieldSource;
import org.policylens.coword.Measures;
import org.policylens.coword.TermSelection;
import org.policylens.coword.Thesaurus;
import org.policylens.coword.Window;
import org.policylens.study.OpenStudy;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins;

/**
 * The options every {@code policylens coword} subcommand shares — the source, the term selection,
 * the measure and the clustering — and the pipeline that turns them into a matrix or a network
 * with a progress bar. A plugin that adds a subcommand (e.g. {@code coword export}, with
 * {@code parent="coword"}) parses {@code context.parse(CowordArguments.options("format", "output"), CowordArguments.FLAGS)}
 * and calls {@link #network(CommandContext, Arguments)}.
 * <p>
 * Options: {@code --study DIR}; {@code --source corpus|FILE} (repeatable; default corpus);
 * {@code --fields author,index|DE,ID|...} (keyword fields of files); {@code --window
 * document|clause|sentence|tokens} and {@code --window-size N} (corpus); {@code --years FROM-TO};
 * {@code --min-freq N} (default 2), {@code --top N} (default 100, 0 for all), {@code --thesaurus FILE},
 * {@code --exclude a,b}; {@code --measure ID} (default association), {@code --min-strength S},
 * {@code --max-links N}; {@code --resolution R}, {@code --seed N}, {@code --iterations N},
 * {@code --random-starts N}.
 */
public final class CowordArguments {

	/** The valued options of the pipeline. */
	public static final Set<String> OPTIONS = Set.of("study", "source", "fields", "window", "window-size", "years", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"min-freq", "top", "thesaurus", "exclude", "measure", "min-strength", "max-links", "resolution", "seed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"iterations", "random-starts"); //$NON-NLS-1$ //$NON-NLS-2$

	/** The flags of the pipeline (none yet). */
	public static final Set<String> FLAGS = Set.of();

	/** The source when none is given: the study's corpus. */
	public static final String CORPUS = "corpus"; //$NON-NLS-1$

	private CowordArguments() {
	}

	/**
	 * @param more a subcommand's own valued options
	 * @return {@link #OPTIONS} and those
	 */
	public static Set<String> options(String... more) {
		Set<String> all = new HashSet<>(OPTIONS);
		all.addAll(List.of(more));
		return all;
	}

	/**
	 * Reads the source, selects the terms and counts co-occurrences, with a progress bar.
	 *
	 * @param context the command's context
	 * @param args    parsed with {@link #options(String...)}
	 * @return the matrix
	 * @throws CommandException on a wrong option (exit 2), a study that cannot be opened (3) or
	 *                          input that cannot be read (1, naming the file and line)
	 */
	public static CooccurrenceMatrix matrix(CommandContext context, Arguments args) throws CommandException {
		TermSelection selection = selection(args);
		return withSource(context, args, source -> context.runWithProgress(
				monitor -> unchecked(() -> CooccurrenceMatrix.build(source, selection, monitor))));
	}

	/**
	 * Reads the source and makes the network, with a progress bar.
	 *
	 * @param context the command's context
	 * @param args    parsed with {@link #options(String...)}
	 * @return the network, with its parameters and seed
	 * @throws CommandException on a wrong option (exit 2), a study that cannot be opened (3), input
	 *                          that cannot be read or a selection without a network (1, with what to change)
	 */
	public static CowordNetwork network(CommandContext context, Arguments args) throws CommandException {
		TermSelection selection = selection(args);
		CowordOptions options = options(args);
		String measureId = args.option("measure", Measures.ASSOCIATION); //$NON-NLS-1$
		Measures measures = new Measures(Platform.getExtensionRegistry(),
				p -> context.err().println("policylens: plugin problem: " + p));
		measures.start();
		try {
			CowordAnalysis analysis = new CowordAnalysis(measures::get);
			try {
				analysis.measure(measureId);
			} catch (CowordException e) {
				throw CommandException.usage(e.getMessage() + ": " //$NON-NLS-1$
						+ String.join(", ", measures.list().stream().map(Measures.Info::id).toList())); //$NON-NLS-1$
			}
			return withSource(context, args, source -> context.runWithProgress(monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, 10);
				CooccurrenceMatrix matrix = unchecked(() -> CooccurrenceMatrix.build(source, selection, progress.split(6)));
				CowordParameters parameters = new CowordParameters(source.describe(), source.unitKind(), selection,
						measureId, options);
				return unchecked(() -> CowordAnalysis.network(matrix, analysis.measure(measureId), parameters, progress.split(4)));
			}));
		} finally {
			measures.stop();
		}
	}

	/**
	 * @param args parsed options
	 * @return the term selection of {@code --min-freq}, {@code --top}, {@code --thesaurus}, {@code --exclude}
	 * @throws CommandException if a value is wrong or the thesaurus cannot be read
	 */
	public static TermSelection selection(Arguments args) throws CommandException {
		TermSelection selection;
		try {
			selection = TermSelection.of(args.intOption("min-freq", 2), args.intOption("top", 100)); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException e) {
			throw CommandException.usage(e.getMessage());
		}
		if (args.option("exclude") != null) { //$NON-NLS-1$
			Set<String> excluded = new HashSet<>();
			for (String term : args.option("exclude").split("[,，]")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (!term.isBlank()) {
					excluded.add(KeywordFieldSource.fold(term.strip()));
				}
			}
			selection = selection.withExcluded(excluded);
		}
		if (args.option("thesaurus") != null) { //$NON-NLS-1$
			try {
				selection = Thesaurus.read(Path.of(args.option("thesaurus"))).applyTo(selection); //$NON-NLS-1$
			} catch (CowordException e) {
				throw new CommandException(ExitCodes.FAILURE, e.getMessage());
			}
		}
		return selection;
	}

	/**
	 * @param args parsed options
	 * @return the options of {@code --min-strength}, {@code --max-links}, {@code --resolution},
	 *         {@code --seed}, {@code --iterations}, {@code --random-starts}
	 * @throws CommandException if a value is wrong
	 */
	public static CowordOptions options(Arguments args) throws CommandException {
		CowordOptions d = CowordOptions.DEFAULTS;
		try {
			return new CowordOptions(number(args, "min-strength", d.minStrength()), args.intOption("max-links", d.maxLinks()), //$NON-NLS-1$ //$NON-NLS-2$
					number(args, "resolution", d.resolution()), seed(args), args.intOption("iterations", d.iterations()), //$NON-NLS-1$ //$NON-NLS-2$
					args.intOption("random-starts", d.randomStarts())); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw CommandException.usage(e.getMessage());
		}
	}

	/** Work that needs a source; the source's plugins are stopped afterwards. */
	@FunctionalInterface
	private interface WithSource<T> {
		T run(CowordSource source) throws CommandException;
	}

	private static <T> T withSource(CommandContext context, Arguments args, WithSource<T> work) throws CommandException {
		List<String> sources = args.options("source").isEmpty() ? List.of(CORPUS) : args.options("source"); //$NON-NLS-1$ //$NON-NLS-2$
		int[] years = years(args.option("years")); //$NON-NLS-1$
		if (!sources.contains(CORPUS)) {
			List<Path> files = new ArrayList<>();
			for (String source : sources) {
				Path file = Path.of(source);
				if (!Files.isRegularFile(file)) {
					throw CommandException.usage("--source is 'corpus' or a bibliographic export file; " + file + " is not a file");
				}
				files.add(file);
			}
			List<String> fields = args.option("fields") == null ? List.of() : List.of(args.option("fields").split(",")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			KeywordFieldSource source = new KeywordFieldSource(files, fields);
			return work.run(years == null ? source : source.years(years[0], years[1]));
		}
		if (sources.size() > 1) {
			throw CommandException.usage("--source corpus cannot be combined with files");
		}
		OpenStudy study = context.openStudy(args);
		Window window;
		try {
			window = Window.parse(args.option("window", Window.CLAUSE.id())); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw CommandException.usage(e.getMessage());
		}
		TextPlugins plugins = new TextPlugins(Platform.getExtensionRegistry(),
				p -> context.err().println("policylens: plugin problem: " + p));
		plugins.start();
		try {
			TextAnalysis analysis = TextAnalysis.of(study, plugins, AnalysisSettings.DEFAULT);
			CorpusTokenSource source = new CorpusTokenSource(study, analysis, window, args.intOption("window-size", 10)); //$NON-NLS-1$
			return work.run(years == null ? source : source.years(years[0], years[1]));
		} catch (IllegalStateException | IllegalArgumentException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage());
		} finally {
			plugins.stop();
		}
	}

	/**
	 * @param value {@code FROM-TO} or {@code YEAR}, or {@code null}
	 * @return {from, to}, or {@code null} for all years
	 * @throws CommandException if it is not a year range
	 */
	public static int[] years(String value) throws CommandException {
		if (value == null) {
			return null;
		}
		String[] parts = value.strip().split("-", -1); //$NON-NLS-1$
		try {
			int from = Integer.parseInt(parts[0].strip());
			int to = parts.length == 1 ? from : Integer.parseInt(parts[1].strip());
			if (parts.length <= 2 && from <= to) {
				return new int[] { from, to };
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw CommandException.usage("a period is FROM-TO or YEAR (2018-2019), not '" + value + "'");
	}

	/**
	 * @param args         parsed options
	 * @param name         an option name
	 * @param defaultValue its value when it is absent
	 * @return the option as a number
	 * @throws CommandException (usage) if it is not a number
	 */
	public static double number(Arguments args, String name, double defaultValue) throws CommandException {
		String value = args.option(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Double.parseDouble(value.strip());
		} catch (NumberFormatException e) {
			throw CommandException.usage("--" + name + " needs a number, not '" + value + "'");
		}
	}

	private static long seed(Arguments args) throws CommandException {
		String value = args.option("seed"); //$NON-NLS-1$
		try {
			return value == null ? CowordOptions.DEFAULT_SEED : Long.parseLong(value.strip());
		} catch (NumberFormatException e) {
			throw CommandException.usage("--seed needs a whole number, not '" + value + "'");
		}
	}

	/** Work of the analysis that may fail with a {@link CowordException}. */
	@FunctionalInterface
	private interface CowordWork<T> {
		T run() throws CowordException;
	}

	/** Turns a co-word problem into the failure the progress runner reports (exit 1, its message). */
	private static <T> T unchecked(CowordWork<T> work) throws CoreException {
		try {
			return work.run();
		} catch (CowordException e) {
			throw new CoreException(new Status(IStatus.ERROR, "org.policylens.coword", e.getMessage(), e)); //$NON-NLS-1$
		}
	}
}
