package org.policylens.tests.harness;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of a test of command-line commands: a fresh in-process {@link CommandLine} per test,
 * run as the user "tester", with what the last command printed in {@link #out} and {@link #err}.
 */
public abstract class CommandLineTest {

	/** The command line of the running test. */
	protected CommandLine cli;

	/** What the last {@link #run(String...)} printed on standard output. */
	protected String out;

	/** What the last {@link #run(String...)} printed on standard error. */
	protected String err;

	@BeforeEach
	final void startCommandLine() {
		cli = new CommandLine("tester");
	}

	@AfterEach
	final void stopCommandLine() {
		cli.close();
	}

	/**
	 * @param args the command line, e.g. {@code "corpus", "list", "--study", dir}
	 * @return its exit code
	 */
	protected int run(String... args) {
		int code = cli.run(args);
		out = cli.out();
		err = cli.err();
		return code;
	}
}
