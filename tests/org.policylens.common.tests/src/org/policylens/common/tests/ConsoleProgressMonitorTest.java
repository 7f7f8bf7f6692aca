package org.policylens.common.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;
import org.policylens.common.progress.ConsoleProgressMonitor;
import org.policylens.common.progress.ProgressTasks;

public class ConsoleProgressMonitorTest {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
	private final AtomicLong now = new AtomicLong();

	private String output() {
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void logsOneLineEveryTenPercentWhenNotATerminal() {
		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(out, false, now::get);
		SubMonitor sub = SubMonitor.convert(monitor, "Importing", 100);
		for (int i = 0; i < 100; i++) {
			sub.subTask("file " + i);
			sub.worked(1);
		}
		now.addAndGet(2_500_000_000L);
		monitor.done();
		List<String> lines = output().lines().toList();
		assertEquals("[  0%] Importing", lines.get(0));
		assertEquals(12, lines.size(), output());
		assertTrue(lines.get(5).startsWith("[ 50%] Importing — file"), lines.get(5));
		assertEquals("[100%] Importing — file 99", lines.get(10));
		assertEquals("Importing: done in 2.5 s", lines.get(11));
	}

	@Test
	void redrawsInPlaceAtMostTenTimesASecondOnATerminal() {
		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(out, true, now::get);
		monitor.beginTask("Indexing", 1000);
		for (int i = 0; i < 1000; i++) {
			monitor.worked(1);
			now.addAndGet(1_000_000L); // 1 ms per step: one second in all
		}
		monitor.done();
		long redraws = output().chars().filter(c -> c == '\r').count();
		assertTrue(redraws >= 10 && redraws <= 13, "redraws: " + redraws);
		assertTrue(output().contains("[##############################] 100% Indexing"), output());
		assertTrue(output().endsWith("Indexing: done in 1.0 s\n"), output());
	}

	@Test
	void unknownTotalShowsASpinner() {
		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(out, true, now::get);
		monitor.beginTask("Reading", ConsoleProgressMonitor.UNKNOWN);
		assertEquals(-1.0, monitor.fraction());
		assertTrue(output().startsWith("\r[|] Reading"), output());
	}

	@Test
	void runInConsoleReturnsTheResultAndPassesCancellationOn() throws CoreException {
		String result = ProgressTasks.runInConsole(m -> {
			SubMonitor.convert(m, "Counting", 2).worked(2);
			return "42";
		}, out, false, now::get);
		assertEquals("42", result);
		try {
			ProgressTasks.runInConsole(m -> {
				m.setCanceled(true);
				SubMonitor.convert(m, 1).checkCanceled();
				return "never";
			}, out, false, now::get);
			throw new AssertionError("expected a cancellation");
		} catch (OperationCanceledException expected) {
			// the CLI turns this into exit code 130
		}
	}
}
