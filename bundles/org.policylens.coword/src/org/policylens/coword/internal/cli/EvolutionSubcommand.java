package org.policylens.coword.internal.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.NetworkTables;
import org.policylens.coword.TermEvolution;
import org.policylens.coword.cli.CowordArguments;

/**
 * {@code policylens coword evolution --periods 2018-2019,2020-2022 ...}: one network per period with
 * the same options, then terms that are stable, new or gone and the clusters that continue.
 */
final class EvolutionSubcommand {

	private EvolutionSubcommand() {
	}

	static int run(CommandContext context) throws CommandException {
		List<String> parameters = new ArrayList<>(context.arguments());
		Arguments args = context.parse(CowordArguments.options("periods", "min-overlap"), CowordArguments.FLAGS); //$NON-NLS-1$ //$NON-NLS-2$
		if (args.option("years") != null) { //$NON-NLS-1$
			throw CommandException.usage("evolution takes --periods, not --years");
		}
		String[] periods = args.required("periods").split(","); //$NON-NLS-1$ //$NON-NLS-2$
		if (periods.length < 2) {
			throw CommandException.usage("--periods needs two or more periods, e.g. 2018-2019,2020-2022");
		}
		List<String> labels = new ArrayList<>();
		List<CowordNetwork> networks = new ArrayList<>();
		for (String period : periods) {
			CowordArguments.years(period);
			List<String> withYears = withoutPeriods(parameters);
			withYears.add("--years"); //$NON-NLS-1$
			withYears.add(period.strip());
			Arguments periodArgs = Arguments.parse(withYears, CowordArguments.options("min-overlap"), CowordArguments.FLAGS); //$NON-NLS-1$
			context.err().println("Period " + period.strip());
			labels.add(period.strip());
			networks.add(CowordArguments.network(context, periodArgs));
		}
		TermEvolution evolution = TermEvolution.compare(labels, networks);
		PrintStream out = context.out();
		for (int p = 0; p < labels.size(); p++) {
			out.println("# " + labels.get(p) + ": " + networks.get(p).terms().size() + " terms, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ networks.get(p).clusters().size() + " clusters, " + networks.get(p).matrix().unitCount() + " units"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.println("term\tstatus\t" + String.join("\t", labels.stream().map(l -> "freq " + l + "\tcluster " + l).toList())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (TermEvolution.TermTrack track : evolution.terms()) {
			StringBuilder line = new StringBuilder(track.term()).append('\t').append(track.status().name().toLowerCase(java.util.Locale.ROOT));
			for (int p = 0; p < labels.size(); p++) {
				line.append('\t').append(track.frequencies().get(p)).append('\t').append(track.clusters().get(p));
			}
			out.println(line);
		}
		double minOverlap = CowordArguments.number(args, "min-overlap", 0.2); //$NON-NLS-1$
		out.println();
		out.println("from\tcluster\tto\tcluster\tshared\tjaccard\tinclusion"); //$NON-NLS-1$
		for (TermEvolution.ClusterFlow flow : evolution.flows()) {
			if (flow.inclusion() >= minOverlap) {
				out.println(labels.get(flow.fromPeriod()) + "\t" + flow.fromCluster() + "\t" + labels.get(flow.fromPeriod() + 1) //$NON-NLS-1$ //$NON-NLS-2$
						+ "\t" + flow.toCluster() + "\t" + flow.shared() + "\t" + NetworkTables.number(flow.jaccard()) + "\t" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ NetworkTables.number(flow.inclusion()));
			}
		}
		return ExitCodes.OK;
	}

	/** @return the command line without its --periods options (as "--periods V" or "--periods=V") */
	private static List<String> withoutPeriods(List<String> parameters) {
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < parameters.size(); i++) {
			String parameter = parameters.get(i);
			if ("--periods".equals(parameter)) { //$NON-NLS-1$
				i++;
			} else if (!parameter.startsWith("--periods=")) { //$NON-NLS-1$
				rest.add(parameter);
			}
		}
		return rest;
	}
}
