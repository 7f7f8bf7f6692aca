package org.policylens.codebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.policylens.codebook.model.CodebookPackage;

/**
 * The properties of a code that {@link CodebookEdit#set} changes, each with its EMF feature (for
 * editors that bind to the model) and the rule its values follow. The values are normalised the
 * same way from the editor, the command line and imports:
 * <ul>
 * <li>texts are stripped, and a blank text is no text ({@code null});</li>
 * <li>a colour is {@code #RRGGBB} or nothing;</li>
 * <li>examples are one line each, keywords one term each without {@code ;} (so that both survive
 * the {@code Description} of a REFI-QDA file), stripped, blanks and repeats dropped.</li>
 * </ul>
 */
public enum CodeField {
	/** {@code #RRGGBB}, or {@code null} for the default colour of its position. */
	COLOUR("colour", CodebookPackage.Literals.CODE__COLOUR), //$NON-NLS-1$
	/** Whether the code may be applied to text ({@code false} for a category). */
	CODABLE("codable", CodebookPackage.Literals.CODE__CODABLE), //$NON-NLS-1$
	/** What the code means. */
	DEFINITION("definition", CodebookPackage.Literals.CODE__DEFINITION), //$NON-NLS-1$
	/** When to apply it. */
	INCLUSION("inclusion", CodebookPackage.Literals.CODE__INCLUSION), //$NON-NLS-1$
	/** When not to apply it, and what to use instead. */
	EXCLUSION("exclusion", CodebookPackage.Literals.CODE__EXCLUSION), //$NON-NLS-1$
	/** Example passages, one line each. */
	EXAMPLES("examples", CodebookPackage.Literals.CODE__EXAMPLES), //$NON-NLS-1$
	/** The keyword dictionary: terms whose presence in a clause suggests the code. */
	KEYWORDS("keywords", CodebookPackage.Literals.CODE__KEYWORDS); //$NON-NLS-1$

	private static final Pattern COLOUR_PATTERN = Pattern.compile("#[0-9A-Fa-f]{6}"); //$NON-NLS-1$

	private final String key;
	private final EStructuralFeature feature;

	CodeField(String key, EStructuralFeature feature) {
		this.key = key;
		this.feature = feature;
	}

	/** @return the name used on the command line and in ledger events, e.g. {@code definition} */
	public String key() {
		return key;
	}

	/** @return the EMF feature of {@link org.policylens.codebook.model.Code} it sets */
	public EStructuralFeature feature() {
		return feature;
	}

	/** @return whether its value is a list of strings */
	public boolean isList() {
		return feature.isMany();
	}

	/**
	 * @param key a field name, e.g. {@code keywords}
	 * @return the field
	 * @throws IllegalArgumentException if there is none of that name
	 */
	public static CodeField of(String key) {
		for (CodeField field : values()) {
			if (field.key.equals(key)) {
				return field;
			}
		}
		throw new IllegalArgumentException("no code field '" + key + "': colour, codable, definition, inclusion, exclusion, examples or keywords");
	}

	/**
	 * @param value a value for this field: a {@code String}, a {@code Boolean} for
	 *              {@link #CODABLE}, a collection of strings for {@link #EXAMPLES} and
	 *              {@link #KEYWORDS}
	 * @return the value as it is stored
	 * @throws IllegalArgumentException if the value breaks the field's rule
	 */
	public Object normalise(Object value) {
		switch (this) {
		case CODABLE:
			if (!(value instanceof Boolean)) {
				throw new IllegalArgumentException("codable is true or false, not " + value);
			}
			return value;
		case EXAMPLES:
		case KEYWORDS:
			return normaliseList(value);
		case COLOUR:
			String colour = text(value);
			if (colour != null && !COLOUR_PATTERN.matcher(colour).matches()) {
				throw new IllegalArgumentException("a colour is written #RRGGBB (e.g. #0072B2), not '" + colour + "'");
			}
			return colour;
		default:
			return text(value);
		}
	}

	private List<String> normaliseList(Object value) {
		if (!(value instanceof Collection<?> items)) {
			throw new IllegalArgumentException(key + " is a list of strings");
		}
		LinkedHashSet<String> kept = new LinkedHashSet<>();
		for (Object item : items) {
			String s = item == null ? "" : item.toString().strip(); //$NON-NLS-1$
			if (s.isEmpty()) {
				continue;
			}
			if (s.contains("\n") || s.contains("\r")) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new IllegalArgumentException((this == KEYWORDS ? "a keyword" : "an example") + " is one line: '" + s + "'");
			}
			if (this == KEYWORDS && s.contains(";")) { //$NON-NLS-1$
				throw new IllegalArgumentException("a keyword is one term without ';': '" + s + "'");
			}
			kept.add(s);
		}
		return new ArrayList<>(kept);
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		String s = value.toString().strip();
		return s.isEmpty() ? null : s;
	}
}
