package org.policylens.coword.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.policylens.corpus.importers.EncodingDetector;
import org.policylens.corpus.importers.ImportException;
import org.policylens.coword.CowordException;
import org.policylens.coword.CowordException.Reason;
import org.policylens.coword.KeywordFieldSource.Format;

/**
 * Reads bibliographic export files into records with their fields, one format at a time. Every
 * field value is kept as a string; repeated RIS tags are joined with {@code ;}.
 */
public final class KeywordRecords {

	/**
	 * A record.
	 *
	 * @param line   the line it starts on (1-based), for messages
	 * @param fields tag or column name → value
	 */
	public record Entry(int line, Map<String, String> fields) {
		/**
		 * @param name a field name
		 * @return its value, "" if the record lacks it
		 */
		public String get(String name) {
			String value = fields.get(name);
			return value == null ? "" : value; //$NON-NLS-1$
		}
	}

	private static final Pattern RIS_LINE = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$"); //$NON-NLS-1$
	private static final Pattern CSSCI_LINE = Pattern.compile("^【([^】]+)】(.*)$"); //$NON-NLS-1$

	private KeywordRecords() {
	}

	/**
	 * @param file a file
	 * @return its text, decoded (BOM, UTF-8, UTF-16, GBK, GB18030)
	 * @throws CowordException if it cannot be read or decoded
	 */
	public static String read(Path file) throws CowordException {
		try {
			byte[] bytes = Files.readAllBytes(file);
			return EncodingDetector.decode(bytes, EncodingDetector.detect(bytes));
		} catch (IOException e) {
			throw new CowordException(Reason.BAD_INPUT, file + ": cannot be read (" + e.getMessage() + ")", e);
		} catch (ImportException e) {
			throw new CowordException(Reason.BAD_INPUT, file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @param file its name, for messages
	 * @param text its text
	 * @return its format
	 * @throws CowordException if it is none of the formats
	 */
	public static Format detect(Path file, String text) throws CowordException {
		String head = text.length() > 8192 ? text.substring(0, 8192) : text;
		String first = head.lines().findFirst().orElse("").strip(); //$NON-NLS-1$
		if (first.startsWith("PT\t") || first.startsWith("FN\t") || first.matches("^(PT|AU)(\t[A-Z][A-Z0-9])+.*")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Format.WOS_TAB;
		}
		if (first.contains(",") && (first.contains("Author Keywords") || first.contains("EID"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Format.SCOPUS_CSV;
		}
		if (head.contains("【来源篇名】") || head.contains("【关 键 词】") || head.contains("【关键词】")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Format.CSSCI;
		}
		if (head.lines().anyMatch(l -> l.startsWith("TY  -"))) { //$NON-NLS-1$
			return Format.RIS;
		}
		throw new CowordException(Reason.BAD_INPUT, file + ": line 1: not a bibliographic export PolicyLens reads "
				+ "(Web of Science tab-delimited, Scopus CSV, RIS or CSSCI); it begins with '"
				+ (first.length() > 60 ? first.substring(0, 60) + "..." : first) + "'"); //$NON-NLS-2$
	}

	/**
	 * @param file   its name, for messages
	 * @param text   its text
	 * @param format its format
	 * @return its records, in file order
	 * @throws CowordException if a record is malformed (names the file and line)
	 */
	public static List<Entry> parse(Path file, String text, Format format) throws CowordException {
		return switch (format) {
		case WOS_TAB -> tabDelimited(file, text);
		case SCOPUS_CSV -> csv(file, text);
		case RIS -> ris(file, text);
		case CSSCI -> cssci(text);
		};
	}

	private static List<Entry> tabDelimited(Path file, String text) throws CowordException {
		List<String> lines = text.lines().toList();
		String[] header = lines.get(0).split("\t", -1); //$NON-NLS-1$
		List<Entry> entries = new ArrayList<>();
		for (int l = 1; l < lines.size(); l++) {
			String line = lines.get(l);
			if (line.isBlank()) {
				continue;
			}
			String[] values = line.split("\t", -1); //$NON-NLS-1$
			// exports end records with a tab more or less than the header: allow one
			if (values.length > header.length + 1 || values.length < header.length - 1) {
				throw new CowordException(Reason.BAD_INPUT, String.format(Locale.ROOT,
						"%s: line %d: %d tab-separated fields, but the header has %d (is a record broken over lines?)", file,
						l + 1, values.length, header.length));
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (int c = 0; c < header.length && c < values.length; c++) {
				fields.put(header[c].strip(), values[c]);
			}
			entries.add(new Entry(l + 1, fields));
		}
		return entries;
	}

	private static List<Entry> csv(Path file, String text) throws CowordException {
		List<Entry> entries = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
				.setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = format.parse(new StringReader(text))) {
			List<String> header = parser.getHeaderNames();
			for (CSVRecord record : parser) {
				Map<String, String> fields = new LinkedHashMap<>();
				for (int c = 0; c < header.size() && c < record.size(); c++) {
					fields.put(header.get(c).strip(), record.get(c));
				}
				entries.add(new Entry((int) parser.getCurrentLineNumber(), fields));
			}
		} catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
			throw new CowordException(Reason.BAD_INPUT, file + ": not valid CSV: " + e.getMessage(), e);
		}
		return entries;
	}

	private static List<Entry> ris(Path file, String text) throws CowordException {
		List<Entry> entries = new ArrayList<>();
		Map<String, String> fields = null;
		int start = 0;
		int l = 0;
		String lastTag = null;
		for (String line : (Iterable<String>) text.lines()::iterator) {
			l++;
			Matcher m = RIS_LINE.matcher(line.stripTrailing());
			if (!m.matches()) {
				if (fields != null && lastTag != null && !line.isBlank()) {
					fields.merge(lastTag, line.strip(), (a, b) -> a + " " + b); // continuation line //$NON-NLS-1$
				}
				continue;
			}
			String tag = m.group(1);
			String value = m.group(2) == null ? "" : m.group(2).strip(); //$NON-NLS-1$
			if ("TY".equals(tag)) { //$NON-NLS-1$
				if (fields != null) {
					throw new CowordException(Reason.BAD_INPUT, String.format(Locale.ROOT,
							"%s: line %d: a record starts (TY) before the record of line %d ended (ER)", file, l, start));
				}
				fields = new LinkedHashMap<>();
				start = l;
			} else if ("ER".equals(tag)) { //$NON-NLS-1$
				if (fields == null) {
					throw new CowordException(Reason.BAD_INPUT, file + ": line " + l + ": ER without a record (no TY before it)");
				}
				entries.add(new Entry(start, fields));
				fields = null;
			} else if (fields != null) {
				fields.merge(tag, value, (a, b) -> a + ";" + b); //$NON-NLS-1$
			}
			lastTag = tag;
		}
		if (fields != null) {
			throw new CowordException(Reason.BAD_INPUT, file + ": line " + start + ": the record does not end (no ER line)");
		}
		return entries;
	}

	private static List<Entry> cssci(String text) {
		List<Entry> entries = new ArrayList<>();
		Map<String, String> fields = new LinkedHashMap<>();
		int start = 0;
		int l = 0;
		for (String line : (Iterable<String>) text.lines()::iterator) {
			l++;
			Matcher m = CSSCI_LINE.matcher(line.strip());
			if (m.matches()) {
				String tag = m.group(1).replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
				if ("来源篇名".equals(tag) && !fields.isEmpty()) { //$NON-NLS-1$
					entries.add(new Entry(start, fields));
					fields = new LinkedHashMap<>();
				}
				if (fields.isEmpty()) {
					start = l;
				}
				fields.put(tag, m.group(2).strip());
			}
		}
		if (!fields.isEmpty()) {
			entries.add(new Entry(start, fields));
		}
		return entries;
	}
}
