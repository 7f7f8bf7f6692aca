package org.policylens.coding.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.policylens.cli.Arguments;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.study.OpenStudy;

/** The arguments the code subcommands share: codebook, code, documents. */
final class CodeArguments {

	private CodeArguments() {
	}

	static Codebook codebook(OpenStudy study, String id) throws CommandException {
		return Codes.codebook(study, id).orElseThrow(() -> new CommandException(ExitCodes.FAILURE, "the study has no codebook '" + id
				+ "'; it has: " + Codes.codebooks(study).stream().map(Codebook::getId).toList()));
	}

	static Codebook codebook(OpenStudy study, Arguments args) throws CommandException {
		return codebook(study, args.required("codebook")); //$NON-NLS-1$
	}

	static Code code(Codebook codebook, String pathOrGuid) throws CommandException {
		return Codes.find(codebook, pathOrGuid).orElseThrow(() -> new CommandException(ExitCodes.FAILURE, "codebook '" + codebook.getId()
				+ "' has no code '" + pathOrGuid + "' (give its path, e.g. 'Supply-based tools/Talent', a name only one code has, or its GUID)"));
	}

	/**
	 * @param value e.g. {@code 1,2,5-7}
	 * @return the policy numbers
	 */
	static List<Integer> documents(String value) throws CommandException {
		List<Integer> numbers = new ArrayList<>();
		if (value == null || value.isBlank()) {
			return numbers;
		}
		for (String part : value.split(",")) { //$NON-NLS-1$
			String p = part.strip();
			try {
				int dash = p.indexOf('-', 1);
				if (dash > 0) {
					int from = Integer.parseInt(p.substring(0, dash).strip());
					int to = Integer.parseInt(p.substring(dash + 1).strip());
					for (int n = from; n <= to; n++) {
						numbers.add(n);
					}
				} else if (!p.isEmpty()) {
					numbers.add(Integer.parseInt(p));
				}
			} catch (NumberFormatException e) {
				throw CommandException.usage("'" + p + "' is not a policy number or range (e.g. 1,2,5-7)");
			}
		}
		return numbers;
	}

	static List<String> list(String value) {
		List<String> items = new ArrayList<>();
		if (value != null) {
			for (String s : value.split(",")) { //$NON-NLS-1$
				if (!s.isBlank()) {
					items.add(s.strip());
				}
			}
		}
		return items;
	}

	static <E extends Enum<E>> E choice(Arguments args, String option, Class<E> type, E defaultValue) throws CommandException {
		String value = args.option(option);
		if (value == null) {
			return defaultValue;
		}
		List<String> names = new ArrayList<>();
		for (E e : type.getEnumConstants()) {
			String name = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
			names.add(name);
			if (name.equals(value.strip().toLowerCase(Locale.ROOT)) || name.startsWith(value.strip().toLowerCase(Locale.ROOT) + "-")) { //$NON-NLS-1$
				return e;
			}
		}
		throw CommandException.usage("--" + option + " must be one of " + String.join(", ", names) + ", not '" + value + "'"); //$NON-NLS-3$
	}

	static String number(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
