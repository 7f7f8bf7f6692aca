package org.policylens.corpus.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.policylens.corpus.ContributedCorpus;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.CorpusImporter;
import org.policylens.corpus.CorpusInfo;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.corpus.ImportOptions;
import org.policylens.corpus.ImportReport;
import org.policylens.corpus.MetadataCsv;
import org.policylens.corpus.MetadataEdits;
import org.policylens.corpus.importers.ImportSettings;
import org.policylens.corpus.metadata.Keys;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;

/**
 * {@code policylens corpus import|list|show|set|metadata|corpora}.
 */
public final class CorpusCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		CommandContext sub = context.subcommand();
		CorpusPlugins plugins = new CorpusPlugins(Platform.getExtensionRegistry(),
				p -> context.err().println("policylens: plugin problem: " + p));
		plugins.start();
		try {
			return switch (context.arguments().get(0)) {
			case "import" -> importFiles(sub, plugins); //$NON-NLS-1$
			case "list" -> list(sub); //$NON-NLS-1$
			case "show" -> show(sub); //$NON-NLS-1$
			case "set" -> set(sub); //$NON-NLS-1$
			case "metadata" -> metadata(sub); //$NON-NLS-1$
			case "corpora" -> corpora(sub, plugins); //$NON-NLS-1$
			default -> throw CommandException.usage("unknown subcommand '" + context.arguments().get(0)
					+ "': import, list, show, set, metadata or corpora");
			};
		} finally {
			plugins.stop();
		}
	}

	private static int importFiles(CommandContext context, CorpusPlugins plugins) throws CommandException {
		Arguments args = context.parse(Set.of("study", "encoding", "segmenter", "language", "corpus"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		String corpusId = args.option("corpus"); //$NON-NLS-1$
		if (args.positionals().isEmpty() && corpusId == null) {
			throw CommandException.usage("name the files or folders to import, or --corpus ID");
		}
		Charset encoding = null;
		if (args.option("encoding") != null) { //$NON-NLS-1$
			try {
				encoding = Charset.forName(args.option("encoding")); //$NON-NLS-1$
			} catch (IllegalArgumentException e) {
				throw CommandException.usage("unknown encoding '" + args.option("encoding") + "'"); //$NON-NLS-1$
			}
		}
		String language = args.option("language"); //$NON-NLS-1$
		if (language != null && !Set.of("zh", "en").contains(language)) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage("--language must be zh or en");
		}
		if (args.option("segmenter") != null && !plugins.segmenterIds().contains(args.option("segmenter"))) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage("no segmenter '" + args.option("segmenter") + "'; installed: " + plugins.segmenterIds()); //$NON-NLS-1$
		}
		List<Path> files = new ArrayList<>();
		ContributedCorpus contributed = null;
		if (corpusId != null) {
			try {
				contributed = plugins.corpus(corpusId);
			} catch (IOException e) {
				throw new CommandException(ExitCodes.FAILURE, e.getMessage());
			}
			files.add(contributed.folder());
		}
		for (String name : args.positionals()) {
			Path file = Path.of(name);
			if (!Files.exists(file)) {
				throw new CommandException(ExitCodes.FAILURE, name + ": no such file or folder");
			}
			files.add(file);
		}
		OpenStudy study = context.openStudy(args);
		ImportOptions options = new ImportOptions(new ImportSettings(encoding), args.option("segmenter"), language); //$NON-NLS-1$
		CorpusImporter importer = new CorpusImporter(plugins, context.studyStore(), Clock.systemDefaultZone());
		ImportReport report = context.runWithProgress(monitor -> {
			try {
				return importer.importFiles(study, files, options, context.actor(), monitor);
			} catch (StudyException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			}
		});
		if (contributed != null && contributed.metadata() != null) {
			try {
				new MetadataCsv(context.studyStore()).apply(study, contributed.metadata(), ValueOrigin.CORPUS, context.actor());
			} catch (IOException | StudyException e) {
				throw new CommandException(ExitCodes.FAILURE, "the corpus' metadata table: " + e.getMessage());
			}
		}
		PrintStream out = context.out();
		out.println("Imported " + report.imported().size() + " document(s) into " + study.getDirectory());
		for (Document document : report.imported()) {
			out.println(line(document));
		}
		for (ImportReport.Problem problem : report.problems()) {
			(problem.duplicate() ? out : context.err()).println((problem.duplicate() ? "  skipped " : "  FAILED  ") + problem);
		}
		return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
	}

	private static int list(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of("tsv")); //$NON-NLS-1$ //$NON-NLS-2$
		OpenStudy study = context.openStudy(args);
		List<Document> documents = Corpora.documents(study);
		if (args.flag("tsv")) { //$NON-NLS-1$
			List<String> header = new ArrayList<>(List.of("policy", "title", "language", "clauses", "file")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			header.addAll(Keys.ALL);
			context.out().println(String.join("\t", header)); //$NON-NLS-1$
			for (Document d : documents) {
				List<String> row = new ArrayList<>(List.of(Integer.toString(d.getNumber()), d.getTitle(), d.getLanguage(),
						Integer.toString(Corpora.allClauses(d).size()), d.getSourceName()));
				Keys.ALL.forEach(k -> row.add(nullToEmpty(Corpora.value(d, k))));
				context.out().println(String.join("\t", row)); //$NON-NLS-1$
			}
			return ExitCodes.OK;
		}
		if (documents.isEmpty()) {
			context.out().println("The study has no documents yet: policylens corpus import --study DIR FILE...");
		}
		documents.forEach(d -> context.out().println(line(d)));
		return ExitCodes.OK;
	}

	private static String line(Document d) {
		Map<String, String> values = Corpora.values(d);
		List<String> shown = new ArrayList<>();
		for (String key : Keys.ALL) {
			if (values.containsKey(key) && !key.equals(Keys.YEAR)) {
				shown.add(key + "=" + values.get(key)); //$NON-NLS-1$
			}
		}
		values.keySet().stream().filter(k -> !Keys.ALL.contains(k)).forEach(k -> shown.add(k + "=" + values.get(k))); //$NON-NLS-1$
		return String.format("%4d  %s  [%s; %d clauses]", d.getNumber(), d.getTitle(), String.join("; ", shown), //$NON-NLS-1$ //$NON-NLS-2$
				Corpora.allClauses(d).size());
	}

	private static int show(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "depth"), Set.of("text")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		OpenStudy study = context.openStudy(args);
		Document document = document(context, args, study);
		String text;
		try {
			text = Corpora.text(study, document);
		} catch (IOException e) {
			throw new CommandException(ExitCodes.FAILURE, "cannot read the text of policy " + document.getNumber() + ": " + e.getMessage());
		}
		PrintStream out = context.out();
		out.println("Policy " + document.getNumber() + ": " + document.getTitle());
		out.println("  file      " + document.getSourceName() + " (" + document.getFormat()
				+ (document.getEncoding() == null ? "" : ", " + document.getEncoding()) + ", " + document.getLanguage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		Corpora.values(document).forEach((k, v) -> out.println("  " + pad(k, 10) + v)); //$NON-NLS-1$
		out.println("  clauses   " + Corpora.allClauses(document).size() + " (segmenter " + document.getSegmenter() + ")");
		int depth = args.intOption("depth", Integer.MAX_VALUE); //$NON-NLS-1$
		for (Clause clause : document.getClauses()) {
			print(out, text, clause, 1, depth, args.flag("text")); //$NON-NLS-1$
		}
		return ExitCodes.OK;
	}

	private static void print(PrintStream out, String text, Clause clause, int level, int depth, boolean full) {
		if (level > depth) {
			return;
		}
		String own = text.substring(clause.getStart(), clause.getHeadingEnd()).strip();
		if (!full && own.codePointCount(0, own.length()) > 40) {
			own = own.substring(0, own.offsetByCodePoints(0, 40)) + "…"; //$NON-NLS-1$
		}
		out.println("  ".repeat(level) + clause.getLabel() + "  " + own); //$NON-NLS-1$ //$NON-NLS-2$
		for (Clause child : clause.getChildren()) {
			print(out, text, child, level + 1, depth, full);
		}
	}

	private static int set(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of()); //$NON-NLS-1$
		if (args.positionals().size() < 2) {
			throw CommandException.usage("give the policy number and NAME=VALUE pairs, e.g. 3 city=广州 level=municipal");
		}
		OpenStudy study = context.openStudy(args);
		Document document = document(context, args, study);
		Map<String, String> changes = new LinkedHashMap<>();
		for (String pair : args.positionals().subList(1, args.positionals().size())) {
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				throw CommandException.usage("'" + pair + "' is not NAME=VALUE");
			}
			String name = pair.substring(0, eq).strip();
			if (!name.equals("title") && !OpenStudy.isValidAttributeName(name)) { //$NON-NLS-1$
				throw CommandException.usage("attribute name '" + name + "' must be one word");
			}
			changes.put(name, pair.substring(eq + 1));
		}
		MetadataEdits.apply(study, document, changes, context.actor());
		context.save(study);
		context.out().println(line(document));
		return ExitCodes.OK;
	}

	private static int metadata(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of()); //$NON-NLS-1$
		if (args.positionals().size() != 1) {
			throw CommandException.usage("name one CSV file");
		}
		OpenStudy study = context.openStudy(args);
		try {
			MetadataCsv.Report report = new MetadataCsv(context.studyStore()).apply(study, Path.of(args.positionals().get(0)),
					ValueOrigin.CSV, context.actor());
			context.out().println("Set " + report.values() + " value(s) of " + report.documents() + " document(s)");
			report.unmatched().forEach(u -> context.err().println("  not applied, " + u));
			return report.unmatched().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
		} catch (IOException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage());
		} catch (StudyException e) {
			throw CommandContext.toCommandException(e);
		}
	}

	private static int corpora(CommandContext context, CorpusPlugins plugins) throws CommandException {
		context.parse(Set.of(), Set.of());
		for (CorpusInfo corpus : plugins.corpora()) {
			context.out().println(corpus.id() + "\t" + corpus.name() + "\t(" + corpus.contributor() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			if (!corpus.description().isBlank()) {
				context.out().println("\t" + corpus.description()); //$NON-NLS-1$
			}
		}
		return ExitCodes.OK;
	}

	private static Document document(CommandContext context, Arguments args, OpenStudy study) throws CommandException {
		if (args.positionals().isEmpty()) {
			throw CommandException.usage("give the policy number (see 'policylens corpus list')");
		}
		String number = args.positionals().get(0);
		try {
			return Corpora.document(study, Integer.parseInt(number)).orElseThrow(
					() -> new CommandException(ExitCodes.FAILURE, "the study has no policy " + number));
		} catch (NumberFormatException e) {
			throw CommandException.usage("'" + number + "' is not a policy number");
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	private static String pad(String s, int width) {
		return s + " ".repeat(Math.max(1, width - s.length())); //$NON-NLS-1$
	}
}
