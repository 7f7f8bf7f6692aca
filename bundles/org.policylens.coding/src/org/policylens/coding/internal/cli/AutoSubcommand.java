package org.policylens.coding.internal.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.auto.AutoCoders;
import org.policylens.coding.auto.AutoCoding;
import org.policylens.coding.auto.AutoCodingRequest;
import org.policylens.coding.auto.IAutoCoder;
import org.policylens.coding.auto.Proposal;
import org.policylens.study.OpenStudy;

/** {@code policylens code auto} and {@code code autocoders}. */
final class AutoSubcommand {

	private AutoSubcommand() {
	}

	static int list(CommandContext context) throws CommandException {
		context.parse(Set.of(), Set.of());
		AutoCoders autoCoders = start(context);
		try {
			for (AutoCoders.Info info : autoCoders.list()) {
				context.out().println(info.id() + "\t" + info.name() + "\t(" + info.contributor() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
				if (!info.description().isBlank()) {
					context.out().println("\t" + info.description()); //$NON-NLS-1$
				}
			}
		} finally {
			autoCoders.stop();
		}
		return ExitCodes.OK;
	}

	private static AutoCoders start(CommandContext context) {
		AutoCoders autoCoders = new AutoCoders(Platform.getExtensionRegistry(),
				p -> context.err().println("policylens: plugin problem: " + p));
		autoCoders.start();
		return autoCoders;
	}

	static int auto(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "codebook", "autocoder", "documents", "clauses", "min-matches", "coder"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				Set.of("leaves", "accept")); //$NON-NLS-1$ //$NON-NLS-2$
		OpenStudy study = context.openStudy(args);
		Codebook codebook = CodeArguments.codebook(study, args);
		String id = args.option("autocoder", AutoCoders.DICTIONARY); //$NON-NLS-1$
		Map<String, String> options = new HashMap<>();
		if (args.option("min-matches") != null) { //$NON-NLS-1$
			options.put(AutoCodingRequest.MIN_MATCHES, Integer.toString(args.intOption("min-matches", 1))); //$NON-NLS-1$
		}
		if (args.flag("leaves")) { //$NON-NLS-1$
			options.put(AutoCodingRequest.LEAVES_ONLY, "true"); //$NON-NLS-1$
		}
		AutoCodingRequest request = new AutoCodingRequest(study, codebook, CodeArguments.documents(args.option("documents")), //$NON-NLS-1$
				new HashSet<>(CodeArguments.list(args.option("clauses"))), options); //$NON-NLS-1$
		AutoCoders autoCoders = start(context);
		List<Proposal> proposals;
		try {
			IAutoCoder autoCoder = autoCoders.get(id).orElseThrow(() -> new CommandException(ExitCodes.FAILURE, "no auto-coder '" + id
					+ "'; installed: " + autoCoders.list().stream().map(AutoCoders.Info::id).toList()));
			proposals = context.runWithProgress(monitor -> autoCoder.propose(request, monitor));
		} finally {
			autoCoders.stop();
		}
		for (Proposal p : proposals) {
			context.out().println(String.format("%4d  %-14s %s  %.0f  %s", p.document(), p.clause(), CodeTree.pathOf(p.code()), p.score(), //$NON-NLS-1$
					p.evidence()));
		}
		String coder = args.option("coder", AutoCoders.coderId(id)); //$NON-NLS-1$
		context.err().println(proposals.size() + " proposal(s) of " + id + (args.flag("accept") ? "" : "; nothing was coded (add --accept to code them as " + coder + ")")); //$NON-NLS-1$ //$NON-NLS-2$
		if (args.flag("accept") && !proposals.isEmpty()) { //$NON-NLS-1$
			AutoCoding.Accepted accepted = AutoCoding.accept(StudyCodings.of(study), proposals, coder, context.actor());
			context.save(study);
			context.err().println("Coded " + accepted.added().size() + " clause(s) as " + coder
					+ (accepted.skipped() > 0 ? "; " + accepted.skipped() + " coded already" : "")); //$NON-NLS-3$
			accepted.problems().forEach(p -> context.err().println("  not coded: " + p));
		}
		return ExitCodes.OK;
	}
}
