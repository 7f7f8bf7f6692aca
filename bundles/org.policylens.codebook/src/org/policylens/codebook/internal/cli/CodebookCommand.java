package org.policylens.codebook.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.codebook.CodeColours;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.CodebookFiles;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.ICodebookSource;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.qdc.QdcImport;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;

/**
 * {@code policylens codebook list|available|add|show|import|export|code}.
 */
public final class CodebookCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		CommandContext sub = context.subcommand();
		CodebookPlugins plugins = new CodebookPlugins(Platform.getExtensionRegistry(),
				p -> context.err().println("policylens: plugin problem: " + p));
		plugins.start();
		try {
			return switch (context.arguments().get(0)) {
			case "list" -> list(sub); //$NON-NLS-1$
			case "available" -> available(sub, plugins); //$NON-NLS-1$
			case "add" -> add(sub, plugins); //$NON-NLS-1$
			case "show" -> show(sub); //$NON-NLS-1$
			case "import" -> importFile(sub); //$NON-NLS-1$
			case "export" -> export(sub); //$NON-NLS-1$
			case "code" -> new CodeEditCommand().run(sub); //$NON-NLS-1$
			default -> throw CommandException.usage("unknown subcommand '" + context.arguments().get(0)
					+ "': list, available, add, show, import, export or code");
			};
		} catch (IllegalArgumentException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage(), e);
		} finally {
			plugins.stop();
		}
	}

	private static int list(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of()); //$NON-NLS-1$
		noPositionals(args);
		List<Codebook> codebooks = new Codebooks(context.openStudy(args), context.actor()).list();
		if (codebooks.isEmpty()) {
			context.out().println("The study has no codebooks yet: policylens codebook available, then codebook add --study DIR ID");
		}
		int width = idWidth(codebooks.stream().map(Codebook::getId).toList());
		for (Codebook codebook : codebooks) {
			context.out().println(String.format(Locale.ROOT, "%-" + width + "s version %-3d %4d codes  %s  (%s)", codebook.getId(), //$NON-NLS-1$ //$NON-NLS-2$
					codebook.getVersion(), CodeTree.all(codebook).size(), codebook.getName(), codebook.getOrigin()));
		}
		return ExitCodes.OK;
	}

	private static int available(CommandContext context, CodebookPlugins plugins) throws CommandException {
		noPositionals(context.parse(Set.of(), Set.of()));
		List<ICodebookSource> available = plugins.available();
		int width = idWidth(available.stream().map(ICodebookSource::getId).toList());
		for (ICodebookSource source : available) {
			int codes;
			try {
				codes = CodeTree.all(source.load()).size();
			} catch (CodebookException e) {
				continue;
			}
			context.out().println(String.format(Locale.ROOT, "%-" + width + "s %4d codes  %s  (%s)", source.getId(), codes, source.getName(), //$NON-NLS-1$ //$NON-NLS-2$
					source.getOrigin()));
			if (!source.getDescription().isBlank()) {
				context.out().println("    " + source.getDescription()); //$NON-NLS-1$
			}
		}
		return ExitCodes.OK;
	}

	private static int add(CommandContext context, CodebookPlugins plugins) throws CommandException {
		Arguments args = context.parse(Set.of("study", "id"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		String id = one(args, "give the id of a contributed codebook (see 'policylens codebook available')");
		ICodebookSource source;
		try {
			source = plugins.get(id);
		} catch (CodebookException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage(), e);
		}
		OpenStudy study = context.openStudy(args);
		Codebooks codebooks = new Codebooks(study, context.actor());
		Codebook copy;
		try {
			copy = codebooks.copy(source, args.option("id")); //$NON-NLS-1$
		} catch (CodebookException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage(), e);
		}
		save(context, codebooks);
		context.out().println("Copied " + source.getId() + " (" + source.getName() + ", " + CodeTree.all(copy).size()
				+ " codes) into the study as " + copy.getId() + ", version " + copy.getVersion());
		return ExitCodes.OK;
	}

	private static int show(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of("details")); //$NON-NLS-1$ //$NON-NLS-2$
		String id = one(args, "give a codebook id (see 'policylens codebook list')");
		Codebook codebook = new Codebooks(context.openStudy(args), context.actor()).get(id);
		PrintStream out = context.out();
		out.println(codebook.getId() + "  " + codebook.getName() + "  (version " + codebook.getVersion() + ", "
				+ CodeTree.all(codebook).size() + " codes, from " + codebook.getOrigin() + ")");
		if (codebook.getDescription() != null) {
			out.println("  " + codebook.getDescription()); //$NON-NLS-1$
		}
		if (codebook.getSource() != null) {
			out.println("  Source: " + codebook.getSource());
		}
		for (Code code : CodeTree.all(codebook)) {
			print(out, code, args.flag("details")); //$NON-NLS-1$
		}
		return ExitCodes.OK;
	}

	private static void print(PrintStream out, Code code, boolean details) {
		String indent = "  ".repeat(CodeTree.depth(code) + 1); //$NON-NLS-1$
		out.println(indent + code.getName() + (code.isCodable() ? "" : "  [category]") + "  " + CodeColours.colourOf(code) //$NON-NLS-1$ //$NON-NLS-2$
				+ (code.getKeywords().isEmpty() ? "" : "  " + code.getKeywords().size() + " keywords")); //$NON-NLS-1$ //$NON-NLS-2$
		if (!details) {
			return;
		}
		String more = indent + "    "; //$NON-NLS-1$
		out.println(more + "guid        " + code.getGuid());
		field(out, more, "definition  ", code.getDefinition());
		field(out, more, "inclusion   ", code.getInclusion());
		field(out, more, "exclusion   ", code.getExclusion());
		code.getExamples().forEach(e -> out.println(more + "example     " + e));
		if (!code.getKeywords().isEmpty()) {
			out.println(more + "keywords    " + String.join("; ", code.getKeywords())); //$NON-NLS-2$
		}
	}

	private static void field(PrintStream out, String indent, String label, String value) {
		if (value != null) {
			out.println(indent + label + value.replace("\n", "\n" + indent + " ".repeat(label.length()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static int importFile(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "id", "name"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path file = Path.of(one(args, "name one .qdc file"));
		if (!Files.isRegularFile(file)) {
			throw new CommandException(ExitCodes.FAILURE, file + ": no such file");
		}
		OpenStudy study = context.openStudy(args);
		Codebooks codebooks = new Codebooks(study, context.actor());
		QdcImport imported;
		try {
			imported = codebooks.importQdc(file, args.option("id"), args.option("name")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (CodebookException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage() + " (the study was not changed)", e);
		}
		save(context, codebooks);
		Codebook codebook = imported.codebook();
		context.out().println("Imported " + CodeTree.all(codebook).size() + " codes from " + file.getFileName() + " as the codebook "
				+ codebook.getId() + " (version " + codebook.getVersion() + ")");
		imported.warnings().forEach(w -> context.err().println("  warning: " + w));
		return ExitCodes.OK;
	}

	private static int export(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of()); //$NON-NLS-1$
		if (args.positionals().size() != 2) {
			throw CommandException.usage("give a codebook id and the file to write (FILE.qdc or FILE.codebook)");
		}
		Path file = Path.of(args.positionals().get(1));
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".qdc") && !name.endsWith("." + CodebookFiles.EXTENSION)) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage(file + ": the file must end in .qdc (REFI-QDA) or .codebook (a plugin's codebook file)");
		}
		Codebook codebook = new Codebooks(context.openStudy(args), context.actor()).get(args.positionals().get(0));
		try {
			if (name.endsWith(".qdc")) { //$NON-NLS-1$
				Codebooks.exportQdc(codebook, file);
			} else {
				CodebookFiles.write(codebook, file);
			}
		} catch (CodebookException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage(), e);
		}
		context.out().println("Wrote " + codebook.getId() + " (version " + codebook.getVersion() + ", " + CodeTree.all(codebook).size()
				+ " codes) to " + file);
		return ExitCodes.OK;
	}

	/** @return the width of an id column: the longest id, at least 20 */
	private static int idWidth(List<String> ids) {
		return Math.max(20, ids.stream().mapToInt(String::length).max().orElse(0));
	}

	static void save(CommandContext context, Codebooks codebooks) throws CommandException {
		try {
			codebooks.save(context.studyStore());
		} catch (StudyException e) {
			throw CommandContext.toCommandException(e);
		}
	}

	private static String one(Arguments args, String usage) throws CommandException {
		if (args.positionals().size() != 1) {
			throw CommandException.usage(usage);
		}
		return args.positionals().get(0);
	}

	private static void noPositionals(Arguments args) throws CommandException {
		if (!args.positionals().isEmpty()) {
			throw CommandException.usage("unexpected argument '" + args.positionals().get(0) + "'");
		}
	}
}
