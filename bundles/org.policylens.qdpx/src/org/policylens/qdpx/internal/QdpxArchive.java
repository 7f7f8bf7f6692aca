package org.policylens.qdpx.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.policylens.qdpx.ProjectSchema;
import org.policylens.qdpx.QdpxException;
import org.policylens.qdpx.QdpxLimits;

/**
 * A {@code .qdpx} archive opened for reading, checked before anything is unpacked: no more
 * entries than the limit; no entry whose name is absolute ({@code /etc/passwd}, {@code C:\...}) or
 * whose normalised path leaves the archive's folder ({@code ../../x}, "zip slip"); not more
 * uncompressed bytes altogether than the limit; no large entry compressed more than the limit's
 * ratio (a zip bomb). Entries are read into memory only, never written under their own names, and
 * each read stops at the size the archive declared.
 */
public final class QdpxArchive implements Closeable {

	private final ZipFile zip;
	private final String name;
	private final Map<String, ZipEntry> entries;
	private final Map<String, ZipEntry> lowerCase = new LinkedHashMap<>();

	private QdpxArchive(ZipFile zip, String name, Map<String, ZipEntry> entries) {
		this.zip = zip;
		this.name = name;
		this.entries = entries;
		entries.forEach((k, v) -> lowerCase.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
	}

	/**
	 * @param file   a {@code .qdpx} file
	 * @param limits what it may hold
	 * @return the archive, checked
	 * @throws QdpxException if it is not a zip archive, is unsafe or too large, or has no
	 *                       {@code project.qde}
	 */
	public static QdpxArchive open(Path file, QdpxLimits limits) throws QdpxException {
		String name = file.getFileName().toString();
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		} catch (ZipException e) {
			throw new QdpxException(name + " is not a REFI-QDA project: it is not a zip archive (" + e.getMessage() + ")", -1, -1, e);
		} catch (IOException e) {
			throw new QdpxException("cannot read " + file + ": " + e.getMessage(), -1, -1, e);
		}
		try {
			Map<String, ZipEntry> entries = check(zip, name, limits);
			if (!entries.containsKey(ProjectSchema.PROJECT_FILE)) {
				throw new QdpxException(name + " is not a REFI-QDA project: it has no " + ProjectSchema.PROJECT_FILE);
			}
			return new QdpxArchive(zip, name, entries);
		} catch (QdpxException | RuntimeException e) {
			closeQuietly(zip);
			throw e;
		}
	}

	private static Map<String, ZipEntry> check(ZipFile zip, String name, QdpxLimits limits) throws QdpxException {
		Map<String, ZipEntry> entries = new LinkedHashMap<>();
		long total = 0;
		int count = 0;
		Enumeration<? extends ZipEntry> all = zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			if (++count > limits.maxEntries()) {
				throw new QdpxException(name + " is refused: it has more than " + limits.maxEntries() + " entries");
			}
			String path = safePath(entry.getName()).orElseThrow(() -> new QdpxException(name + " is refused: its entry '"
					+ entry.getName() + "' is an absolute path or leads out of the archive's folder, as archives made to write "
					+ "files elsewhere do"));
			long size = entry.getSize();
			long compressed = entry.getCompressedSize();
			if (size < 0) {
				throw new QdpxException(name + " is refused: its entry '" + entry.getName() + "' does not declare its size");
			}
			total += size;
			if (total > limits.maxTotalBytes()) {
				throw new QdpxException(name + " is refused: unpacked it would be larger than " + megabytes(limits.maxTotalBytes())
						+ " (" + megabytes(total) + " counted so far)");
			}
			if (size > limits.ratioThreshold() && compressed >= 0 && size > compressed * limits.maxRatio()) {
				throw new QdpxException(name + " is refused: its entry '" + entry.getName() + "' is compressed " + size / Math.max(1, compressed)
						+ " to 1 (" + megabytes(size) + " from " + megabytes(compressed) + "), as archives made to fill the disk are; "
						+ "PolicyLens accepts up to " + limits.maxRatio() + " to 1");
			}
			if (!entry.isDirectory()) {
				entries.put(path, entry);
			}
		}
		return entries;
	}

	/**
	 * @param entryName a name in an archive
	 * @return the name with {@code /} separators and no {@code .} segments, or empty if it is
	 *         absolute or its normalised path leaves the archive's folder
	 */
	public static Optional<String> safePath(String entryName) {
		String path = entryName.replace('\\', '/');
		if (path.isEmpty() || path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) { //$NON-NLS-1$ //$NON-NLS-2$
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		for (String part : path.split("/")) { //$NON-NLS-1$
			if (part.isEmpty() || part.equals(".")) { //$NON-NLS-1$
				continue;
			}
			if (part.equals("..")) { //$NON-NLS-1$
				if (parts.isEmpty()) {
					return Optional.empty();
				}
				parts.remove(parts.size() - 1);
			} else {
				parts.add(part);
			}
		}
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts)); //$NON-NLS-1$
	}

	/** @return the archive's file name, for messages */
	public String name() {
		return name;
	}

	/**
	 * @param path a normalised entry path, e.g. {@code sources/1.txt}
	 * @return whether the archive holds it (names compared exactly, else ignoring case)
	 */
	public boolean has(String path) {
		return entry(path) != null;
	}

	/**
	 * @param path a normalised entry path
	 * @return its bytes, at most as many as the archive declared
	 * @throws QdpxException if it is missing, larger than declared or cannot be read
	 */
	public byte[] read(String path) throws QdpxException {
		ZipEntry entry = entry(path);
		if (entry == null) {
			throw new QdpxException(name + " has no entry " + path);
		}
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, entry.getSize()));
			if (in.read() >= 0) {
				throw new QdpxException(name + " is refused: its entry " + path + " holds more than the " + entry.getSize()
						+ " bytes the archive declares");
			}
			return bytes;
		} catch (IOException e) {
			throw new QdpxException(name + ": cannot read the entry " + path + " (" + e.getMessage() + ")", -1, -1, e);
		}
	}

	private ZipEntry entry(String path) {
		ZipEntry entry = entries.get(path);
		return entry != null ? entry : lowerCase.get(path.toLowerCase(Locale.ROOT));
	}

	@Override
	public void close() {
		closeQuietly(zip);
	}

	private static void closeQuietly(ZipFile zip) {
		try {
			zip.close();
		} catch (IOException e) {
			// only read
		}
	}

	/**
	 * @param bytes a size
	 * @return it for people, e.g. {@code 12.5 MB}
	 */
	public static String megabytes(long bytes) {
		return bytes < 1024 * 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0); //$NON-NLS-1$
	}
}
