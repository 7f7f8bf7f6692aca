package org.policylens.qdpx.internal;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policylens.codebook.qdc.QdcCodes;
import org.policylens.qdpx.ProjectSchema;
import org.policylens.qdpx.QdpxException;
import org.policylens.qdpx.QdpxReport;
import org.w3c.dom.Element;

/**
 * The texts of a project's text sources and notes: the {@code PlainTextContent} in
 * {@code project.qde}, or the UTF-8 file its {@code plainTextPath} names inside the archive
 * ({@code internal://<file>}, in {@code sources/}). A path that leads out of the archive is refused;
 * a text outside the archive (an absolute or {@code relative://} path) is not read, and reported.
 * Also the notes, found by GUID, and which of them were used.
 */
public final class ProjectTexts {

	/**
	 * A text as read.
	 *
	 * @param text  the text, without a leading byte-order mark
	 * @param bytes the bytes it was read from
	 * @param name  the archive entry's file name, or {@code null} for text inside project.qde
	 */
	public record Raw(String text, byte[] bytes, String name) {
	}

	/**
	 * A note of the project.
	 *
	 * @param name its name
	 * @param text its text (stripped; empty if it has none)
	 */
	public record Note(String name, String text) {
	}

	private static final String NS = ProjectSchema.NAMESPACE;

	private final QdpxArchive archive;
	private final QdpxReport report;
	private final Map<String, Note> notes = new LinkedHashMap<>();
	private final Set<String> used = new HashSet<>();

	/**
	 * @param archive the archive
	 * @param report  where to note texts that are not read
	 */
	public ProjectTexts(QdpxArchive archive, QdpxReport report) {
		this.archive = archive;
		this.report = report;
	}

	/**
	 * @param source a {@code TextSource} or {@code Note} element
	 * @param kind   what it is, plural, for the report (e.g. {@code text sources})
	 * @param name   its name, for messages
	 * @return its text, or empty (reported) if it has none or it is outside the archive
	 * @throws QdpxException if its path leads out of the archive or the file is not UTF-8
	 */
	public Optional<Raw> read(Element source, String kind, String name) throws QdpxException {
		Optional<Element> content = QdcCodes.first(source, NS, "PlainTextContent"); //$NON-NLS-1$
		if (content.isPresent()) {
			String text = content.get().getTextContent();
			return Optional.of(new Raw(text, text.getBytes(StandardCharsets.UTF_8), null));
		}
		String path = source.getAttribute("plainTextPath").strip(); //$NON-NLS-1$
		if (path.isEmpty()) {
			report.drop(kind + " without a plain text", name);
			return Optional.empty();
		}
		if (!path.startsWith(ProjectSchema.INTERNAL)) {
			report.drop(kind + " whose text is outside the archive (PolicyLens reads only what the archive holds)", name + " (" + path + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			return Optional.empty();
		}
		String inner = path.substring(ProjectSchema.INTERNAL.length());
		if (QdpxArchive.safePath(inner).isEmpty()) {
			throw unsafe(name, path);
		}
		String entry = entry(inner).or(() -> entry(URLDecoder.decode(inner.replace("+", "%2B"), StandardCharsets.UTF_8))) //$NON-NLS-1$ //$NON-NLS-2$
				.orElse(null);
		if (entry == null) {
			report.drop(kind + " whose text file is missing from the archive", name + " (" + path + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			return Optional.empty();
		}
		byte[] bytes = archive.read(entry);
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return Optional.of(new Raw(text.startsWith("\uFEFF") ? text.substring(1) : text, bytes, //$NON-NLS-1$
					entry.substring(entry.lastIndexOf('/') + 1)));
		} catch (CharacterCodingException e) {
			throw new QdpxException(archive.name() + ": " + entry + " (the text of " + name
					+ ") is not UTF-8 text; REFI-QDA sources are UTF-8", -1, -1, e);
		}
	}

	private Optional<String> entry(String inner) {
		return Optional.of(QdpxArchive.safePath(inner).orElse("")).filter(p -> !p.isEmpty()) //$NON-NLS-1$
				.map(p -> archive.has(ProjectSchema.SOURCES + "/" + p) ? ProjectSchema.SOURCES + "/" + p : archive.has(p) ? p : null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Reads the project's notes.
	 *
	 * @param root the {@code Project} element
	 * @throws QdpxException if a note's path leads out of the archive or is not UTF-8
	 */
	public void readNotes(Element root) throws QdpxException {
		Optional<Element> list = QdcCodes.first(root, NS, "Notes"); //$NON-NLS-1$
		if (list.isEmpty()) {
			return;
		}
		for (Element note : QdcCodes.children(list.get(), NS, "Note")) { //$NON-NLS-1$
			String name = note.hasAttribute("name") ? note.getAttribute("name") : note.getAttribute("guid"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String text = read(note, "notes", name).map(r -> r.text().strip()).orElse(""); //$NON-NLS-1$
			notes.put(Guids.key(note.getAttribute("guid")), new Note(name, text)); //$NON-NLS-1$
		}
	}

	/**
	 * @param name the source's name
	 * @param path its path
	 * @return the refusal of a path that leads out of the archive
	 */
	public QdpxException unsafe(String name, String path) {
		return new QdpxException(archive.name() + " is refused: " + name + " names the file '" + path
				+ "', an absolute path or one that leads out of the archive");
	}

	/**
	 * Takes the text of a note for a memo (the note counts as used).
	 *
	 * @param guid the note's GUID
	 * @return its text, or empty if there is no such note or it has no text
	 */
	public Optional<String> use(String guid) {
		String key = Guids.key(guid);
		used.add(key);
		Note note = notes.get(key);
		return note == null || note.text().isEmpty() ? Optional.empty() : Optional.of(note.text());
	}

	/**
	 * Notes that a note was left behind with what it was attached to (it is not reported again).
	 *
	 * @param guid the note's GUID
	 */
	public void leave(String guid) {
		used.add(Guids.key(guid));
	}

	/** Reports the notes that nothing used. */
	public void reportUnused() {
		notes.forEach((key, note) -> {
			if (!used.contains(key)) {
				report.drop("notes not attached to a coding (memos of the project, codes or documents)", note.name());
			}
		});
	}
}
