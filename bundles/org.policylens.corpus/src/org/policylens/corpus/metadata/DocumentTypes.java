package org.policylens.corpus.metadata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The type of a Chinese policy document, read from the end of its title (办法 → measures, 意见 →
 * opinion, ...).
 */
public final class DocumentTypes {

	private static final Map<String, String> SUFFIXES = new LinkedHashMap<>();

	static {
		SUFFIXES.put("实施细则", "rules"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("细则", "rules"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("办法", "measures"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("措施", "measures"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("政策", "measures"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("意见", "opinion"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("通知", "notice"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("通告", "notice"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("公告", "notice"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("规划", "plan"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("计划", "plan"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("方案", "plan"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("纲要", "plan"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("要点", "plan"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("条例", "regulation"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("规定", "regulation"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("决定", "decision"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("指南", "guideline"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("指引", "guideline"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("标准", "standard"); //$NON-NLS-1$ //$NON-NLS-2$
		SUFFIXES.put("规范", "standard"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private DocumentTypes() {
	}

	/**
	 * @param title a policy title, possibly several joined by " / "
	 * @return the type of the first, or {@code null}
	 */
	public static String of(String title) {
		if (title == null) {
			return null;
		}
		String first = title.split(" / ")[0].replaceAll("[（(][^）)]*[）)]$", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Map.Entry<String, String> e : SUFFIXES.entrySet()) {
			if (first.endsWith(e.getKey())) {
				return e.getValue();
			}
		}
		return null;
	}
}
