package org.policylens.text.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.policylens.study.AtomicFiles;
import org.policylens.text.FrequencyTable;

/**
 * The bar chart of a group's most frequent terms (horizontal, the most frequent on top), and
 * writing charts as PNG or SVG. Headless: it runs on the command line and in tests; the product
 * shows the same chart in an SWT composite.
 */
public final class FrequencyChart {

	/** The font family used for CJK text in charts, where the machine has it. */
	public static final String CJK_FONT = cjkFont();

	private FrequencyChart() {
	}

	/**
	 * @param table   the counts
	 * @param group   the group
	 * @param top     how many terms
	 * @param measure the measure shown
	 * @return the chart
	 */
	public static JFreeChart create(FrequencyTable table, String group, int top, FrequencyTable.Measure measure) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<FrequencyTable.Row> rows = table.top(group, top, measure);
		String series = measure.name().toLowerCase(Locale.ROOT);
		for (FrequencyTable.Row row : rows) {
			double value = switch (measure) {
			case COUNT -> row.count();
			case DOCUMENTS -> row.documents();
			case TFIDF -> row.tfidf();
			};
			data.addValue(value, series, row.term());
		}
		String title = (group.isEmpty() ? "All documents" : (table.groupedBy() == null ? "" : table.groupedBy() + " = ") + group) //$NON-NLS-1$ //$NON-NLS-2$
				+ ": top " + rows.size() + " terms";
		JFreeChart chart = ChartFactory.createBarChart(title, null, series, data, PlotOrientation.HORIZONTAL, false, true, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getTitle().setFont(new Font(CJK_FONT, Font.BOLD, 14));
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(new Color(0xF7FAFD));
		plot.setRangeGridlinePaint(new Color(0xC8D3E0));
		CategoryAxis axis = plot.getDomainAxis();
		axis.setTickLabelFont(new Font(CJK_FONT, Font.PLAIN, 12));
		axis.setMaximumCategoryLabelWidthRatio(0.4f);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setSeriesPaint(0, new Color(0x0E6B73));
		renderer.setShadowVisible(false);
		return chart;
	}

	/**
	 * @param chart  a chart
	 * @param width  pixels
	 * @param height pixels
	 * @param file   a .png or .svg file (written atomically)
	 * @throws IOException if it cannot be written
	 */
	public static void write(JFreeChart chart, int width, int height, Path file) throws IOException {
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) { //$NON-NLS-1$
			SVGGraphics2D svg = new SVGGraphics2D(width, height);
			chart.draw(svg, new Rectangle(0, 0, width, height));
			byte[] bytes = svg.getSVGDocument().getBytes(StandardCharsets.UTF_8);
			new AtomicFiles().write(file, out -> out.write(bytes));
		} else {
			BufferedImage image = chart.createBufferedImage(width, height);
			new AtomicFiles().write(file, out -> ImageIO.write(image, "png", out)); //$NON-NLS-1$
		}
	}

	private static String cjkFont() {
		String[] candidates = { "Noto Sans CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Source Han Sans SC", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"Microsoft YaHei", "PingFang SC", "SimHei", "AR PL UMing CN" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try {
			List<String> installed = List.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
			for (String candidate : candidates) {
				if (installed.contains(candidate)) {
					return candidate;
				}
			}
		} catch (RuntimeException | Error e) {
			// no fonts (a bare headless JVM): the logical font falls back as it can
		}
		return Font.SANS_SERIF;
	}
}
