package org.policylens.coding.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.matrix.CodingMatrix;
import org.policylens.coding.matrix.MatrixChart;
import org.policylens.coding.matrix.MatrixCoding;
import org.policylens.coding.matrix.MatrixColumns;
import org.policylens.coding.matrix.MatrixExport;
import org.policylens.coding.matrix.MatrixOptions;
import org.policylens.coding.matrix.Percent;
import org.policylens.study.OpenStudy;
import org.policylens.text.charts.FrequencyChart;

/** {@code policylens code matrix}. */
final class MatrixSubcommand {

	private static final String CODEBOOK_PREFIX = "codebook:"; //$NON-NLS-1$

	private MatrixSubcommand() {
	}

	static int run(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "codebook", "cols", "count", "percent", "layout", "coder", "chi", "output", "chart"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				Set.of("residuals")); //$NON-NLS-1$
		OpenStudy study = context.openStudy(args);
		Codebook rows = CodeArguments.codebook(study, args);
		String cols = args.required("cols"); //$NON-NLS-1$
		MatrixColumns columns;
		if (cols.startsWith(CODEBOOK_PREFIX)) {
			columns = new MatrixColumns.ByCodebook(CodeArguments.codebook(study, cols.substring(CODEBOOK_PREFIX.length())));
		} else if (study.getAttribute(cols) != null) {
			columns = new MatrixColumns.ByAttribute(cols);
		} else {
			throw CommandException.usage("--cols is an attribute or codebook:ID; the study has the attributes "
					+ study.getStudy().getAttributes().stream().map(a -> a.getName()).toList() + " and the codebooks "
					+ Codes.codebooks(study).stream().map(Codebook::getId).toList());
		}
		MatrixOptions options = new MatrixOptions(rows, columns,
				CodeArguments.choice(args, "count", MatrixOptions.Count.class, MatrixOptions.Count.REFERENCES), args.option("coder"), //$NON-NLS-1$ //$NON-NLS-2$
				CodeArguments.choice(args, "chi", MatrixOptions.ChiSquareRows.class, MatrixOptions.ChiSquareRows.LEAVES)); //$NON-NLS-1$
		Percent percent = CodeArguments.choice(args, "percent", Percent.class, Percent.COLUMN); //$NON-NLS-1$
		MatrixExport.Layout layout = CodeArguments.choice(args, "layout", MatrixExport.Layout.class, MatrixExport.Layout.TABLE); //$NON-NLS-1$
		CodingMatrix matrix = context.runWithProgress(monitor -> MatrixCoding.compute(study, options, monitor));
		MatrixExport.about(matrix).forEach(line -> context.out().println("# " + line)); //$NON-NLS-1$
		MatrixExport.lines(matrix, layout, percent).forEach(context.out()::println);
		if (args.flag("residuals") && matrix.chiSquare().isPresent()) { //$NON-NLS-1$
			context.out().println();
			context.out().println("# adjusted standardized residuals; * beyond ±1.96"); //$NON-NLS-1$
			context.out().println("code\t" + String.join("\t", matrix.columns())); //$NON-NLS-1$ //$NON-NLS-2$
			for (int r : matrix.chiSquare().get().rows()) {
				StringBuilder line = new StringBuilder(CodeTree.pathOf(matrix.rows().get(r).code()));
				for (int c = 0; c < matrix.columns().size(); c++) {
					line.append('\t').append(CodeArguments.number(matrix.residual(r, c))).append(matrix.flagged(r, c) ? "*" : ""); //$NON-NLS-1$ //$NON-NLS-2$
				}
				context.out().println(line);
			}
		}
		if (matrix.isEmpty()) {
			context.err().println("policylens: " + String.join("; ", matrix.messages())); //$NON-NLS-1$
		}
		try {
			if (args.option("output") != null) { //$NON-NLS-1$
				MatrixExport.write(matrix, layout, percent, Path.of(args.option("output"))); //$NON-NLS-1$
				context.err().println("Wrote " + args.option("output")); //$NON-NLS-1$
			}
			if (args.option("chart") != null) { //$NON-NLS-1$
				FrequencyChart.write(MatrixChart.create(matrix, percent), Math.max(640, 120 + 60 * matrix.columns().size()), 520,
						Path.of(args.option("chart"))); //$NON-NLS-1$
				context.err().println("Wrote " + args.option("chart")); //$NON-NLS-1$
			}
		} catch (IOException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage());
		}
		return ExitCodes.OK;
	}
}
