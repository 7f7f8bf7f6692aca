package org.policylens.p2;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what a user types for an update site into the location p2 reads: a URL ({@code https:},
 * {@code http:}, {@code file:}, {@code jar:}) as it is, a folder as a {@code file:} URL, and a zipped
 * update site ({@code .zip}, {@code .jar}) as a {@code jar:file:...!/} URL.
 */
public final class UpdateSites {

	private UpdateSites() {
	}

	/**
	 * @param text a URL or a path (relative paths are taken from the current folder)
	 * @return the update site's location
	 * @throws IllegalArgumentException when it is neither a URL p2 reads nor a path
	 */
	public static URI location(String text) {
		String value = text == null ? "" : text.strip(); //$NON-NLS-1$
		if (value.isEmpty()) {
			throw new IllegalArgumentException("no update site given");
		}
		String lower = value.toLowerCase(Locale.ROOT);
		if (lower.matches("(https?|file|jar):.*")) { //$NON-NLS-1$
			try {
				URI uri = new URI(value);
				if (uri.getScheme().startsWith("http") && (uri.getHost() == null || uri.getHost().isEmpty())) { //$NON-NLS-1$
					throw new IllegalArgumentException("'" + value + "' names no host");
				}
				return archive(uri);
			} catch (URISyntaxException e) {
				throw new IllegalArgumentException("'" + value + "' is not a valid URL: " + e.getReason(), e);
			}
		}
		if (lower.matches("[a-z][a-z0-9+.-]+://.*")) { //$NON-NLS-1$
			throw new IllegalArgumentException("'" + value + "': update sites are read over http, https or from files");
		}
		Path path = Path.of(value).toAbsolutePath().normalize();
		return Files.isRegularFile(path) ? archive(path.toUri()) : path.toUri();
	}

	private static URI archive(URI uri) {
		String path = uri.getPath();
		boolean zipped = "file".equals(uri.getScheme()) && path != null //$NON-NLS-1$
				&& (path.toLowerCase(Locale.ROOT).endsWith(".zip") || path.toLowerCase(Locale.ROOT).endsWith(".jar")); //$NON-NLS-1$ //$NON-NLS-2$
		return zipped ? URI.create("jar:" + uri + "!/") : uri; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
