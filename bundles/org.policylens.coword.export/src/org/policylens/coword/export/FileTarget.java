package org.policylens.coword.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The files of an export on disk, written all or none: each part goes to a temporary file next to
 * its target, and only {@link #commit()} moves them into place. {@link #close()} without commit
 * (a failed or canceled export) deletes the temporary files and leaves existing files as they were.
 */
public final class FileTarget implements ExportTarget, AutoCloseable {

	private final Path file;
	private final Map<Path, Path> temporaries = new LinkedHashMap<>();
	private boolean committed;

	/** @param file the file the user named; the other parts go next to it */
	public FileTarget(Path file) {
		this.file = file.toAbsolutePath();
	}

	/**
	 * @param part a part
	 * @return the file that part is written to
	 */
	public Path path(String part) {
		return file.resolveSibling(ExportTarget.partName(file.getFileName().toString(), part));
	}

	@Override
	public OutputStream open(String part) throws IOException {
		Path target = path(part);
		if (temporaries.containsKey(target)) {
			throw new IOException("the part '" + part + "' was written already");
		}
		Files.createDirectories(target.getParent());
		Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		temporaries.put(target, temp);
		return new FilterOutputStream(Files.newOutputStream(temp)) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}
		};
	}

	/**
	 * Moves every written part into place.
	 *
	 * @return the files written, the named file first
	 * @throws IOException if a file cannot be moved
	 */
	public List<Path> commit() throws IOException {
		List<Path> written = new ArrayList<>();
		for (Map.Entry<Path, Path> entry : temporaries.entrySet()) {
			try {
				Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING);
			}
			written.add(entry.getKey());
		}
		committed = true;
		return written;
	}

	/** Deletes the temporary files of an export that was not committed. */
	@Override
	public void close() throws IOException {
		if (!committed) {
			for (Path temp : temporaries.values()) {
				Files.deleteIfExists(temp);
			}
		}
	}
}
