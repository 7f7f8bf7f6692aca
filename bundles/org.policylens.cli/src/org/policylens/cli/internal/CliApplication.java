package org.policylens.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.policylens.study.StudyStore;

/**
 * The headless Equinox application behind {@code policylens <command>}: starts the command
 * registry, runs one command and returns its exit code. It never touches SWT.
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = given instanceof String[] strings ? strings : new String[0];
		context.applicationRunning();
		// commands print Chinese titles and terms: write UTF-8 whatever the locale says
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		CommandRegistryReader commands = new CommandRegistryReader(Platform.getExtensionRegistry(),
				problem -> err.println("policylens: plugin problem: " + problem));
		commands.start();
		try {
			Cli cli = new Cli(commands, new StudyStore(), System.getenv(), System.console() != null, System::nanoTime);
			return Integer.valueOf(cli.run(args, out, err));
		} finally {
			commands.stop();
			out.flush();
			err.flush();
		}
	}

	@Override
	public void stop() {
		// a command runs to its end or is canceled with Ctrl-C
	}
}
