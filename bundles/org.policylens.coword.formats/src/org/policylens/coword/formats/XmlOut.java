package org.policylens.coword.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small XML writer for the exports: UTF-8, two-space indentation, {@code \n} line ends,
 * attributes in the order given, and characters XML 1.0 does not allow left out. Elements with
 * text content are written on one line.
 */
final class XmlOut {

	private final Writer writer;
	private final Deque<String> open = new ArrayDeque<>();

	XmlOut(OutputStream out) throws IOException {
		writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
	}

	/** Opens an element; {@code attributes} are names and values in turn. */
	XmlOut start(String name, String... attributes) throws IOException {
		tag(name, attributes, false);
		open.push(name);
		return this;
	}

	/** Writes an element without content. */
	XmlOut empty(String name, String... attributes) throws IOException {
		tag(name, attributes, true);
		return this;
	}

	/** Writes an element with text content. */
	XmlOut text(String name, String text, String... attributes) throws IOException {
		indent();
		writer.write('<');
		writer.write(name);
		attributes(attributes);
		writer.write('>');
		writer.write(escape(text, false));
		writer.write("</"); //$NON-NLS-1$
		writer.write(name);
		writer.write(">\n"); //$NON-NLS-1$
		return this;
	}

	/** Closes the element opened last. */
	XmlOut end() throws IOException {
		String name = open.pop();
		indent();
		writer.write("</"); //$NON-NLS-1$
		writer.write(name);
		writer.write(">\n"); //$NON-NLS-1$
		return this;
	}

	/** Closes what is open and flushes; the stream stays open. */
	void finish() throws IOException {
		while (!open.isEmpty()) {
			end();
		}
		writer.flush();
	}

	private void tag(String name, String[] attributes, boolean empty) throws IOException {
		indent();
		writer.write('<');
		writer.write(name);
		attributes(attributes);
		writer.write(empty ? "/>\n" : ">\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void attributes(String[] attributes) throws IOException {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			writer.write(' ');
			writer.write(attributes[i]);
			writer.write("=\""); //$NON-NLS-1$
			writer.write(escape(attributes[i + 1], true));
			writer.write('"');
		}
	}

	private void indent() throws IOException {
		for (int i = 0; i < open.size(); i++) {
			writer.write("  "); //$NON-NLS-1$
		}
	}

	static String escape(String text, boolean attribute) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;"); //$NON-NLS-1$
			case '<' -> out.append("&lt;"); //$NON-NLS-1$
			case '>' -> out.append("&gt;"); //$NON-NLS-1$
			case '"' -> out.append(attribute ? "&quot;" : "\""); //$NON-NLS-1$ //$NON-NLS-2$
			case '\t', '\n', '\r' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c)); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				if (allowed(text, i)) {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	private static boolean allowed(String text, int i) {
		char c = text.charAt(i);
		if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
			return false;
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
		}
		return true;
	}
}
