package org.policylens.qdpx.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.study.model.AttributeType;

/**
 * What a REFI-QDA project brings into a study, read and checked before the study changes: the
 * project's name and description, its users as coders, its codebooks, its variables as case
 * attributes, its text sources as documents (normalised text, values) and the codings of their
 * selections, positions already turned into offsets of the normalised texts.
 */
public final class ImportPlan {

	/**
	 * A user of the project who becomes a coder.
	 *
	 * @param guid the user's GUID
	 * @param id   the coder id (one word, unique in the plan)
	 * @param name the name
	 */
	public record PlannedCoder(String guid, String id, String name) {
	}

	/**
	 * A variable that becomes a case attribute.
	 *
	 * @param name        the attribute name
	 * @param label       its label, or {@code null}
	 * @param type        its type
	 * @param description its description, or {@code null}
	 * @param values      the category values, in order
	 */
	public record PlannedAttribute(String name, String label, AttributeType type, String description, List<String> values) {
	}

	/** A text source that becomes a document. */
	public static final class PlannedDocument {
		/** The title (the source's name). */
		public final String title;
		/** The normalised text. */
		public final String text;
		/** The bytes the text was read from (what is kept as the document's original). */
		public final byte[] original;
		/** The name of the original: the archive entry's file name, or the source's name. */
		public final String originalName;
		/** The document's attribute values by attribute name, in the order met. */
		public final Map<String, String> values = new LinkedHashMap<>();

		/**
		 * @param title        the title
		 * @param text         the normalised text
		 * @param original     the bytes it was read from
		 * @param originalName what to call them
		 */
		public PlannedDocument(String title, String text, byte[] original, String originalName) {
			this.title = title;
			this.text = text;
			this.original = original;
			this.originalName = originalName;
		}
	}

	/**
	 * A coding of a selection of a planned document.
	 *
	 * @param guid     the coding's GUID
	 * @param document the index of the document in {@link ImportPlan#documents}
	 * @param start    the offset in the normalised text
	 * @param end      the offset after the span
	 * @param code     the code, in one of {@link ImportPlan#codebooks}
	 * @param coder    the coder id
	 * @param memo     the memo, or {@code null}
	 * @param created  when it was made, or {@code null}
	 * @param where    the source and selection, for the report
	 */
	public record PlannedCoding(String guid, int document, int start, int end, Code code, String coder, String memo, Date created,
			String where) {
	}

	/** The project's name. */
	public String name;
	/** The program that wrote it, or {@code null}. */
	public String origin;
	/** Its description, or {@code null}. */
	public String description;
	/** The coders. */
	public final List<PlannedCoder> coders = new ArrayList<>();
	/** The codebooks, belonging to no study yet. */
	public final List<Codebook> codebooks = new ArrayList<>();
	/** The case attributes. */
	public final List<PlannedAttribute> attributes = new ArrayList<>();
	/** The documents, in the order of the project's sources. */
	public final List<PlannedDocument> documents = new ArrayList<>();
	/** The codings. */
	public final List<PlannedCoding> codings = new ArrayList<>();
}
