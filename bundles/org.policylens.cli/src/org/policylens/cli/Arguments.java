package org.policylens.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed arguments of a command: options ({@code --name value} or {@code --name=value}),
 * flags ({@code --name}) and positional arguments. An option the command does not know is a
 * usage error, so typos never pass silently. {@code --} ends the options.
 */
public final class Arguments {

	private final Map<String, List<String>> options;
	private final Set<String> flags;
	private final List<String> positionals;

	private Arguments(Map<String, List<String>> options, Set<String> flags, List<String> positionals) {
		this.options = options;
		this.flags = flags;
		this.positionals = positionals;
	}

	/**
	 * @param args          the arguments after the command name
	 * @param valuedOptions the options that take a value, without {@code --}
	 * @param knownFlags    the options that take none, without {@code --}
	 * @return the parsed arguments
	 * @throws CommandException (usage) for an unknown option or a missing value
	 */
	public static Arguments parse(List<String> args, Set<String> valuedOptions, Set<String> knownFlags)
			throws CommandException {
		Map<String, List<String>> options = new LinkedHashMap<>();
		Set<String> flags = new LinkedHashSet<>();
		List<String> positionals = new ArrayList<>();
		boolean onlyPositionals = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (onlyPositionals || !arg.startsWith("--")) { //$NON-NLS-1$
				positionals.add(arg);
				continue;
			}
			if (arg.equals("--")) { //$NON-NLS-1$
				onlyPositionals = true;
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (valuedOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw CommandException.usage("option --" + name + " needs a value");
					}
					value = args.get(++i);
				}
				options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			} else if (knownFlags.contains(name) && value == null) {
				flags.add(name);
			} else {
				throw CommandException.usage("unknown option --" + name
						+ (valuedOptions.isEmpty() && knownFlags.isEmpty() ? "" : "; known: " + describe(valuedOptions, knownFlags)));
			}
		}
		return new Arguments(options, flags, positionals);
	}

	private static String describe(Set<String> valued, Set<String> flags) {
		List<String> all = new ArrayList<>();
		valued.stream().sorted().forEach(o -> all.add("--" + o + " VALUE")); //$NON-NLS-1$ //$NON-NLS-2$
		flags.stream().sorted().forEach(f -> all.add("--" + f)); //$NON-NLS-1$
		return String.join(", ", all); //$NON-NLS-1$
	}

	/**
	 * @param name an option name without {@code --}
	 * @return its (last) value, or {@code null}
	 */
	public String option(String name) {
		List<String> values = options.get(name);
		return values == null ? null : values.get(values.size() - 1);
	}

	/**
	 * @param name         an option name
	 * @param defaultValue the value if the option is absent
	 * @return its value or the default
	 */
	public String option(String name, String defaultValue) {
		String value = option(name);
		return value == null ? defaultValue : value;
	}

	/**
	 * @param name an option that may be repeated
	 * @return all its values in order
	 */
	public List<String> options(String name) {
		return Collections.unmodifiableList(options.getOrDefault(name, List.of()));
	}

	/**
	 * @param name an option name
	 * @return its value
	 * @throws CommandException (usage) if it is absent
	 */
	public String required(String name) throws CommandException {
		String value = option(name);
		if (value == null || value.isBlank()) {
			throw CommandException.usage("option --" + name + " is required");
		}
		return value;
	}

	/**
	 * @param name         an option name
	 * @param defaultValue the value if absent
	 * @return the option as an integer
	 * @throws CommandException (usage) if it is not an integer
	 */
	public int intOption(String name, int defaultValue) throws CommandException {
		String value = option(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw CommandException.usage("option --" + name + " needs a whole number, not '" + value + "'");
		}
	}

	/**
	 * @param name a flag name without {@code --}
	 * @return whether it was given
	 */
	public boolean flag(String name) {
		return flags.contains(name);
	}

	/** @return the positional arguments in order */
	public List<String> positionals() {
		return Collections.unmodifiableList(positionals);
	}
}
