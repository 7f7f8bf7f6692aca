package org.policylens.common.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Shows the progress of long work on a terminal, for the command line: a bar redrawn in place when
 * the stream is a terminal, otherwise one line every ten per cent (so logs stay short). It is an
 * ordinary {@link IProgressMonitor}, so the same code reports to it and to an Eclipse Job; wrap it
 * in a {@link org.eclipse.core.runtime.SubMonitor} as usual.
 * <p>
 * Cancellation comes from outside, e.g. {@link CancelOnInterrupt} when the user presses Ctrl-C.
 */
public final class ConsoleProgressMonitor implements IProgressMonitor {

	private static final long REDRAW_NANOS = 100_000_000L;
	private static final int BAR = 30;
	private static final int WIDTH = 100;

	private final PrintStream out;
	private final boolean interactive;
	private final LongSupplier clock;

	private volatile boolean canceled;
	private String task = ""; //$NON-NLS-1$
	private String subTask = ""; //$NON-NLS-1$
	private double total = UNKNOWN;
	private double worked;
	private long started;
	private long lastDraw = Long.MIN_VALUE;
	private int lastDecile = -1;
	private boolean lineOpen;
	private int spinner;

	/**
	 * @param out         where to draw, usually standard error
	 * @param interactive whether {@code out} is a terminal that understands carriage returns
	 * @param clock       nanosecond clock ({@code System::nanoTime}); tests pass their own
	 */
	public ConsoleProgressMonitor(PrintStream out, boolean interactive, LongSupplier clock) {
		this.out = out;
		this.interactive = interactive;
		this.clock = clock;
	}

	/**
	 * @return a monitor on standard error, drawing in place when a terminal is attached
	 */
	public static ConsoleProgressMonitor onStandardError() {
		return new ConsoleProgressMonitor(System.err, System.console() != null, System::nanoTime);
	}

	@Override
	public synchronized void beginTask(String name, int totalWork) {
		task = name == null ? "" : name; //$NON-NLS-1$
		total = totalWork <= 0 ? UNKNOWN : totalWork;
		worked = 0;
		started = clock.getAsLong();
		lastDecile = -1;
		draw(true);
	}

	@Override
	public synchronized void done() {
		if (total != UNKNOWN) {
			worked = total;
		}
		draw(true);
		if (interactive && lineOpen) {
			out.println();
		}
		double seconds = (clock.getAsLong() - started) / 1e9;
		if (!task.isEmpty()) {
			out.println(String.format(Locale.ROOT, "%s: %s in %.1f s", task, canceled ? "canceled" : "done", seconds)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		out.flush();
		lineOpen = false;
	}

	@Override
	public synchronized void internalWorked(double work) {
		worked += work;
		draw(false);
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public boolean isCanceled() {
		return canceled;
	}

	@Override
	public void setCanceled(boolean value) {
		canceled = value;
	}

	@Override
	public synchronized void setTaskName(String name) {
		task = name == null ? "" : name; //$NON-NLS-1$
		draw(false);
	}

	@Override
	public synchronized void subTask(String name) {
		subTask = name == null ? "" : name; //$NON-NLS-1$
		draw(false);
	}

	/** @return the fraction done, 0..1, or -1 when the total is unknown (for tests) */
	public synchronized double fraction() {
		return total == UNKNOWN ? -1 : Math.min(1.0, worked / total);
	}

	private void draw(boolean force) {
		long now = clock.getAsLong();
		if (interactive) {
			if (!force && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
				return;
			}
			lastDraw = now;
			String line = pad(bar() + " " + label()); //$NON-NLS-1$
			out.print('\r');
			out.print(line);
			out.flush();
			lineOpen = true;
			return;
		}
		int decile = total == UNKNOWN ? 0 : (int) Math.floor(fraction() * 10);
		if (decile != lastDecile) {
			lastDecile = decile;
			String percent = total == UNKNOWN ? "   …" : String.format(Locale.ROOT, "%3d%%", decile * 10); //$NON-NLS-1$ //$NON-NLS-2$
			out.println("[" + percent + "] " + label()); //$NON-NLS-1$ //$NON-NLS-2$
			out.flush();
		}
	}

	private String bar() {
		if (total == UNKNOWN) {
			char[] frames = { '|', '/', '-', '\\' };
			return "[" + frames[spinner++ % frames.length] + "]"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		double f = fraction();
		int filled = (int) Math.round(f * BAR);
		return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ String.format(Locale.ROOT, "%3d%%", Math.round(f * 100)); //$NON-NLS-1$
	}

	private String label() {
		return subTask.isEmpty() ? task : task + " — " + subTask; //$NON-NLS-1$
	}

	private static String pad(String line) {
		if (line.length() > WIDTH) {
			return line.substring(0, WIDTH - 1) + "…"; //$NON-NLS-1$
		}
		return line + " ".repeat(WIDTH - line.length()); //$NON-NLS-1$
	}
}
