package org.policylens.cli.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.InvalidContributionException;
import org.policylens.common.registry.RegistryReader;

/**
 * Reads {@code org.policylens.cli.commands}. A command's id is what is typed to run it: its name,
 * or for a subcommand the parent's name, a space and its name ({@code plugins install}).
 */
public final class CommandRegistryReader extends RegistryReader<CommandDescriptor> {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.policylens.cli.commands"; //$NON-NLS-1$

	static final String COMMAND = "command"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String PARENT = "parent"; //$NON-NLS-1$
	static final String SUMMARY = "summary"; //$NON-NLS-1$
	static final String CLASS = "class"; //$NON-NLS-1$
	static final String USAGE = "usage"; //$NON-NLS-1$
	static final String LINE = "line"; //$NON-NLS-1$
	static final String DESCRIPTION = "description"; //$NON-NLS-1$

	/**
	 * @param registry    the extension registry
	 * @param problemSink where skipped contributions are reported besides the log, or {@code null}
	 */
	public CommandRegistryReader(IExtensionRegistry registry, Consumer<ContributionProblem> problemSink) {
		super(registry, EXTENSION_POINT, problemSink);
	}

	@Override
	protected CommandDescriptor readElement(IConfigurationElement element) throws InvalidContributionException {
		if (!COMMAND.equals(element.getName())) {
			return null;
		}
		String name = word(required(element, NAME), "command name");
		String parent = optional(element, PARENT, ""); //$NON-NLS-1$
		if (!parent.isEmpty()) {
			word(parent, "parent command name");
		}
		required(element, CLASS);
		String summary = required(element, SUMMARY);
		return new CommandDescriptor(element, name, parent, summary, EXTENSION_POINT, this::report);
	}

	private static String word(String value, String what) throws InvalidContributionException {
		if (!value.matches("[a-z][a-z0-9-]*")) { //$NON-NLS-1$
			throw new InvalidContributionException(
					what + " '" + value + "' must be a lower-case word (letters, digits, '-')");
		}
		return value;
	}
}
