package org.policylens.codebook.qdc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.policylens.codebook.model.Code;

/**
 * A code's PolicyLens fields in the one text REFI-QDA gives a code, its {@code Description}: the
 * definition first, then labelled sections, separated by blank lines:
 *
 * <pre>
 * Building the talent pool that smart-city construction needs ...
 *
 * Inclusion: Clauses that train, attract, reward or evaluate people ...
 *
 * Exclusion: General statements that "talent is important" without a measure ...
 *
 * Examples:
 * - 组织打造服务专员队伍，每年面向1万名专业技术人才和企业高级管理人员 ...
 * - 加快引进一批“高、精、尖”工业互联网技术人才和科研团队来我省创新创业 ...
 *
 * Keywords: 人才; 培训; 引进人才; 专业技术人员
 * </pre>
 *
 * A section is left out when it is empty. Other programs show the whole text as the code's
 * description. Reading takes the sections apart only if writing them again gives back exactly the
 * same text; any other description (e.g. one written by another program) is kept whole as the
 * definition. So PolicyLens → qdc → PolicyLens keeps every field, and qdc → PolicyLens → qdc keeps
 * every description as it was.
 */
public final class QdcDescription {

	/** Label of the inclusion criteria. */
	public static final String INCLUSION = "Inclusion: "; //$NON-NLS-1$
	/** Label of the exclusion criteria. */
	public static final String EXCLUSION = "Exclusion: "; //$NON-NLS-1$
	/** Label of the examples (one a line, each after {@code "- "}). */
	public static final String EXAMPLES = "Examples:\n"; //$NON-NLS-1$
	/** Label of the keywords (separated by {@code "; "}). */
	public static final String KEYWORDS = "Keywords: "; //$NON-NLS-1$

	private static final String SECTION_BREAK = "\n\n"; //$NON-NLS-1$
	private static final String ITEM = "- "; //$NON-NLS-1$
	private static final String KEYWORD_SEPARATOR = "; "; //$NON-NLS-1$
	private static final List<String> LABELS = List.of(INCLUSION, EXCLUSION, EXAMPLES, KEYWORDS);

	/**
	 * The fields of a code that the description holds.
	 *
	 * @param definition the definition, or {@code null}
	 * @param inclusion  the inclusion criteria, or {@code null}
	 * @param exclusion  the exclusion criteria, or {@code null}
	 * @param examples   the examples (one line each)
	 * @param keywords   the keywords
	 */
	public record Fields(String definition, String inclusion, String exclusion, List<String> examples, List<String> keywords) {

		/**
		 * @param code a code
		 * @return its fields
		 */
		public static Fields of(Code code) {
			return new Fields(code.getDefinition(), code.getInclusion(), code.getExclusion(), List.copyOf(code.getExamples()),
					List.copyOf(code.getKeywords()));
		}

		/** @param code the code to set the fields of */
		public void applyTo(Code code) {
			code.setDefinition(definition);
			code.setInclusion(inclusion);
			code.setExclusion(exclusion);
			code.getExamples().clear();
			code.getExamples().addAll(examples);
			code.getKeywords().clear();
			code.getKeywords().addAll(keywords);
		}
	}

	private QdcDescription() {
	}

	/**
	 * @param fields a code's fields
	 * @return its REFI-QDA description, or {@code null} if it has none of the fields
	 */
	public static String render(Fields fields) {
		List<String> parts = new ArrayList<>();
		if (fields.definition() != null) {
			parts.add(fields.definition());
		}
		if (fields.inclusion() != null && !fields.inclusion().isEmpty()) {
			parts.add(INCLUSION + fields.inclusion());
		}
		if (fields.exclusion() != null && !fields.exclusion().isEmpty()) {
			parts.add(EXCLUSION + fields.exclusion());
		}
		if (!fields.examples().isEmpty()) {
			parts.add(EXAMPLES + ITEM + String.join("\n" + ITEM, fields.examples())); //$NON-NLS-1$
		}
		if (!fields.keywords().isEmpty()) {
			parts.add(KEYWORDS + String.join(KEYWORD_SEPARATOR, fields.keywords()));
		}
		return parts.isEmpty() ? null : String.join(SECTION_BREAK, parts);
	}

	/**
	 * @param description a REFI-QDA description, or {@code null}
	 * @return the fields it holds: its labelled sections if it is exactly what {@link #render}
	 *         writes for them, else the whole text as the definition
	 */
	public static Fields parse(String description) {
		if (description == null) {
			return new Fields(null, null, null, List.of(), List.of());
		}
		Fields sections = sections(description);
		if (sections != null && description.equals(render(sections))) {
			return sections;
		}
		return new Fields(description, null, null, List.of(), List.of());
	}

	private static Fields sections(String text) {
		int[] starts = new int[LABELS.size()];
		int from = 0;
		for (int i = 0; i < LABELS.size(); i++) {
			starts[i] = find(text, LABELS.get(i), from);
			if (starts[i] >= 0) {
				from = starts[i] + LABELS.get(i).length();
			}
		}
		int first = Arrays.stream(starts).filter(s -> s >= 0).min().orElse(-1);
		if (first < 0) {
			return null;
		}
		String definition = first == 0 ? null : text.substring(0, first - SECTION_BREAK.length());
		String[] contents = new String[LABELS.size()];
		for (int i = 0; i < LABELS.size(); i++) {
			if (starts[i] >= 0) {
				int end = text.length();
				for (int j = i + 1; j < LABELS.size(); j++) {
					if (starts[j] >= 0) {
						end = starts[j] - SECTION_BREAK.length();
						break;
					}
				}
				contents[i] = text.substring(starts[i] + LABELS.get(i).length(), Math.max(end, starts[i] + LABELS.get(i).length()));
			}
		}
		List<String> examples = contents[2] == null ? List.of() : items(contents[2]);
		List<String> keywords = contents[3] == null ? List.of() : List.of(contents[3].split(KEYWORD_SEPARATOR, -1));
		if (examples == null || keywords.stream().anyMatch(k -> k.contains(";"))) { //$NON-NLS-1$
			return null;
		}
		return new Fields(definition, contents[0], contents[1], examples, keywords);
	}

	private static int find(String text, String label, int from) {
		int at = text.startsWith(label, from) && from == 0 ? 0 : -1;
		if (at == 0) {
			return 0;
		}
		int i = text.indexOf(SECTION_BREAK + label, Math.max(0, from - SECTION_BREAK.length()));
		return i < 0 ? -1 : i + SECTION_BREAK.length();
	}

	private static List<String> items(String block) {
		List<String> items = new ArrayList<>();
		for (String line : block.split("\n", -1)) { //$NON-NLS-1$
			if (!line.startsWith(ITEM)) {
				return null;
			}
			items.add(line.substring(ITEM.length()));
		}
		return items;
	}
}
