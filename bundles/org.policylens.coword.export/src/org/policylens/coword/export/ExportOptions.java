package org.policylens.coword.export;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Options of an export, as names and values ({@code --option weight=count} on the command line).
 * The formats PolicyLens ships read {@link #WEIGHT} and {@link #BOM}; a contributed exporter may
 * read its own. Immutable.
 */
public final class ExportOptions {

	/** Which number of a link becomes the edge weight: {@code count} or {@code strength}. */
	public static final String WEIGHT = "weight"; //$NON-NLS-1$
	/** Whether a CSV file starts with a UTF-8 byte order mark (for Excel): {@code true} (default) or {@code false}. */
	public static final String BOM = "bom"; //$NON-NLS-1$

	/** The weight of an edge. */
	public enum Weight {
		/** the number of units in which both terms occur */
		COUNT,
		/** the value of the similarity measure the network was built with */
		STRENGTH
	}

	private static final ExportOptions DEFAULTS = new ExportOptions(Map.of());

	private final Map<String, String> values;

	private ExportOptions(Map<String, String> values) {
		this.values = Collections.unmodifiableMap(new TreeMap<>(values));
	}

	/** @return no options: every exporter uses its defaults */
	public static ExportOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * @param values options by name
	 * @return those options
	 */
	public static ExportOptions of(Map<String, String> values) {
		return new ExportOptions(values);
	}

	/**
	 * @param name  an option
	 * @param value its value
	 * @return these options with that one set
	 */
	public ExportOptions with(String name, String value) {
		Map<String, String> copy = new TreeMap<>(values);
		copy.put(name, value);
		return new ExportOptions(copy);
	}

	/**
	 * @param name         an option
	 * @param defaultValue the value if it is not set
	 * @return its value
	 */
	public String get(String name, String defaultValue) {
		return values.getOrDefault(name, defaultValue);
	}

	/** @return every option that is set, by name */
	public Map<String, String> asMap() {
		return values;
	}

	/**
	 * @param defaultWeight the exporter's default
	 * @return the edge weight asked for
	 * @throws IllegalArgumentException if {@link #WEIGHT} is neither {@code count} nor {@code strength}
	 */
	public Weight weight(Weight defaultWeight) {
		String value = values.get(WEIGHT);
		if (value == null) {
			return defaultWeight;
		}
		try {
			return Weight.valueOf(value.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("the option weight is count or strength, not '" + value + "'", e);
		}
	}

	/** @return whether CSV files start with a byte order mark (default yes, for Excel) */
	public boolean bom() {
		return !"false".equalsIgnoreCase(values.getOrDefault(BOM, "true").trim()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public String toString() {
		return values.toString();
	}
}
