package org.policylens.codebook.internal.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.codebook.CodeChange;
import org.policylens.codebook.CodeField;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookEdit;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.Deletion;
import org.policylens.codebook.MergeResult;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.study.model.LedgerEvent;

/**
 * {@code policylens codebook code --study DIR ID add|rename|move|merge|delete|set ...}: one edit
 * of a study's codebook, saved at once (the codebook one version up). CODE is a guid or a path
 * such as {@code "Supply-based tools/Talent"}.
 */
final class CodeEditCommand {

	private static final Map<String, Set<String>> OPTIONS = Map.of( //
			"add", Set.of("parent", "category"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"rename", Set.of(), //$NON-NLS-1$
			"move", Set.of("to", "top", "position"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"merge", Set.of("into"), //$NON-NLS-1$ //$NON-NLS-2$
			"delete", Set.of("with-children"), //$NON-NLS-1$ //$NON-NLS-2$
			"set", Set.of("colour", "definition", "inclusion", "exclusion", "keywords", "example", "codable")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	int run(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "parent", "to", "position", "into", "colour", "definition", "inclusion", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"exclusion", "keywords", "example", "codable"), Set.of("category", "top", "with-children")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		List<String> words = args.positionals();
		if (words.size() < 2 || !OPTIONS.containsKey(words.get(1))) {
			throw CommandException.usage("give a codebook id and an edit: add, rename, move, merge, delete or set");
		}
		String verb = words.get(1);
		checkOptions(context, verb);
		Codebooks codebooks = new Codebooks(context.openStudy(args), context.actor());
		Codebook codebook = codebooks.get(words.get(0));
		CodebookEdit edit = codebooks.edit(codebook);
		List<String> rest = words.subList(2, words.size());
		List<LedgerEvent> events = switch (verb) {
		case "add" -> single(add(edit, args, rest).event()); //$NON-NLS-1$
		case "rename" -> single(rename(edit, rest).event()); //$NON-NLS-1$
		case "move" -> single(move(edit, args, rest).event()); //$NON-NLS-1$
		case "merge" -> single(merge(context, edit, args, rest).event()); //$NON-NLS-1$
		case "delete" -> single(delete(context, edit, args, rest).event()); //$NON-NLS-1$
		default -> set(edit, args, rest);
		};
		List<LedgerEvent> done = events.stream().filter(e -> e != null).toList();
		if (done.isEmpty()) {
			context.out().println("Nothing to change: " + codebook.getId() + " stays at version " + codebook.getVersion());
			return ExitCodes.OK;
		}
		CodebookCommand.save(context, codebooks);
		done.forEach(e -> context.out().println(e.getSummary()));
		return ExitCodes.OK;
	}

	private static void checkOptions(CommandContext context, String verb) throws CommandException {
		Set<String> allowed = OPTIONS.get(verb);
		for (String arg : context.arguments()) {
			if (arg.startsWith("--")) { //$NON-NLS-1$
				String name = arg.substring(2).replaceFirst("=.*", ""); //$NON-NLS-1$ //$NON-NLS-2$
				if (!name.equals("study") && !allowed.contains(name)) { //$NON-NLS-1$
					throw CommandException.usage("'code " + verb + "' takes no --" + name
							+ (allowed.isEmpty() ? "" : "; it takes --" + String.join(", --", allowed.stream().sorted().toList()))); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
	}

	private static CodeChange add(CodebookEdit edit, Arguments args, List<String> rest) throws CommandException {
		String name = only(rest, "add NAME [--parent CODE] [--category]");
		Code parent = args.option("parent") == null ? null : code(edit, args.option("parent")); //$NON-NLS-1$ //$NON-NLS-2$
		return edit.addCode(parent, name, !args.flag("category")); //$NON-NLS-1$
	}

	private static CodeChange rename(CodebookEdit edit, List<String> rest) throws CommandException {
		if (rest.size() != 2) {
			throw CommandException.usage("rename CODE NEW_NAME");
		}
		return edit.rename(code(edit, rest.get(0)), rest.get(1));
	}

	private static CodeChange move(CodebookEdit edit, Arguments args, List<String> rest) throws CommandException {
		Code code = code(edit, only(rest, "move CODE --to PARENT|--top [--position N]"));
		if (args.flag("top") == (args.option("to") != null)) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage("move takes either --to PARENT or --top");
		}
		Code parent = args.flag("top") ? null : code(edit, args.option("to")); //$NON-NLS-1$ //$NON-NLS-2$
		int position = args.intOption("position", 0); //$NON-NLS-1$
		return edit.move(code, parent, position - 1);
	}

	private static MergeResult merge(CommandContext context, CodebookEdit edit, Arguments args, List<String> rest)
			throws CommandException {
		Code from = code(edit, only(rest, "merge CODE --into CODE"));
		if (args.option("into") == null) { //$NON-NLS-1$
			throw CommandException.usage("merge CODE --into CODE");
		}
		MergeResult result = edit.merge(from, code(edit, args.option("into"))); //$NON-NLS-1$
		result.merged().forEach(m -> context.err().println("  codes " + m.from() + " -> " + m.into())); //$NON-NLS-1$
		return result;
	}

	private static Deletion delete(CommandContext context, CodebookEdit edit, Arguments args, List<String> rest)
			throws CommandException {
		Deletion deletion = edit.delete(code(edit, only(rest, "delete CODE [--with-children]")), args.flag("with-children")); //$NON-NLS-1$
		context.err().println("  deleted " + String.join(", ", deletion.guids())); //$NON-NLS-1$
		return deletion;
	}

	private static List<LedgerEvent> set(CodebookEdit edit, Arguments args, List<String> rest) throws CommandException {
		Code code = code(edit, only(rest, "set CODE [--colour #RRGGBB] [--definition TEXT] [--inclusion TEXT] [--exclusion TEXT] "
				+ "[--keywords A,B,...] [--example TEXT]... [--codable true|false]"));
		List<CodeChange> changes = new ArrayList<>();
		for (CodeField field : CodeField.values()) {
			String key = field == CodeField.EXAMPLES ? "example" : field.key(); //$NON-NLS-1$
			if (args.options(key).isEmpty()) {
				continue;
			}
			String value = args.option(key);
			Object parsed = switch (field) {
			case EXAMPLES -> args.options(key);
			case KEYWORDS -> Arrays.asList(value.split("[,，]")); //$NON-NLS-1$
			case CODABLE -> bool(value);
			case COLOUR -> value.equalsIgnoreCase("none") ? null : value; //$NON-NLS-1$
			default -> value;
			};
			changes.add(edit.set(code, field, parsed));
		}
		if (changes.isEmpty()) {
			throw CommandException.usage("set needs at least one of --colour, --definition, --inclusion, --exclusion, --keywords, --example, --codable");
		}
		return changes.stream().map(CodeChange::event).toList();
	}

	private static List<LedgerEvent> single(LedgerEvent event) {
		return Collections.singletonList(event);
	}

	private static Boolean bool(String value) throws CommandException {
		if (!value.equals("true") && !value.equals("false")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage("--codable is true or false");
		}
		return Boolean.valueOf(value);
	}

	private static Code code(CodebookEdit edit, String reference) {
		return CodeTree.find(edit.getCodebook(), reference);
	}

	private static String only(List<String> rest, String usage) throws CommandException {
		if (rest.size() != 1) {
			throw CommandException.usage(usage);
		}
		return rest.get(0);
	}
}
