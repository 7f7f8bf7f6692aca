package org.policylens.coword.export.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.cli.CowordArguments;
import org.policylens.coword.export.CowordExporters;
import org.policylens.coword.export.ExportOptions;

/**
 * {@code policylens coword export --study DIR --format ID --out FILE [--option NAME=VALUE]... [the
 * options of coword build]}: builds the network as {@code coword build} does and writes it with a
 * contributed exporter; {@code --format list} lists the exporters. Contributed to the command
 * {@code coword} of org.policylens.coword with {@code parent="coword"}.
 */
public final class ExportSubcommand implements ICommand {

	private static final String FORMAT = "format"; //$NON-NLS-1$
	private static final String OUT = "out"; //$NON-NLS-1$
	private static final String OPTION = "option"; //$NON-NLS-1$
	private static final String LIST = "list"; //$NON-NLS-1$

	@Override
	public int run(CommandContext context) throws CommandException {
		Arguments args = context.parse(CowordArguments.options(FORMAT, OUT, OPTION), CowordArguments.FLAGS);
		CowordExporters exporters = new CowordExporters(Platform.getExtensionRegistry(), null);
		exporters.start();
		try {
			if (LIST.equals(args.option(FORMAT))) {
				for (CowordExporters.Info info : exporters.list()) {
					context.out().println(info.id() + "\t" + String.join(",", info.extensions()) + "\t" + info.name() + "\t" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							+ info.description());
				}
				return ExitCodes.OK;
			}
			Path out = Path.of(args.required(OUT));
			String format = args.option(FORMAT);
			if (format == null) {
				format = exporters.forFile(out).map(CowordExporters.Info::id).orElseThrow(() -> CommandException
						.usage("give --format: no exporter writes files like " + out.getFileName() + " ('coword export --format list')"));
			}
			String id = format;
			if (exporters.list().stream().noneMatch(info -> info.id().equals(id))) {
				throw CommandException.usage("no exporter '" + id + "'; installed: "
						+ String.join(", ", exporters.list().stream().map(CowordExporters.Info::id).toList()));
			}
			ExportOptions options = options(args.options(OPTION));
			CowordNetwork network = CowordArguments.network(context, args);
			List<Path> written = context.runWithProgress(monitor -> {
				try {
					return exporters.export(network, id, out, options, monitor);
				} catch (IOException | IllegalArgumentException e) {
					throw new CoreException(Status.error("cannot export to " + out + ": " + e.getMessage(), e));
				}
			});
			context.err().println("Exported " + network.terms().size() + " terms and " + network.links().size() + " links as " + id //$NON-NLS-2$ //$NON-NLS-3$
					+ " (seed " + network.seed() + "):"); //$NON-NLS-2$
			written.forEach(file -> context.out().println(file));
			return ExitCodes.OK;
		} finally {
			exporters.stop();
		}
	}

	private static ExportOptions options(List<String> values) throws CommandException {
		Map<String, String> options = new LinkedHashMap<>();
		for (String value : values) {
			int eq = value.indexOf('=');
			if (eq <= 0) {
				throw CommandException.usage("--option takes NAME=VALUE, e.g. weight=count, not '" + value + "'");
			}
			options.put(value.substring(0, eq).trim(), value.substring(eq + 1).trim());
		}
		ExportOptions result = ExportOptions.of(options);
		try {
			result.weight(ExportOptions.Weight.COUNT);
		} catch (IllegalArgumentException e) {
			throw CommandException.usage(e.getMessage());
		}
		return result;
	}
}
