package org.policylens.coword.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylens.coword.CowordException;
import org.policylens.coword.CowordException.Reason;
import org.policylens.coword.KeywordFieldSource;
import org.policylens.coword.KeywordFieldSource.Format;

/** The fields of each bibliographic format: keywords by role, and what identifies and names a record. */
public final class Fields {

	/** The fields of one format, in the order they are tried. */
	private record Layout(String name, String author, String index, List<String> id, List<String> year,
			List<String> title, List<String> authors, String authorSeparator, List<String> keywordFields) {
	}

	private static final Map<Format, Layout> LAYOUTS = Map.of(
			Format.WOS_TAB, new Layout("Web of Science tab-delimited", "DE", "ID", List.of("UT"), List.of("PY"), //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					List.of("TI"), List.of("AU"), ";", List.of("DE", "ID")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			Format.SCOPUS_CSV, new Layout("Scopus CSV", "Author Keywords", "Index Keywords", List.of("EID", "DOI"), //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					List.of("Year"), List.of("Title"), List.of("Authors"), ",", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					List.of("Author Keywords", "Index Keywords")), //$NON-NLS-1$ //$NON-NLS-2$
			Format.RIS, new Layout("RIS", "KW", null, List.of("AN", "DO", "ID", "UR"), List.of("PY", "Y1", "DA"), //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
					List.of("TI", "T1"), List.of("AU", "A1"), ";", List.of("KW")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Format.CSSCI, new Layout("CSSCI", "关键词", null, List.of(), List.of("年代卷期"), List.of("来源篇名"), //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					List.of("来源作者"), "/", List.of("关键词"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d"); //$NON-NLS-1$
	private static final int LABEL_LENGTH = 100;

	private Fields() {
	}

	/**
	 * @param format a format
	 * @return its name for people
	 */
	public static String name(Format format) {
		return LAYOUTS.get(format).name();
	}

	/**
	 * @param file   the file, for messages
	 * @param format its format
	 * @param field  a field by role ({@code author}, {@code index}) or name ({@code DE}, {@code Author Keywords}, {@code KW}, {@code 关键词})
	 * @return the column or tag that holds it
	 * @throws CowordException if the format has no such keyword field
	 */
	public static String column(Path file, Format format, String field) throws CowordException {
		Layout layout = LAYOUTS.get(format);
		String wanted = field.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		String column = null;
		if (KeywordFieldSource.AUTHOR.equalsIgnoreCase(wanted)) {
			column = layout.author();
		} else if (KeywordFieldSource.INDEX.equalsIgnoreCase(wanted)) {
			column = layout.index();
		} else {
			column = layout.keywordFields().stream().filter(f -> f.equalsIgnoreCase(wanted.replace(" ", "")) //$NON-NLS-1$ //$NON-NLS-2$
					|| f.equalsIgnoreCase(wanted)).findFirst().orElse(null);
		}
		if (column == null) {
			throw new CowordException(Reason.BAD_PARAMETER, String.format(Locale.ROOT,
					"%s: a %s file has no keyword field '%s'; it has %s (or say author%s)", file, layout.name(), field,
					String.join(", ", layout.keywordFields()), layout.index() == null ? "" : " or index")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return column;
	}

	/**
	 * @param entry  a record
	 * @param format its format
	 * @return its accession number or DOI, "" if it has none
	 */
	public static String id(KeywordRecords.Entry entry, Format format) {
		return single(first(entry, LAYOUTS.get(format).id()));
	}

	/**
	 * @param entry  a record
	 * @param format its format
	 * @return its publication year, or -1
	 */
	public static int year(KeywordRecords.Entry entry, Format format) {
		Matcher m = YEAR.matcher(single(first(entry, LAYOUTS.get(format).year())));
		return m.find() ? Integer.parseInt(m.group()) : -1;
	}

	/**
	 * @param entry  a record
	 * @param format its format
	 * @return "first author (year) title", shortened to about 100 characters
	 */
	public static String label(KeywordRecords.Entry entry, Format format) {
		Layout layout = LAYOUTS.get(format);
		String authors = first(entry, layout.authors());
		int cut = authors.indexOf(layout.authorSeparator());
		String author = (cut < 0 ? authors : authors.substring(0, cut)).strip();
		int year = year(entry, format);
		String label = (author.isEmpty() ? "" : author + " ") + (year < 0 ? "" : "(" + year + ") ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ first(entry, layout.title()).strip();
		return label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH - 1) + "…" : label; //$NON-NLS-1$
	}

	private static String first(KeywordRecords.Entry entry, List<String> names) {
		for (String name : names) {
			String value = entry.get(name).strip();
			if (!value.isEmpty()) {
				return value;
			}
		}
		return ""; //$NON-NLS-1$
	}

	/** The first of values joined by {@code ;} (repeated RIS tags). */
	private static String single(String value) {
		int cut = value.indexOf(';');
		return cut < 0 ? value : value.substring(0, cut).strip();
	}
}
