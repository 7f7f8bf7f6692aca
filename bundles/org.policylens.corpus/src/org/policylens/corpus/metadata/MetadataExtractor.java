package org.policylens.corpus.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata of a policy document from its first lines: the PKULaw (北大法宝) header, the
 * notice title, the document number (京经信发〔2022〕87号, 省政府令（第290号）), the issuing body, the
 * date, the title of the policy itself, and from the text the effective date and validity. From
 * these it derives the place (city, province), the administrative level, the document type and the
 * year. What it cannot find it leaves out; the user corrects the rest.
 * <p>
 * Where the policy starts ({@link ExtractedMetadata#bodyStart()}) is the line with its title after
 * the date (notices that print a policy), so that clauses and word counts cover the policy, not the
 * database header or the covering notice.
 */
public final class MetadataExtractor {

	private static final Pattern PKULAW_HEADER = Pattern.compile("^(【法宝引证码】|原文链接[：:]|【发布部门】|【发文字号】|【发布日期】|【实施日期】|【时效性】|【效力级别】)"); //$NON-NLS-1$
	private static final Pattern PKULAW_FIELD = Pattern.compile("^【(发布部门|发文字号|发布日期|实施日期|时效性|效力级别)】\\s*(.+)$"); //$NON-NLS-1$
	private static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}A-Za-z]{1,12}[〔\\[［(（]\\s*(\\d{4})\\s*[〕\\]］)）]\\s*第?\\s*\\d{1,5}\\s*号"); //$NON-NLS-1$
	private static final Pattern ORDER_NUMBER = Pattern.compile("^[（(]\\s*第\\s*(\\d{1,5})\\s*号\\s*[）)]$"); //$NON-NLS-1$
	private static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$"); //$NON-NLS-1$
	private static final Pattern EFFECTIVE = Pattern.compile("自\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*起(施行|实施|执行|生效)"); //$NON-NLS-1$
	private static final Pattern EFFECTIVE_ON_ISSUE = Pattern.compile("自(印发|发布|公布|颁布)之日起(施行|实施|执行|生效)"); //$NON-NLS-1$
	private static final Pattern VALID_UNTIL = Pattern.compile("有效期至\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"); //$NON-NLS-1$
	private static final Pattern VALID_YEARS = Pattern.compile("有效期\\s*(为)?\\s*([一二三四五六七八九十\\d]+)\\s*年"); //$NON-NLS-1$
	private static final Pattern ISSUER_SUFFIX = Pattern.compile(".*(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管理局|局|厅|委|部|院|署|中心|政府)$"); //$NON-NLS-1$
	private static final Pattern ISSUER_IN_TITLE = Pattern.compile("^(.{2,40}?(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管理局|局|厅|委|部|院))(关于|印发|转发|颁布|发布)"); //$NON-NLS-1$
	private static final Pattern PRINTED = Pattern.compile("(?:关于)?(?:印发|转发|颁布|发布)(.+?)的(?:通知|决定|公告)$"); //$NON-NLS-1$
	private static final Pattern ORDER_LINE = Pattern.compile("^(.{2,30}?)令$"); //$NON-NLS-1$

	/**
	 * @param text      the document text (LF line ends)
	 * @param titleHint a title the file format records, or {@code null}
	 * @return the metadata found
	 */
	public ExtractedMetadata extract(String text, String titleHint) {
		List<int[]> lines = lines(text);
		Map<String, String> values = new LinkedHashMap<>();
		int i = 0;
		// 1. database header lines
		while (i < lines.size() && PKULAW_HEADER.matcher(line(text, lines.get(i))).find()) {
			Matcher field = PKULAW_FIELD.matcher(line(text, lines.get(i)));
			if (field.find()) {
				pkulawField(values, field.group(1), field.group(2).strip());
			}
			i++;
		}
		if (i >= lines.size()) {
			return new ExtractedMetadata(titleHint, values, 0);
		}
		// 2. the notice (or policy) title, often printed twice
		String noticeTitle = line(text, lines.get(i));
		int headerEnd = i + 1;
		while (headerEnd < lines.size() && similar(line(text, lines.get(headerEnd)), noticeTitle)) {
			headerEnd++;
		}
		// 3. the header block: number, order, issuer, date — up to the first date line within 30 lines
		int dateLine = -1;
		String orderIssuer = null;
		for (int j = headerEnd; j < Math.min(lines.size(), headerEnd + 30); j++) {
			String line = line(text, lines.get(j));
			Matcher order = ORDER_LINE.matcher(line);
			if (order.matches() && j + 1 < lines.size() && ORDER_NUMBER.matcher(line(text, lines.get(j + 1))).matches()) {
				orderIssuer = order.group(1);
				Matcher n = ORDER_NUMBER.matcher(line(text, lines.get(j + 1)));
				n.matches();
				values.putIfAbsent(Keys.NUMBER, line + "第" + n.group(1) + "号"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Matcher number = NUMBER.matcher(line);
			if (!values.containsKey(Keys.NUMBER) && number.find() && line.length() < 40) {
				values.put(Keys.NUMBER, number.group().replaceAll("\\s", "").replace('[', '〔').replace(']', '〕') //$NON-NLS-1$ //$NON-NLS-2$
						.replace('［', '〔').replace('］', '〕'));
			}
			Matcher date = DATE_LINE.matcher(line);
			if (date.matches()) {
				values.putIfAbsent(Keys.ISSUED, iso(date.group(1), date.group(2), date.group(3)));
				dateLine = j;
				String before = j > headerEnd ? line(text, lines.get(j - 1)) : ""; //$NON-NLS-1$
				if (ISSUER_SUFFIX.matcher(before).matches() && before.length() <= 30) {
					values.putIfAbsent(Keys.ISSUER, before);
				}
				break;
			}
		}
		// 4. the issuer from the title or a government order when there was no signature line
		Matcher inTitle = ISSUER_IN_TITLE.matcher(noticeTitle);
		if (inTitle.find()) {
			values.putIfAbsent(Keys.ISSUER, inTitle.group(1));
		}
		if (orderIssuer != null) {
			values.putIfAbsent(Keys.ISSUER, orderIssuer);
		}
		// 5. the policy title and where the policy starts
		String title = noticeTitle;
		int bodyLine = headerEnd;
		if (dateLine >= 0 && dateLine + 1 < lines.size()) {
			String next = line(text, lines.get(dateLine + 1));
			bodyLine = dateLine + 1;
			if (looksLikeTitle(next)) {
				title = next;
			}
		}
		Matcher printed = PRINTED.matcher(noticeTitle);
		if (printed.find()) {
			String inner = printed.group(1).replaceAll("^《|》$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			List<String> parts = printedParts(inner, text, lines, bodyLine);
			title = parts.size() > 1 ? String.join(" / ", parts) : title.equals(noticeTitle) ? inner.replace("》《", " / ") : title; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else if (titleHint != null && !titleHint.isBlank() && title.equals(noticeTitle) && dateLine < 0) {
			title = titleHint.strip();
		}
		int bodyStart = bodyLine < lines.size() ? lines.get(bodyLine)[0] : text.length();
		// 6. effective date and validity from the text
		Matcher effective = EFFECTIVE.matcher(text);
		if (effective.find()) {
			values.putIfAbsent(Keys.EFFECTIVE, iso(effective.group(1), effective.group(2), effective.group(3)));
		} else if (EFFECTIVE_ON_ISSUE.matcher(text).find() && values.containsKey(Keys.ISSUED)) {
			values.putIfAbsent(Keys.EFFECTIVE, values.get(Keys.ISSUED));
		}
		Matcher until = VALID_UNTIL.matcher(text);
		Matcher years = VALID_YEARS.matcher(text);
		if (until.find()) {
			values.putIfAbsent(Keys.VALIDITY, "valid until " + iso(until.group(1), until.group(2), until.group(3))); //$NON-NLS-1$
		} else if (years.find()) {
			values.putIfAbsent(Keys.VALIDITY, "valid for " + years.group(2) + " years"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		// 7. derived: year, place, level, type
		String issued = values.get(Keys.ISSUED);
		if (issued != null) {
			values.putIfAbsent(Keys.YEAR, issued.substring(0, 4));
		}
		Places.derive(values.get(Keys.ISSUER), values);
		String type = DocumentTypes.of(title);
		if (type != null) {
			values.putIfAbsent(Keys.TYPE, type);
		}
		return new ExtractedMetadata(title, values, bodyStart);
	}

	/**
	 * A notice that prints several policies ("印发A和B的通知") names them joined by 和; each is a
	 * policy title when it stands on a line of its own in the text.
	 */
	private static List<String> printedParts(String inner, String text, List<int[]> lines, int from) {
		List<String> parts = new ArrayList<>();
		for (String candidate : inner.split("和|》《|、")) { //$NON-NLS-1$
			String wanted = normalise(candidate.replaceAll("^《|》$", "")); //$NON-NLS-1$ //$NON-NLS-2$
			for (int j = from; j < lines.size(); j++) {
				String line = line(text, lines.get(j));
				String normal = normalise(line);
				if (normal.equals(wanted) || normal.endsWith(wanted) && normal.length() - wanted.length() <= 6) {
					parts.add(line);
					break;
				}
			}
		}
		return parts;
	}

	private static String normalise(String s) {
		return s.replace('（', '(').replace('）', ')').replace('—', '-').replace('－', '-').replaceAll("\\s", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean looksLikeTitle(String line) {
		return line.length() >= 4 && line.length() <= 60 && !line.matches(".*[。；;：:！？]$") //$NON-NLS-1$
				&& !line.matches("^(第.{1,4}[章条节]|[一二三四五六七八九十]+、|[（(]).*") && !line.endsWith("，"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean similar(String a, String b) {
		return normalise(a).equals(normalise(b));
	}

	private static void pkulawField(Map<String, String> values, String field, String value) {
		switch (field) {
		case "发布部门" -> values.put(Keys.ISSUER, value); //$NON-NLS-1$
		case "发文字号" -> values.put(Keys.NUMBER, value); //$NON-NLS-1$
		case "时效性" -> values.put(Keys.VALIDITY, value); //$NON-NLS-1$
		case "发布日期" -> dateValue(value).ifPresent(d -> values.put(Keys.ISSUED, d)); //$NON-NLS-1$
		case "实施日期" -> dateValue(value).ifPresent(d -> values.put(Keys.EFFECTIVE, d)); //$NON-NLS-1$
		default -> {
			// 效力级别 and others are kept by PKULaw in its own terms; not mapped
		}
		}
	}

	private static java.util.Optional<String> dateValue(String value) {
		Matcher m = Pattern.compile("(\\d{4})[年.\\-/](\\d{1,2})[月.\\-/](\\d{1,2})").matcher(value); //$NON-NLS-1$
		return m.find() ? java.util.Optional.of(iso(m.group(1), m.group(2), m.group(3))) : java.util.Optional.empty();
	}

	private static String iso(String year, String month, String day) {
		return String.format("%s-%02d-%02d", year, Integer.parseInt(month), Integer.parseInt(day)); //$NON-NLS-1$
	}

	private static String line(String text, int[] range) {
		return text.substring(range[0], range[1]).strip().replace('\u3000', ' ').strip();
	}

	/** The non-empty lines as [start, end) of their content. */
	private static List<int[]> lines(String text) {
		List<int[]> lines = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			int s = start;
			while (s < end && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u3000')) {
				s++;
			}
			if (s < end) {
				lines.add(new int[] { s, end });
			}
			start = end + 1;
		}
		return lines;
	}
}
