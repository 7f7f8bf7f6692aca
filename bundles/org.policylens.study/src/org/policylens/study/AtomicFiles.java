package org.policylens.study;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Writes a file so that readers see either the old or the new content, never a part: the content
 * goes to a temporary file next to the target, is forced to disk and then renamed over the
 * target in one step. If writing fails or the process dies half way, the target is untouched and
 * at most a temporary file is left, which {@link #removeLeftovers(Path)} cleans up.
 * <p>
 * Every save of PolicyLens goes through here.
 */
public final class AtomicFiles {

	/** What a save writes: called once with the stream of the temporary file. */
	@FunctionalInterface
	public interface Content {
		/**
		 * @param out the stream; do not close it
		 * @throws IOException if the content cannot be written
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	private static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$

	private final UnaryOperator<OutputStream> filter;

	/** Plain atomic writes. */
	public AtomicFiles() {
		this(UnaryOperator.identity());
	}

	/**
	 * @param filter wraps the stream of every temporary file; tests use it to make a write fail
	 *               half way, tools to count bytes
	 */
	public AtomicFiles(UnaryOperator<OutputStream> filter) {
		this.filter = filter;
	}

	/**
	 * @param target  the file to write
	 * @param content what to write
	 * @throws IOException if anything fails; the target then still has its old content
	 */
	public void write(Path target, Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX); //$NON-NLS-1$ //$NON-NLS-2$
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				OutputStream out = filter.apply(Channels.newOutputStream(channel));
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
			syncDirectory(dir);
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/**
	 * Deletes temporary files that an interrupted write of {@code target} left behind.
	 *
	 * @param target a file written with {@link #write}
	 * @return how many were deleted
	 * @throws IOException if the folder cannot be listed
	 */
	public static int removeLeftovers(Path target) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		int removed = 0;
		String prefix = "." + target.getFileName() + "."; //$NON-NLS-1$ //$NON-NLS-2$
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> {
			String name = p.getFileName().toString();
			return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX);
		})) {
			for (Path leftover : entries) {
				Files.deleteIfExists(leftover);
				removed++;
			}
		}
		return removed;
	}

	private static void syncDirectory(Path dir) {
		// make the rename itself durable; not every platform can open a directory, which is fine
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort
		}
	}
}
