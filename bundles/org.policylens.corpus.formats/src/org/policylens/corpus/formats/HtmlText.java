package org.policylens.corpus.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page as lines: each block element (paragraph, heading, list item, division,
 * table row, line break, ...) starts a new line; table cells are separated by tabs; scripts, styles
 * and the page's navigation, header and footer are left out.
 */
final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "br", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"caption", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tr", "ul"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
	private static final String LEFT_OUT = "script, style, noscript, template, nav, header, footer"; //$NON-NLS-1$

	private HtmlText() {
	}

	/**
	 * @param page a parsed page
	 * @return its title ({@code <title>}, else the first {@code <h1>}), or {@code null}
	 */
	static String title(Document page) {
		String title = page.title().strip();
		if (title.isEmpty()) {
			Element h1 = page.selectFirst("h1"); //$NON-NLS-1$
			title = h1 == null ? "" : h1.text().strip(); //$NON-NLS-1$
		}
		return title.isEmpty() ? null : title;
	}

	/**
	 * @param page a parsed page; its navigation, header, footer, scripts and styles are removed
	 * @return the text of its body, lines separated by LF
	 */
	static String of(Document page) {
		page.select(LEFT_OUT).remove();
		Lines lines = new Lines();
		NodeTraversor.traverse(lines, page.body());
		lines.endLine();
		return String.join("\n", lines.lines); //$NON-NLS-1$
	}

	/** Collects lines while the page is walked. */
	private static final class Lines implements NodeVisitor {

		private final List<String> lines = new ArrayList<>();
		private final StringBuilder line = new StringBuilder();
		private int preformatted;

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				if (preformatted > 0) {
					text.getWholeText().lines().forEach(l -> {
						line.append(l);
						endLine();
					});
				} else {
					line.append(text.text());
				}
			} else if (node instanceof Element element) {
				String name = element.normalName();
				if (BLOCKS.contains(name)) {
					endLine();
				} else if (("td".equals(name) || "th".equals(name)) && element.elementSiblingIndex() > 0) { //$NON-NLS-1$ //$NON-NLS-2$
					line.append('\t');
				}
				if ("pre".equals(name)) { //$NON-NLS-1$
					preformatted++;
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
				endLine();
				if ("pre".equals(element.normalName())) { //$NON-NLS-1$
					preformatted--;
				}
			}
		}

		void endLine() {
			String text = line.toString().replace('\u00A0', ' ').replaceAll(" {2,}", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
			if (!text.isEmpty()) {
				lines.add(text);
			}
			line.setLength(0);
		}
	}
}
