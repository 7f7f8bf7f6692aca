package org.policylens.qdpx.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.qdpx.QdpxException;
import org.policylens.qdpx.QdpxExporter;
import org.policylens.qdpx.QdpxImporter;
import org.policylens.qdpx.QdpxReport;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;

/**
 * {@code policylens qdpx export|import}: a study as a REFI-QDA project and back.
 */
public final class QdpxCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		CommandContext sub = context.subcommand();
		return switch (context.arguments().get(0)) {
		case "export" -> export(sub); //$NON-NLS-1$
		case "import" -> importProject(sub); //$NON-NLS-1$
		default -> throw CommandException.usage("unknown subcommand '" + context.arguments().get(0) + "': export or import");
		};
	}

	private static int export(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of()); //$NON-NLS-1$
		Path file = file(args);
		if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qdpx")) { //$NON-NLS-1$
			throw CommandException.usage(file + ": a REFI-QDA project file ends in .qdpx");
		}
		OpenStudy study = context.openStudy(args);
		QdpxReport report = context.runWithProgress(monitor -> {
			try {
				return new QdpxExporter().export(study, file, monitor);
			} catch (QdpxException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			}
		});
		context.out().println("Exported " + study.getDirectory() + " to " + file + ":");
		print(context, report);
		return ExitCodes.OK;
	}

	private static int importProject(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of()); //$NON-NLS-1$
		Path file = file(args);
		if (!Files.isRegularFile(file)) {
			throw new CommandException(ExitCodes.FAILURE, file + ": no such file");
		}
		Path dir = Path.of(args.required("study")); //$NON-NLS-1$
		OpenStudy existing = StudyStore.isStudy(dir) ? context.openStudy(args) : null;
		CorpusPlugins plugins = new CorpusPlugins(Platform.getExtensionRegistry(),
				p -> context.err().println("policylens: plugin problem: " + p));
		plugins.start();
		try {
			QdpxImporter importer = new QdpxImporter(plugins, context.studyStore());
			QdpxReport report = context.runWithProgress(monitor -> {
				try {
					return existing != null ? importer.importInto(existing, file, context.actor(), monitor)
							: importer.importNew(dir, file, context.actor(), monitor).report();
				} catch (QdpxException | StudyException e) {
					throw new CoreException(Status.error(e.getMessage(), e));
				}
			});
			context.out().println("Imported " + file + " into " + dir.toAbsolutePath().normalize() + ":");
			print(context, report);
			return ExitCodes.OK;
		} finally {
			plugins.stop();
		}
	}

	private static Path file(Arguments args) throws CommandException {
		List<String> files = args.positionals();
		if (files.size() != 1) {
			throw CommandException.usage("name one .qdpx file");
		}
		return Path.of(files.get(0));
	}

	private static void print(CommandContext context, QdpxReport report) {
		report.lines().forEach(line -> context.out().println("  " + line)); //$NON-NLS-1$
	}
}
