package org.policylens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.internal.Cli;
import org.policylens.cli.internal.CommandRegistryReader;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.study.StudyStore;

public class CliTest {

	@TempDir
	Path tmp;

	private final List<ContributionProblem> problems = new ArrayList<>();
	private CommandRegistryReader commands;
	private String out;
	private String err;

	@BeforeEach
	void start() {
		commands = new CommandRegistryReader(Platform.getExtensionRegistry(), problems::add);
		commands.start();
	}

	@AfterEach
	void stop() {
		commands.stop();
	}

	private int run(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		Cli cli = new Cli(commands, new StudyStore(), Map.of("POLICYLENS_USER", "alice"), false, System::nanoTime);
		int code = cli.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return code;
	}

	@Test
	void helpListsEveryCommandWithoutLoadingAny() {
		assertEquals(ExitCodes.OK, run("help"));
		for (String command : List.of("help", "version", "study", "plugins", "count", "broken")) {
			assertTrue(out.contains("\n  " + command + " "), command + " listed:\n" + out);
		}
		assertTrue(out.contains("Exit codes: 0 done, 1 failed, 2 wrong command line"), out);
		assertEquals(out, runAndGetOut("--help"));
		assertEquals(out, runAndGetOut(), "no command: help");
	}

	private String runAndGetOut(String... args) {
		run(args);
		return out;
	}

	@Test
	void helpForOneCommandShowsItsUsage() {
		assertEquals(ExitCodes.OK, run("help", "study"));
		assertTrue(out.startsWith("study — Creates a study folder"), out);
		assertTrue(out.contains("  policylens study create --study DIR [--title TEXT] [--description TEXT]"), out);
		assertTrue(out.contains("(contributed by org.policylens.cli)"), out);
		assertEquals(ExitCodes.USAGE, run("help", "nosuch"));
	}

	@Test
	void versionNamesPolicyLensJavaAndTheStudyFormat() {
		assertEquals(ExitCodes.OK, run("version"));
		assertTrue(out.matches("(?s)PolicyLens 0\\.1\\.0\\..*Study format 1\n.*Java 17.*"), out);
	}

	@Test
	void studyCreateInfoAttributeAndHistory() throws Exception {
		Path dir = tmp.resolve("smart city");
		assertEquals(ExitCodes.OK, run("study", "create", "--study", dir.toString(), "--title", "智慧城市政策 (sample)"));
		assertTrue(out.startsWith("Created the study “智慧城市政策 (sample)” in " + dir), out);
		assertTrue(Files.exists(dir.resolve("study.policylens")));

		assertEquals(ExitCodes.OK, run("--as", "bob", "study", "attribute", "--study", dir.toString(), "--name", "city",
				"--type", "category", "--label", "City", "--values", "北京,上海,广州,深圳"));
		assertEquals(ExitCodes.OK, run("study", "info", "--study", dir.toString()));
		assertTrue(out.contains("Title:        智慧城市政策 (sample)"), out);
		assertTrue(out.contains("  city  (category)  City: 北京, 上海, 广州, 深圳"), out);
		assertTrue(out.contains("History:      2 event(s)"), out);
		assertTrue(out.contains("by bob: Defined the case attribute city"), out);

		assertEquals(ExitCodes.OK, run("study", "history", "--study", dir.toString()));
		List<String> lines = out.lines().toList();
		assertEquals(2, lines.size(), out);
		assertTrue(lines.get(0).matches("#1\t\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\talice\tstudy.created\t.*"), lines.get(0));
		assertTrue(lines.get(1).contains("\tbob\tstudy.attribute.defined\tDefined the case attribute city\t{name=city, type=category, values=北京,上海,广州,深圳}"), lines.get(1));
	}

	@Test
	void wrongCommandLinesExitWithTwo() {
		assertEquals(ExitCodes.USAGE, run("studdy"));
		assertTrue(err.contains("unknown command 'studdy' (did you mean 'study'?)"), err);
		assertEquals(ExitCodes.USAGE, run("study", "info"));
		assertTrue(err.contains("option --study is required"), err);
		assertEquals(ExitCodes.USAGE, run("study", "info", "--study", tmp.toString(), "--colour", "red"));
		assertTrue(err.contains("unknown option --colour"), err);
		assertEquals(ExitCodes.USAGE, run("--frobnicate"));
		assertEquals(ExitCodes.USAGE, run("plugins", "instal"));
		assertTrue(err.contains("'plugins' has no subcommand 'instal'"), err);
		assertEquals(ExitCodes.USAGE, run("study", "attribute", "--study", tmp.toString(), "--name", "city", "--type", "colour"));
	}

	@Test
	void aFolderThatIsNotAStudyExitsWithThree() {
		assertEquals(ExitCodes.STUDY, run("study", "info", "--study", tmp.toString()));
		assertTrue(err.contains("is not a PolicyLens study"), err);
	}

	@Test
	void commandsFromOtherBundlesRunWithProgressAndCanBeCanceled() {
		assertEquals(ExitCodes.OK, run("count", "--to", "100"));
		assertEquals("5050\n", out);
		assertTrue(err.contains("[100%] Counting"), err);
		assertTrue(err.contains("Counting: done in"), err);
		assertEquals(ExitCodes.CANCELED, run("count", "--to", "100", "--cancel"));
		assertTrue(err.contains("canceled; nothing was changed"), err);
		assertEquals("", out);
	}

	@Test
	void aPluginContributesASubcommandToAnotherPluginsCommand() {
		assertEquals(ExitCodes.OK, run("version", "count", "--to", "4"));
		assertEquals("10\n", out, "the subcommand ran, not 'version'");
		assertEquals(ExitCodes.OK, run("version"), "the command itself still runs");
		assertTrue(out.startsWith("PolicyLens "), out);

		assertEquals(ExitCodes.USAGE, run("version", "count", "--colour", "red"));
		assertTrue(err.contains("policylens version count: unknown option --colour"), err);
		assertTrue(err.contains("Run 'policylens help version count' for its usage."), err);

		assertEquals(ExitCodes.OK, run("help"));
		assertTrue(out.contains("\n  version count  Counts to N as a subcommand (test)"), out);
		assertEquals(ExitCodes.OK, run("help", "version"));
		assertTrue(out.contains("  policylens version count --to N"), "its usage under its parent:\n" + out);
		assertTrue(out.contains("  count  Counts to N as a subcommand (test)  (org.policylens.cli.tests)"), out);
		assertEquals(ExitCodes.OK, run("help", "version", "count"));
		assertTrue(out.startsWith("version count — Counts to N as a subcommand (test)"), out);
		assertTrue(out.contains("(contributed by org.policylens.cli.tests)"), out);
	}

	@Test
	void brokenPluginsAreReportedAndDoNotStopTheOthers() {
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().contains("command name 'Bad Name' must be a lower-case word"), problems.toString());
		assertEquals("org.policylens.cli.tests", problems.get(0).contributor());

		assertEquals(ExitCodes.FAILURE, run("broken"));
		assertTrue(err.contains("the command 'broken' from org.policylens.cli.tests cannot be started"), err);
		assertTrue(err.contains("org.policylens.cli.tests.Missing"), err);
		assertEquals(ExitCodes.OK, run("version"), "the other commands still work");
	}

	@Test
	void pluginsListsExtensionPointsContributionsAndProblems() {
		assertEquals(ExitCodes.FAILURE, run("plugins"), "exit code 1 while a contribution is broken");
		assertTrue(out.contains("org.policylens.cli.commands  — Command-line commands  (declared by org.policylens.cli, 8 contribution(s))"), out);
		assertTrue(out.matches("(?s).*\n    study +org\\.policylens\\.cli +Creates a study folder.*"), out);
		assertTrue(out.matches("(?s).*\n    count +org\\.policylens\\.cli\\.tests +Counts to N.*"), out);
		assertTrue(out.matches("(?s).*\n  ! broken +org\\.policylens\\.cli\\.tests .*\n      broken: class org\\.policylens\\.cli\\.tests\\.Missing cannot be loaded.*"), out);

		assertEquals(ExitCodes.FAILURE, run("plugins", "--tsv"));
		List<String> lines = out.lines().toList();
		assertEquals("extension_point\tcontributor\telement\tid\tlabel\tclass\tstatus", lines.get(0));
		assertTrue(lines.contains("org.policylens.cli.commands\torg.policylens.cli\tcommand\thelp\tShows the commands, or how to use one\torg.policylens.cli.internal.commands.HelpCommand\tok"), out);
		assertTrue(lines.contains("org.policylens.cli.commands\torg.policylens.cli.tests\tcommand\tBad Name\tHas a name that is not a word (test)\torg.policylens.cli.tests.CountCommand\tbroken: id 'Bad Name' contains spaces"), out);
	}
}
