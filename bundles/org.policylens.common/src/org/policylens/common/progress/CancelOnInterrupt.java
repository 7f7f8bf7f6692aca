package org.policylens.common.progress;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Turns Ctrl-C (SIGINT, SIGTERM) into a cancellation of a running command: the monitor is marked
 * canceled and the JVM waits up to a grace period for the work to stop at its next check and roll
 * back, so that an interrupted import leaves the study as it was.
 *
 * <pre>
 * try (CancelOnInterrupt guard = CancelOnInterrupt.install(monitor, Duration.ofSeconds(10))) {
 *     importer.run(monitor);
 * }
 * </pre>
 */
public final class CancelOnInterrupt implements AutoCloseable {

	private final CountDownLatch finished = new CountDownLatch(1);
	private final Thread hook;

	private CancelOnInterrupt(IProgressMonitor monitor, Duration grace) {
		hook = new Thread(() -> {
			monitor.setCanceled(true);
			try {
				finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "policylens-cancel-on-interrupt"); //$NON-NLS-1$
	}

	/**
	 * @param monitor the monitor of the running work
	 * @param grace   how long the JVM waits for the work to stop after Ctrl-C
	 * @return the guard; close it when the work is over
	 */
	public static CancelOnInterrupt install(IProgressMonitor monitor, Duration grace) {
		CancelOnInterrupt guard = new CancelOnInterrupt(monitor, grace);
		Runtime.getRuntime().addShutdownHook(guard.hook);
		return guard;
	}

	@Override
	public void close() {
		finished.countDown();
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException e) {
			// the JVM is shutting down already: the hook runs and returns at once
		}
	}
}
