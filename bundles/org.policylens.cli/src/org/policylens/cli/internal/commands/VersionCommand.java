package org.policylens.cli.internal.commands;

import java.util.Set;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.study.StudyStore;

/** {@code policylens version}: the versions to cite and to put in a bug report. */
public final class VersionCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws CommandException {
		context.parse(Set.of(), Set.of());
		Bundle bundle = FrameworkUtil.getBundle(VersionCommand.class);
		IProduct product = Platform.getProduct();
		String name = product != null && product.getName() != null ? product.getName() : "PolicyLens";
		context.out().println(name + " " + (bundle == null ? "(development)" : bundle.getVersion()));
		context.out().println("Study format " + StudyStore.SCHEMA_VERSION);
		context.out().println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
				+ ") on " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		return ExitCodes.OK;
	}
}
