package org.policylens.coword.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.coword.AssociationRule;
import org.policylens.coword.AssociationRules;
import org.policylens.coword.CooccurrenceMatrix;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.Measures;
import org.policylens.coword.NetworkTables;
import org.policylens.coword.cli.CowordArguments;

/** {@code policylens coword build|cluster|rules|evolution|measures}. */
public final class CowordCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		CommandContext sub = context.subcommand();
		return switch (context.arguments().get(0)) {
		case "build" -> build(sub); //$NON-NLS-1$
		case "cluster" -> cluster(sub); //$NON-NLS-1$
		case "rules" -> rules(sub); //$NON-NLS-1$
		case "evolution" -> EvolutionSubcommand.run(sub); //$NON-NLS-1$
		case "measures" -> measures(sub); //$NON-NLS-1$
		default -> throw CommandException.usage("unknown subcommand '" + context.arguments().get(0)
				+ "': build, cluster, rules, evolution or measures (export comes with the exporters plugin)");
		};
	}

	private static int build(CommandContext context) throws CommandException {
		Arguments args = context.parse(CowordArguments.options("out", "links"), CowordArguments.FLAGS); //$NON-NLS-1$ //$NON-NLS-2$
		CowordNetwork network = CowordArguments.network(context, args);
		PrintStream out = context.out();
		about(network, out);
		out.println("cluster\tterm\tfrequency\tlinks\tweight"); //$NON-NLS-1$
		List<CowordNetwork.Term> terms = new ArrayList<>(network.terms());
		terms.sort(Comparator.comparingInt(CowordNetwork.Term::cluster).thenComparingInt(CowordNetwork.Term::index));
		for (CowordNetwork.Term t : terms) {
			out.println(t.cluster() + "\t" + t.label() + "\t" + t.frequency() + "\t" + t.degree() + "\t" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ NetworkTables.number(t.weight()));
		}
		write(context, args.option("out"), w -> NetworkTables.writeTerms(network, w)); //$NON-NLS-1$
		write(context, args.option("links"), w -> NetworkTables.writeLinks(network, w)); //$NON-NLS-1$
		return ExitCodes.OK;
	}

	private static int cluster(CommandContext context) throws CommandException {
		Arguments args = context.parse(CowordArguments.options("out", "terms"), CowordArguments.FLAGS); //$NON-NLS-1$ //$NON-NLS-2$
		int shown = args.intOption("terms", 8); //$NON-NLS-1$
		CowordNetwork network = CowordArguments.network(context, args);
		PrintStream out = context.out();
		about(network, out);
		out.println("cluster\tterms\tcentrality\tdensity\tquadrant\ttop terms"); //$NON-NLS-1$
		for (CowordNetwork.Cluster c : network.clusters()) {
			List<String> top = c.terms().stream().limit(shown).map(i -> network.terms().get(i).label()).toList();
			out.println(c.id() + "\t" + c.size() + "\t" + NetworkTables.number(c.centrality()) + "\t" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ NetworkTables.number(c.density()) + "\t" + c.quadrant().label() + "\t" + String.join(", ", top)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		write(context, args.option("out"), w -> NetworkTables.writeClusters(network, w)); //$NON-NLS-1$
		return ExitCodes.OK;
	}

	private static int rules(CommandContext context) throws CommandException {
		Arguments args = context.parse(CowordArguments.options("min-support", "min-confidence", "min-lift", "sort", "limit", "out"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				CowordArguments.FLAGS);
		Comparator<AssociationRule> order = order(args.option("sort", "lift")); //$NON-NLS-1$ //$NON-NLS-2$
		double support = CowordArguments.number(args, "min-support", 0); //$NON-NLS-1$
		double confidence = CowordArguments.number(args, "min-confidence", 0); //$NON-NLS-1$
		double lift = CowordArguments.number(args, "min-lift", 0); //$NON-NLS-1$
		CooccurrenceMatrix matrix = CowordArguments.matrix(context, args);
		List<AssociationRule> rules;
		try {
			rules = new ArrayList<>(AssociationRules.mine(matrix, support, confidence, lift));
		} catch (IllegalArgumentException e) {
			throw CommandException.usage(e.getMessage());
		}
		rules.sort(order);
		PrintStream out = context.out();
		out.println(String.format(Locale.ROOT, "# %d rule(s) among %d terms in %d units; support >= %s, confidence >= %s, lift >= %s", //$NON-NLS-1$
				rules.size(), matrix.termCount(), matrix.unitCount(), support, confidence, lift));
		out.println("antecedent\tconsequent\tcount\tsupport\tconfidence\tlift\tleverage"); //$NON-NLS-1$
		rules.stream().limit(args.intOption("limit", 50)).forEach(r -> out.println(String.join("\t", r.antecedent(), //$NON-NLS-1$ //$NON-NLS-2$
				r.consequent(), Integer.toString(r.count()), NetworkTables.number(r.support()), NetworkTables.number(r.confidence()),
				NetworkTables.number(r.lift()), NetworkTables.number(r.leverage()))));
		if (rules.isEmpty()) {
			context.err().println("policylens: no rule reaches the minimums; lower --min-support, --min-confidence or --min-lift");
		}
		write(context, args.option("out"), w -> AssociationRules.writeCsv(rules, w)); //$NON-NLS-1$
		return ExitCodes.OK;
	}

	private static int measures(CommandContext context) throws CommandException {
		context.parse(Set.of(), Set.of());
		Measures measures = new Measures(Platform.getExtensionRegistry(), p -> context.err().println("policylens: plugin problem: " + p));
		measures.start();
		try {
			for (Measures.Info info : measures.list()) {
				if (measures.get(info.id()).isPresent()) {
					context.out().println(info.id() + "\t" + info.name() + "\t" + info.description()); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					context.err().println("policylens: the measure " + info.id() + " of " + info.contributor()
							+ " cannot be used (see 'policylens plugins')");
				}
			}
		} finally {
			measures.stop();
		}
		return ExitCodes.OK;
	}

	static void about(CowordNetwork network, PrintStream out) {
		out.println("# " + network.parameters().describe()); //$NON-NLS-1$
		out.println(String.format(Locale.ROOT, "# %d terms, %d links, %d clusters from %d units (seed %d)", //$NON-NLS-1$
				network.terms().size(), network.links().size(), network.clusters().size(), network.matrix().unitCount(),
				network.seed()));
		network.messages().forEach(m -> out.println("# note: " + m)); //$NON-NLS-1$
	}

	private static Comparator<AssociationRule> order(String sort) throws CommandException {
		return switch (sort.toLowerCase(Locale.ROOT)) {
		case "lift" -> AssociationRule.BY_LIFT; //$NON-NLS-1$
		case "confidence" -> AssociationRule.BY_CONFIDENCE; //$NON-NLS-1$
		case "support" -> AssociationRule.BY_SUPPORT; //$NON-NLS-1$
		case "leverage" -> AssociationRule.BY_LEVERAGE; //$NON-NLS-1$
		default -> throw CommandException.usage("--sort is lift, confidence, support or leverage, not '" + sort + "'");
		};
	}

	/** Writes a table. */
	@FunctionalInterface
	interface Table {
		void write(Writer writer) throws IOException;
	}

	static void write(CommandContext context, String file, Table table) throws CommandException {
		if (file == null) {
			return;
		}
		try (Writer writer = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
			table.write(writer);
		} catch (IOException e) {
			throw new CommandException(ExitCodes.FAILURE, file + ": cannot be written (" + e.getMessage() + ")");
		}
		context.err().println("Wrote " + file);
	}
}
