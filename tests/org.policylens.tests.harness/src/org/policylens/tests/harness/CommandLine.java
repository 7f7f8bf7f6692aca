package org.policylens.tests.harness;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.policylens.cli.internal.Cli;
import org.policylens.cli.internal.CommandRegistryReader;
import org.policylens.study.StudyStore;

/**
 * The {@code policylens} command line in-process, with every installed command: start it before a
 * test, run commands, read what they printed, stop it after.
 */
public final class CommandLine implements AutoCloseable {

	private final CommandRegistryReader commands = new CommandRegistryReader(Platform.getExtensionRegistry(), null);
	private final String user;
	private String out = ""; //$NON-NLS-1$
	private String err = ""; //$NON-NLS-1$

	/** @param user the user the commands run as (the actor of ledger events) */
	public CommandLine(String user) {
		this.user = user;
		commands.start();
	}

	/**
	 * @param args the arguments, as on the command line
	 * @return the exit code
	 */
	public int run(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int code = new Cli(commands, new StudyStore(), Map.of("POLICYLENS_USER", user), false, System::nanoTime) //$NON-NLS-1$
				.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return code;
	}

	/** @return what the last command printed on standard output */
	public String out() {
		return out;
	}

	/** @return what the last command printed on standard error (messages, progress) */
	public String err() {
		return err;
	}

	@Override
	public void close() {
		commands.stop();
	}
}
