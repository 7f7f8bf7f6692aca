package org.policylens.coding.internal.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.ClauseUnit;
import org.policylens.coding.CodingException;
import org.policylens.coding.CodingFilter;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coder;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingOrigin;
import org.policylens.study.OpenStudy;

/**
 * {@code policylens code list|add|remove|memo|coders|auto|autocoders|matrix|agreement|resolve}.
 */
public final class CodeCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		CommandContext sub = context.subcommand();
		return switch (context.arguments().get(0)) {
		case "list" -> list(sub); //$NON-NLS-1$
		case "add" -> add(sub); //$NON-NLS-1$
		case "remove" -> remove(sub); //$NON-NLS-1$
		case "memo" -> memo(sub); //$NON-NLS-1$
		case "coders" -> coders(sub); //$NON-NLS-1$
		case "auto" -> AutoSubcommand.auto(sub); //$NON-NLS-1$
		case "autocoders" -> AutoSubcommand.list(sub); //$NON-NLS-1$
		case "matrix" -> MatrixSubcommand.run(sub); //$NON-NLS-1$
		case "agreement" -> AgreementSubcommand.agreement(sub); //$NON-NLS-1$
		case "resolve" -> AgreementSubcommand.resolve(sub); //$NON-NLS-1$
		default -> throw CommandException.usage("unknown subcommand '" + context.arguments().get(0)
				+ "': list, add, remove, memo, coders, auto, autocoders, matrix, agreement or resolve");
		};
	}

	private static int list(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "document", "coder", "codebook", "code"), Set.of("tsv")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		OpenStudy study = context.openStudy(args);
		CodingFilter filter = CodingFilter.ALL;
		if (args.option("document") != null) { //$NON-NLS-1$
			filter = filter.document(args.intOption("document", 0)); //$NON-NLS-1$
		}
		if (args.option("coder") != null) { //$NON-NLS-1$
			filter = filter.coder(args.option("coder")); //$NON-NLS-1$
		}
		if (args.option("codebook") != null) { //$NON-NLS-1$
			Codebook codebook = CodeArguments.codebook(study, args);
			filter = filter.codebook(codebook);
			if (args.option("code") != null) { //$NON-NLS-1$
				filter = filter.code(CodeArguments.code(codebook, args.option("code")), true); //$NON-NLS-1$
			}
		} else if (args.option("code") != null) { //$NON-NLS-1$
			throw CommandException.usage("--code needs --codebook");
		}
		List<Coding> codings = StudyCodings.of(study).find(filter);
		PrintStream out = context.out();
		if (args.flag("tsv")) { //$NON-NLS-1$
			out.println("guid\tpolicy\tclause\tstart\tend\tcodebook\tcode\tcoder\torigin\tmemo\tevidence"); //$NON-NLS-1$
			for (Coding c : codings) {
				out.println(String.join("\t", c.getGuid(), Integer.toString(c.getDocument()), nullToEmpty(c.getClause()), //$NON-NLS-1$
						Integer.toString(c.getStart()), Integer.toString(c.getEnd()), codebookId(c), CodeTree.pathOf(c.getCode()), c.getCoder(),
						c.getOrigin().getLiteral(), nullToEmpty(c.getMemo()), nullToEmpty(c.getEvidence())));
			}
			return ExitCodes.OK;
		}
		if (codings.isEmpty()) {
			context.err().println("No codings" + (filter.equals(CodingFilter.ALL) ? " yet: policylens code add|auto ..." : " match"));
		}
		for (Coding c : codings) {
			out.println(line(c));
		}
		return ExitCodes.OK;
	}

	static String line(Coding c) {
		String note = c.getMemo() != null ? "  memo: " + c.getMemo() : c.getEvidence() != null ? "  " + c.getEvidence() : ""; //$NON-NLS-3$
		return String.format("%s  %4d  %-14s [%d-%d]  %s  (%s%s)%s", c.getGuid().substring(0, 8), c.getDocument(), //$NON-NLS-1$
				ClauseUnit.of(c).clause(), c.getStart(), c.getEnd(), CodeTree.pathOf(c.getCode()), c.getCoder(),
				c.getOrigin() == CodingOrigin.MANUAL ? "" : ", " + c.getOrigin().getLiteral(), note); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int add(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "codebook", "code", "clause", "document", "span", "coder", "memo"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		OpenStudy study = context.openStudy(args);
		Code code = CodeArguments.code(CodeArguments.codebook(study, args), args.required("code")); //$NON-NLS-1$
		String coder = args.option("coder", context.actor()); //$NON-NLS-1$
		StudyCodings codings = StudyCodings.of(study);
		Coding coding;
		try {
			if (args.option("span") != null) { //$NON-NLS-1$
				int[] span = span(args.option("span")); //$NON-NLS-1$
				int document = args.intOption("document", -1); //$NON-NLS-1$
				if (document < 0) {
					throw CommandException.usage("--span needs --document N");
				}
				coding = codings.codeSpan(code, document, span[0], span[1], coder, args.option("memo")); //$NON-NLS-1$
			} else {
				String clause = args.required("clause"); //$NON-NLS-1$
				coding = codings.codeClause(code, documentOf(args, clause), clause, coder, args.option("memo")); //$NON-NLS-1$
			}
		} catch (CodingException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage());
		} catch (IllegalArgumentException e) {
			throw CommandException.usage(e.getMessage());
		}
		context.save(study);
		context.out().println(line(coding));
		return ExitCodes.OK;
	}

	static int documentOf(Arguments args, String clause) throws CommandException {
		if (args.option("document") != null) { //$NON-NLS-1$
			return args.intOption("document", 0); //$NON-NLS-1$
		}
		String first = clause.split("-", 2)[0]; //$NON-NLS-1$
		try {
			return Integer.parseInt(first);
		} catch (NumberFormatException e) {
			throw CommandException.usage("clause '" + clause + "' does not start with a policy number; give --document N");
		}
	}

	private static int[] span(String value) throws CommandException {
		String[] parts = value.split("-"); //$NON-NLS-1$
		try {
			if (parts.length == 2) {
				return new int[] { Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()) };
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw CommandException.usage("--span is START-END (character offsets), not '" + value + "'");
	}

	private static int remove(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "guid", "codebook", "code", "clause", "document", "coder"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		OpenStudy study = context.openStudy(args);
		StudyCodings codings = StudyCodings.of(study);
		List<Coding> removing = new ArrayList<>();
		if (args.option("guid") != null) { //$NON-NLS-1$
			removing.add(byGuid(codings, args.option("guid"))); //$NON-NLS-1$
		} else {
			Code code = CodeArguments.code(CodeArguments.codebook(study, args), args.required("code")); //$NON-NLS-1$
			String clause = args.required("clause"); //$NON-NLS-1$
			String coder = args.option("coder", context.actor()); //$NON-NLS-1$
			int document = documentOf(args, clause);
			codings.find(CodingFilter.ALL.document(document).code(code, false).coder(coder)).stream()
					.filter(c -> clause.equals(c.getClause())).forEach(removing::add);
			if (removing.isEmpty()) {
				throw new CommandException(ExitCodes.FAILURE, coder + " has not coded clause " + clause + " of policy " + document + " as "
						+ CodeTree.pathOf(code));
			}
		}
		for (Coding coding : removing) {
			codings.remove(coding, context.actor());
			context.out().println("removed " + line(coding));
		}
		context.save(study);
		return ExitCodes.OK;
	}

	private static Coding byGuid(StudyCodings codings, String guid) throws CommandException {
		List<Coding> matching = codings.find(CodingFilter.ALL).stream().filter(c -> c.getGuid().startsWith(guid.strip())).toList();
		if (matching.size() != 1) {
			throw new CommandException(ExitCodes.FAILURE, (matching.isEmpty() ? "no coding " : "more than one coding starts with ") + guid);
		}
		return matching.get(0);
	}

	private static int memo(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "guid", "memo"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		OpenStudy study = context.openStudy(args);
		StudyCodings codings = StudyCodings.of(study);
		Coding coding = byGuid(codings, args.required("guid")); //$NON-NLS-1$
		if (codings.setMemo(coding, args.option("memo"), context.actor())) { //$NON-NLS-1$
			context.save(study);
		}
		context.out().println(line(coding));
		return ExitCodes.OK;
	}

	private static int coders(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of()); //$NON-NLS-1$
		StudyCodings codings = StudyCodings.of(context.openStudy(args));
		for (Coder coder : codings.coders()) {
			long n = codings.find(CodingFilter.ALL.coder(coder.getId())).size();
			context.out().println(coder.getId() + "\t" + n + " coding(s)\t" + coder.getGuid()); //$NON-NLS-1$
		}
		return ExitCodes.OK;
	}

	private static String codebookId(Coding c) {
		Codebook book = CodeTree.codebookOf(c.getCode());
		return book == null ? "" : book.getId(); //$NON-NLS-1$
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
