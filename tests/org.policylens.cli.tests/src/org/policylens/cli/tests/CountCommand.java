package org.policylens.cli.tests;

import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;

/** A command contributed by another bundle: counts with progress, and can be canceled. */
public class CountCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("to"), Set.of("cancel"));
		int to = args.intOption("to", 10);
		long sum = context.runWithProgress(monitor -> {
			SubMonitor sub = SubMonitor.convert(monitor, "Counting", to);
			long total = 0;
			for (int i = 1; i <= to; i++) {
				if (args.flag("cancel") && i == to / 2) {
					monitor.setCanceled(true);
				}
				sub.split(1);
				total += i;
			}
			return total;
		});
		context.out().println(sum);
		return ExitCodes.OK;
	}
}
