package org.policylens.coword;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.coword.internal.Fields;
import org.policylens.coword.internal.KeywordRecords;

/**
 * The keywords of bibliographic records, one unit per record: Web of Science tab-delimited
 * exports ({@code DE} author keywords, {@code ID} Keywords Plus), Scopus CSV ({@code Author Keywords},
 * {@code Index Keywords}), RIS ({@code KW}) and CSSCI ({@code 【关键词】}). Keywords are split at
 * {@code ;} (CSSCI {@code /}), trimmed, and case-folded when they are in a Latin script ("Smart
 * City" and "smart city" are one term); Chinese keywords are kept as they are.
 * <p>
 * The format is recognised from the file's first line. Fields are named as in the format
 * ({@code DE}, {@code Author Keywords}) or by their role: {@code author} (author keywords of any
 * format) and {@code index} (Keywords Plus, Index Keywords). Without fields, author keywords are read.
 */
public final class KeywordFieldSource implements CowordSource {

	/** The role name of author keywords in every format. */
	public static final String AUTHOR = "author"; //$NON-NLS-1$
	/** The role name of indexer keywords (WoS Keywords Plus, Scopus Index Keywords). */
	public static final String INDEX = "index"; //$NON-NLS-1$

	/** A bibliographic export format. */
	public enum Format {
		/** Web of Science "Tab-delimited file" export (header PT, AU, ..., UT). */
		WOS_TAB,
		/** Scopus CSV export (header Authors, ..., EID). */
		SCOPUS_CSV,
		/** RIS tagged records (TY ... ER). */
		RIS,
		/** CSSCI text export (【来源篇名】 ... 【关 键 词】). */
		CSSCI
	}

	private final List<Path> files;
	private final List<String> fields;
	private final int fromYear;
	private final int toYear;

	/**
	 * @param files  export files, read in this order (records numbered across them)
	 * @param fields the fields to read, by name or role; empty for author keywords
	 */
	public KeywordFieldSource(List<Path> files, List<String> fields) {
		this(files, fields, Integer.MIN_VALUE, Integer.MAX_VALUE);
	}

	private KeywordFieldSource(List<Path> files, List<String> fields, int fromYear, int toYear) {
		this.files = List.copyOf(files);
		this.fields = fields.isEmpty() ? List.of(AUTHOR) : List.copyOf(fields);
		this.fromYear = fromYear;
		this.toYear = toYear;
	}

	/**
	 * @param from the first publication year (inclusive)
	 * @param to   the last publication year (inclusive)
	 * @return this source restricted to records published in those years (a period for
	 *         {@link TermEvolution}); records without a year are left out
	 */
	public KeywordFieldSource years(int from, int to) {
		return new KeywordFieldSource(files, fields, from, to);
	}

	/** @return the files */
	public List<Path> files() {
		return files;
	}

	/** @return the fields read */
	public List<String> fields() {
		return fields;
	}

	@Override
	public void read(UnitSink sink, IProgressMonitor monitor) throws CowordException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading keywords", files.size());
		int index = 0;
		for (Path file : files) {
			progress.subTask(file.getFileName().toString());
			String text = KeywordRecords.read(file);
			Format format = KeywordRecords.detect(file, text);
			List<String> columns = columns(file, format);
			for (KeywordRecords.Entry entry : KeywordRecords.parse(file, text, format)) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				if (!inYears(entry, format)) {
					continue;
				}
				List<String> terms = new ArrayList<>();
				for (String column : columns) {
					terms.addAll(split(entry.get(column), format));
				}
				String id = Fields.id(entry, format);
				sink.unit(CowordUnit.record(index++, id.isEmpty() ? file.getFileName() + ":" + entry.line() : id, //$NON-NLS-1$
						Fields.label(entry, format)), terms);
			}
			progress.worked(1);
		}
	}

	/**
	 * @param value  a keyword field's value
	 * @param format the file's format
	 * @return its keywords: split at {@code ;} (CSSCI also {@code /}), trimmed, white space
	 *         collapsed, Latin-script keywords in lower case
	 */
	public static List<String> split(String value, Format format) {
		List<String> terms = new ArrayList<>();
		for (String part : value.split(format == Format.CSSCI ? "[;；/]" : "[;；]")) { //$NON-NLS-1$ //$NON-NLS-2$
			String term = part.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
			if (!term.isEmpty()) {
				terms.add(fold(term));
			}
		}
		return terms;
	}

	/**
	 * @param term a keyword
	 * @return it in lower case if it has no Han character (so "Smart City" is "smart city"); else unchanged
	 */
	public static String fold(String term) {
		boolean han = term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		return han ? term : term.toLowerCase(Locale.ROOT);
	}

	private List<String> columns(Path file, Format format) throws CowordException {
		List<String> columns = new ArrayList<>();
		for (String field : fields) {
			columns.add(Fields.column(file, format, field));
		}
		return columns;
	}

	private boolean inYears(KeywordRecords.Entry entry, Format format) {
		if (fromYear == Integer.MIN_VALUE) {
			return true;
		}
		int year = Fields.year(entry, format);
		return year >= fromYear && year <= toYear;
	}

	@Override
	public String describe() {
		String years = fromYear == Integer.MIN_VALUE ? "" : ", years " + fromYear + "-" + toYear; //$NON-NLS-1$
		return String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList()) + ", fields " //$NON-NLS-1$
				+ String.join(";", fields) + years; //$NON-NLS-1$
	}

	@Override
	public String unitKind() {
		return "record"; //$NON-NLS-1$
	}
}
