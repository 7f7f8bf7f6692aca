package org.policylens.coding.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.CodingException;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.agreement.Agreement;
import org.policylens.coding.agreement.AgreementMeasures;
import org.policylens.coding.agreement.AgreementOptions;
import org.policylens.coding.agreement.AgreementReport;
import org.policylens.study.OpenStudy;

/** {@code policylens code agreement} and {@code code resolve}. */
final class AgreementSubcommand {

	private AgreementSubcommand() {
	}

	private static AgreementOptions options(Arguments args, Codebook codebook, List<Integer> documents) throws CommandException {
		List<String> coders = CodeArguments.list(args.required("coders")); //$NON-NLS-1$
		try {
			return new AgreementOptions(codebook, coders, documents,
					CodeArguments.choice(args, "units", AgreementOptions.Units.class, AgreementOptions.Units.ALL_CLAUSES)); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw CommandException.usage(e.getMessage());
		}
	}

	static int agreement(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "codebook", "coders", "documents", "units"), Set.of("disagreements", "all-codes")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		OpenStudy study = context.openStudy(args);
		Codebook codebook = CodeArguments.codebook(study, args);
		AgreementOptions options = options(args, codebook, CodeArguments.documents(args.option("documents"))); //$NON-NLS-1$
		AgreementReport report = context.runWithProgress(monitor -> Agreement.compute(study, options, monitor));
		PrintStream out = context.out();
		out.println("Agreement of " + String.join(", ", options.coders()) + " on codebook " + codebook.getId() + ": " + report.units() //$NON-NLS-2$
				+ " clause(s) of " + report.documents().size() + " document(s) " + report.documents());
		out.println("code\tpercent\tcohen\tfleiss\talpha\tunits\t" + String.join("\t", options.coders())); //$NON-NLS-1$ //$NON-NLS-2$
		for (AgreementReport.CodeAgreement code : report.codes()) {
			if (code.used() || args.flag("all-codes")) { //$NON-NLS-1$
				out.println(CodeTree.pathOf(code.code()) + "\t" + values(code.values()) + "\t" //$NON-NLS-1$ //$NON-NLS-2$
						+ String.join("\t", code.coded().values().stream().map(String::valueOf).toList())); //$NON-NLS-1$
			}
		}
		out.println("(pooled)\t" + values(report.pooled())); //$NON-NLS-1$
		if (report.codes().stream().noneMatch(AgreementReport.CodeAgreement::used)) {
			context.err().println("policylens: none of " + options.coders() + " coded anything with codebook " + codebook.getId()
					+ (options.documents().isEmpty() ? "" : " in " + options.documents())); //$NON-NLS-1$
		}
		context.err().println(report.disagreements().size() + " disagreement(s)"
				+ (args.flag("disagreements") ? "" : "; list them with --disagreements")); //$NON-NLS-1$ //$NON-NLS-2$
		if (args.flag("disagreements")) { //$NON-NLS-1$
			out.println();
			out.println("policy\tclause\tcode\tcoded by\tnot coded by"); //$NON-NLS-1$
			for (AgreementReport.Disagreement d : report.disagreements()) {
				out.println(d.document() + "\t" + d.clause() + "\t" + CodeTree.pathOf(d.code()) + "\t" + String.join(",", d.codedBy()) + "\t" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						+ String.join(",", d.notCodedBy())); //$NON-NLS-1$
			}
		}
		return ExitCodes.OK;
	}

	private static String values(AgreementMeasures.Values v) {
		return String.join("\t", CodeArguments.number(v.percent()), CodeArguments.number(v.cohen()), CodeArguments.number(v.fleiss()), //$NON-NLS-1$
				CodeArguments.number(v.alpha()), Integer.toString(v.units()));
	}

	static int resolve(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "codebook", "coders", "code", "clause", "document", "consensus", "units"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		if (args.positionals().size() != 1 || !Set.of("accept", "reject").contains(args.positionals().get(0))) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage("say accept (code the clause for the consensus coder) or reject");
		}
		boolean accept = args.positionals().get(0).equals("accept"); //$NON-NLS-1$
		OpenStudy study = context.openStudy(args);
		Codebook codebook = CodeArguments.codebook(study, args);
		Code code = CodeArguments.code(codebook, args.required("code")); //$NON-NLS-1$
		String clause = args.required("clause"); //$NON-NLS-1$
		int document = CodeCommand.documentOf(args, clause);
		AgreementOptions options = options(args, codebook, List.of(document));
		AgreementReport report = Agreement.compute(study, options, null);
		AgreementReport.Disagreement disagreement = report.disagreements().stream()
				.filter(d -> d.code() == code && d.clause().equals(clause)).findFirst()
				.orElseThrow(() -> new CommandException(ExitCodes.FAILURE, options.coders() + " do not disagree on clause " + clause
						+ " of policy " + document + " as " + CodeTree.pathOf(code)));
		String consensus = args.option("consensus", "consensus"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Agreement.resolve(StudyCodings.of(study), disagreement, consensus, accept, context.actor());
		} catch (CodingException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage());
		}
		context.save(study);
		context.out().println("Resolved clause " + clause + " of policy " + document + ": " + (accept ? "coded" : "not coded") + " as "
				+ CodeTree.pathOf(code) + " for " + consensus);
		return ExitCodes.OK;
	}
}
