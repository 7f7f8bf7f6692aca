package org.policylens.coword.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An export kept in memory, part by part (for previews, the clipboard and tests). */
public final class MemoryTarget implements ExportTarget {

	private final Map<String, ByteArrayOutputStream> parts = new LinkedHashMap<>();

	@Override
	public OutputStream open(String part) throws IOException {
		if (parts.containsKey(part)) {
			throw new IOException("the part '" + part + "' was written already");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		parts.put(part, out);
		return out;
	}

	/** @return the parts in the order they were opened, with their bytes */
	public Map<String, byte[]> parts() {
		Map<String, byte[]> copy = new LinkedHashMap<>();
		parts.forEach((part, out) -> copy.put(part, out.toByteArray()));
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * @param part a part
	 * @return its bytes
	 * @throws IllegalArgumentException if it was not written
	 */
	public byte[] bytes(String part) {
		ByteArrayOutputStream out = parts.get(part);
		if (out == null) {
			throw new IllegalArgumentException("no part '" + part + "'; written: " + parts.keySet());
		}
		return out.toByteArray();
	}

	/**
	 * @param part a part
	 * @return its bytes as UTF-8 text, without a byte order mark
	 */
	public String text(String part) {
		String text = new String(bytes(part), StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$
	}
}
