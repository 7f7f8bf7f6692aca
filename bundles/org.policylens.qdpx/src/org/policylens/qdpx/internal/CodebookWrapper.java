package org.policylens.qdpx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policylens.codebook.model.Codebook;

/**
 * A PolicyLens codebook inside a REFI-QDA project, which has one tree of codes: a top-level code
 * that is not codable, named after the codebook, with the codebook's codes under it. Its GUID is a
 * name-based UUID of the codebook id ({@link #guid}); its description holds the codebook's
 * description, then a block of labelled lines:
 *
 * <pre>
 * The thesis' policy tools after Rothwell and Zegveld ...
 *
 * PolicyLens codebook: policy-tools
 * Source: Rothwell, R. &amp; Zegveld, W. (1985). Reindustrialization and Technology.
 * Language: zh
 * Version: 3
 * Origin: plugin:org.policylens.codebook.policytools/policy-tools@0.1.0
 * </pre>
 *
 * Other programs show it as a category with that description. An import takes a top-level code
 * for a codebook only if it is not codable, its GUID is the one of the id its description names,
 * and the description reads back exactly as written; any other top-level code belongs to the
 * project's own codebook.
 */
public final class CodebookWrapper {

	private static final String CODEBOOK = "PolicyLens codebook: "; //$NON-NLS-1$
	private static final String SOURCE = "Source: "; //$NON-NLS-1$
	private static final String LANGUAGE = "Language: "; //$NON-NLS-1$
	private static final String VERSION = "Version: "; //$NON-NLS-1$
	private static final String ORIGIN = "Origin: "; //$NON-NLS-1$
	private static final String EXCHANGE_ORIGIN = "Exchange origin: "; //$NON-NLS-1$
	private static final List<String> OPTIONAL = List.of(SOURCE, LANGUAGE, VERSION, ORIGIN, EXCHANGE_ORIGIN);
	private static final String BREAK = "\n\n"; //$NON-NLS-1$

	/**
	 * What the wrapper code keeps of a codebook besides its codes.
	 *
	 * @param id             the codebook id
	 * @param description    its description, or {@code null}
	 * @param source         its source citation, or {@code null}
	 * @param language       its language, or {@code null}
	 * @param version        its version
	 * @param origin         where version 1 came from, or {@code null}
	 * @param exchangeOrigin the origin of the REFI-QDA file it came from, or {@code null}
	 */
	public record Fields(String id, String description, String source, String language, int version, String origin,
			String exchangeOrigin) {

		/**
		 * @param codebook a codebook
		 * @return its fields
		 */
		public static Fields of(Codebook codebook) {
			return new Fields(codebook.getId(), codebook.getDescription(), codebook.getSource(), codebook.getLanguage(),
					codebook.getVersion(), codebook.getOrigin(), codebook.getExchangeOrigin());
		}
	}

	private CodebookWrapper() {
	}

	/**
	 * @param id a codebook id
	 * @return the GUID of its wrapper code
	 */
	public static String guid(String id) {
		return Guids.of("codebook", id); //$NON-NLS-1$
	}

	/**
	 * @param fields a codebook's fields
	 * @return the description of its wrapper code
	 */
	public static String render(Fields fields) {
		List<String> lines = new ArrayList<>();
		lines.add(CODEBOOK + fields.id());
		add(lines, SOURCE, fields.source());
		add(lines, LANGUAGE, fields.language());
		lines.add(VERSION + fields.version());
		add(lines, ORIGIN, fields.origin());
		add(lines, EXCHANGE_ORIGIN, fields.exchangeOrigin());
		String block = String.join("\n", lines); //$NON-NLS-1$
		return fields.description() == null ? block : fields.description() + BREAK + block;
	}

	private static void add(List<String> lines, String label, String value) {
		if (value != null) {
			lines.add(label + value);
		}
	}

	/**
	 * @param guid        a top-level code's GUID
	 * @param codable     whether it is codable
	 * @param description its description, or {@code null}
	 * @return the codebook it stands for, if it is a wrapper code as PolicyLens writes them
	 */
	public static Optional<Fields> parse(String guid, boolean codable, String description) {
		if (codable || description == null) {
			return Optional.empty();
		}
		int at = description.startsWith(CODEBOOK) ? 0 : description.lastIndexOf(BREAK + CODEBOOK);
		if (at < 0) {
			return Optional.empty();
		}
		int blockStart = at == 0 ? 0 : at + BREAK.length();
		String before = at == 0 ? null : description.substring(0, at);
		String[] lines = description.substring(blockStart).split("\n", -1); //$NON-NLS-1$
		String id = lines[0].substring(CODEBOOK.length());
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i];
			String label = OPTIONAL.stream().filter(line::startsWith).findFirst().orElse(null);
			if (label == null || values.containsKey(label)) {
				return Optional.empty();
			}
			values.put(label, line.substring(label.length()));
		}
		int version;
		try {
			version = Integer.parseInt(values.getOrDefault(VERSION, "")); //$NON-NLS-1$
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
		Fields fields = new Fields(id, before, values.get(SOURCE), values.get(LANGUAGE), version, values.get(ORIGIN),
				values.get(EXCHANGE_ORIGIN));
		if (!description.equals(render(fields)) || !Guids.key(guid).equals(guid(id))) {
			return Optional.empty();
		}
		return Optional.of(fields);
	}
}
