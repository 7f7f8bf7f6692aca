package org.policylens.qdpx.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.model.AttributeType;

/**
 * Case attributes as REFI-QDA variables. REFI-QDA types a variable as Text, Boolean, Integer,
 * Float, Date or DateTime; PolicyLens' types are text, category, number, date and boolean. A
 * number becomes Integer or Float, a date Date and a boolean Boolean when all the study's values
 * fit the type, else Text; text and category become Text. So that PolicyLens gets back what
 * REFI-QDA cannot say, the variable's description ends with a block of labelled lines:
 *
 * <pre>
 * PolicyLens attribute: city (category)
 * Label: City
 * Values: 北京市; 上海市; 广州市; 深圳市
 * </pre>
 *
 * which an import reads only if it reads back exactly as written and names the variable.
 */
public final class Variables {

	/** REFI-QDA's variable types. */
	public static final String TEXT = "Text", BOOLEAN = "Boolean", INTEGER = "Integer", FLOAT = "Float", DATE = "Date", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			DATE_TIME = "DateTime"; //$NON-NLS-1$

	/** The elements of {@code VariableValue} that hold a value, one per type. */
	public static final List<String> VALUE_ELEMENTS = List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"DateValue", "DateTimeValue"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final Pattern INTEGER_VALUE = Pattern.compile("[+-]?\\d+"); //$NON-NLS-1$
	private static final Pattern DECIMAL_VALUE = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)"); //$NON-NLS-1$
	private static final Set<String> BOOLEAN_VALUES = Set.of("true", "false", "1", "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String ATTRIBUTE = "PolicyLens attribute: "; //$NON-NLS-1$
	private static final String LABEL = "Label: "; //$NON-NLS-1$
	private static final String VALUES = "Values: "; //$NON-NLS-1$
	private static final String SEPARATOR = "; "; //$NON-NLS-1$
	private static final String BREAK = "\n\n"; //$NON-NLS-1$

	/**
	 * A case attribute as a variable carries it.
	 *
	 * @param name        the attribute name (the variable's name)
	 * @param label       its label, or {@code null}
	 * @param type        its PolicyLens type
	 * @param description its description, or {@code null}
	 * @param values      the values of a category, in display order
	 */
	public record Attribute(String name, String label, AttributeType type, String description, List<String> values) {

		/**
		 * @param definition a study's attribute
		 * @return it as a variable carries it
		 */
		public static Attribute of(AttributeDefinition definition) {
			return new Attribute(definition.getName(), definition.getLabel(), definition.getType(), definition.getDescription(),
					List.copyOf(definition.getValues()));
		}
	}

	private Variables() {
	}

	/**
	 * @param type   a PolicyLens attribute type
	 * @param values the values the study has for it
	 * @return the REFI-QDA type of its variable
	 */
	public static String refiType(AttributeType type, Collection<String> values) {
		return switch (type) {
		case NUMBER -> values.stream().allMatch(v -> INTEGER_VALUE.matcher(v).matches()) ? INTEGER
				: values.stream().allMatch(v -> DECIMAL_VALUE.matcher(v).matches()) ? FLOAT : TEXT;
		case DATE -> values.stream().allMatch(Variables::isDate) ? DATE : TEXT;
		case BOOLEAN -> values.stream().allMatch(BOOLEAN_VALUES::contains) ? BOOLEAN : TEXT;
		default -> TEXT;
		};
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}

	/**
	 * @param refiType a REFI-QDA variable type
	 * @return the element of {@code VariableValue} that holds its values
	 */
	public static String valueElement(String refiType) {
		return switch (refiType) {
		case BOOLEAN -> "BooleanValue"; //$NON-NLS-1$
		case INTEGER -> "IntegerValue"; //$NON-NLS-1$
		case FLOAT -> "FloatValue"; //$NON-NLS-1$
		case DATE -> "DateValue"; //$NON-NLS-1$
		case DATE_TIME -> "DateTimeValue"; //$NON-NLS-1$
		default -> "TextValue"; //$NON-NLS-1$
		};
	}

	/**
	 * @param refiType a REFI-QDA variable type of another program
	 * @return the PolicyLens type closest to it (DateTime values are kept as text)
	 */
	public static AttributeType typeOf(String refiType) {
		return switch (refiType.strip()) {
		case BOOLEAN -> AttributeType.BOOLEAN;
		case INTEGER, FLOAT -> AttributeType.NUMBER;
		case DATE -> AttributeType.DATE;
		default -> AttributeType.TEXT;
		};
	}

	/**
	 * @param attribute an attribute
	 * @return the description of its variable
	 */
	public static String render(Attribute attribute) {
		List<String> lines = new ArrayList<>();
		lines.add(ATTRIBUTE + attribute.name() + " (" + attribute.type().getLiteral() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		if (attribute.label() != null) {
			lines.add(LABEL + attribute.label());
		}
		if (!attribute.values().isEmpty()) {
			lines.add(VALUES + String.join(SEPARATOR, attribute.values()));
		}
		String block = String.join("\n", lines); //$NON-NLS-1$
		return attribute.description() == null ? block : attribute.description() + BREAK + block;
	}

	/**
	 * @param name        a variable's name
	 * @param description its description, or {@code null}
	 * @return the attribute it carries, if the description is one PolicyLens wrote for that name
	 */
	public static Optional<Attribute> parse(String name, String description) {
		if (description == null) {
			return Optional.empty();
		}
		int at = description.startsWith(ATTRIBUTE) ? 0 : description.lastIndexOf(BREAK + ATTRIBUTE);
		if (at < 0) {
			return Optional.empty();
		}
		String before = at == 0 ? null : description.substring(0, at);
		String[] lines = description.substring(at == 0 ? 0 : at + BREAK.length()).split("\n", -1); //$NON-NLS-1$
		String head = lines[0].substring(ATTRIBUTE.length());
		int open = head.lastIndexOf(" ("); //$NON-NLS-1$
		if (open < 0 || !head.endsWith(")") || !head.substring(0, open).equals(name)) { //$NON-NLS-1$
			return Optional.empty();
		}
		AttributeType type = AttributeType.get(head.substring(open + 2, head.length() - 1));
		if (type == null) {
			return Optional.empty();
		}
		String label = null;
		List<String> values = List.of();
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].startsWith(LABEL) && label == null && values.isEmpty()) {
				label = lines[i].substring(LABEL.length());
			} else if (lines[i].startsWith(VALUES) && values.isEmpty()) {
				values = List.of(lines[i].substring(VALUES.length()).split(SEPARATOR, -1));
			} else {
				return Optional.empty();
			}
		}
		Attribute attribute = new Attribute(name, label, type, before, values);
		return description.equals(render(attribute)) ? Optional.of(attribute) : Optional.empty();
	}

	/**
	 * @param variableName the name of another program's variable
	 * @return an attribute name PolicyLens accepts (one word of letters, digits, {@code _ . -}): the
	 *         name itself if it is one, else with the other characters replaced by {@code _}
	 */
	public static String attributeName(String variableName) {
		if (OpenStudy.isValidAttributeName(variableName)) {
			return variableName;
		}
		String name = variableName.strip().replaceAll("[^\\p{L}\\p{N}_.-]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		if (name.isEmpty() || !OpenStudy.isValidAttributeName(name)) {
			name = "_" + name; //$NON-NLS-1$
		}
		return name;
	}
}
