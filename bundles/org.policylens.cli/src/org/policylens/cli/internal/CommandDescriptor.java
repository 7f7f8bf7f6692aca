package org.policylens.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.policylens.cli.CommandInfo;
import org.policylens.cli.ICommand;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.LazyExtension;

/**
 * A command contributed to {@code org.policylens.cli.commands}: its declared name, summary and
 * usage, and the command object, created on first use.
 */
public final class CommandDescriptor extends ContributionDescriptor {

	private final CommandInfo info;
	private final LazyExtension<ICommand> command;

	CommandDescriptor(IConfigurationElement element, String name, String parent, String summary, String pointId,
			Consumer<ContributionProblem> problems) {
		super(element, parent.isEmpty() ? name : parent + " " + name, summary); //$NON-NLS-1$
		List<String> usage = new ArrayList<>();
		for (IConfigurationElement child : element.getChildren(CommandRegistryReader.USAGE)) {
			String line = child.getAttribute(CommandRegistryReader.LINE);
			if (line != null && !line.isBlank()) {
				usage.add(line.trim());
			}
		}
		String description = ""; //$NON-NLS-1$
		IConfigurationElement[] descriptions = element.getChildren(CommandRegistryReader.DESCRIPTION);
		if (descriptions.length > 0 && descriptions[0].getValue() != null) {
			description = descriptions[0].getValue().strip();
		}
		this.info = new CommandInfo(name, summary, List.copyOf(usage), description, getContributor(), parent);
		this.command = new LazyExtension<>(element, CommandRegistryReader.CLASS, ICommand.class, pointId, problems);
	}

	/** @return the declared name, summary, usage and description */
	public CommandInfo getInfo() {
		return info;
	}

	/** @return the command, created on first call; empty if it cannot be created */
	public java.util.Optional<ICommand> getCommand() {
		return command.get();
	}

	/** @return why the command could not be created, if it could not */
	public java.util.Optional<ContributionProblem> getFailure() {
		return command.getFailure();
	}
}
