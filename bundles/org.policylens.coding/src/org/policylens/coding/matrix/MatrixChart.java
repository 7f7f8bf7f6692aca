package org.policylens.coding.matrix;

import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.policylens.text.charts.FrequencyChart;

/**
 * The stacked bar chart of a coding matrix: one bar per column (city, year, domain), stacked by the
 * codes at the top of the codebook (tool types), as counts or as shares of the column. Headless;
 * write it with {@link FrequencyChart#write}.
 */
public final class MatrixChart {

	/** Colours of the stacks when a code has none of its own. */
	private static final Color[] PALETTE = { new Color(0x0E6B73), new Color(0xE07A1F), new Color(0x5B8C2A), new Color(0x8C4A9E),
			new Color(0xC23B3B), new Color(0x3D6DB5), new Color(0xA08A2B), new Color(0x5E5E5E) };

	private MatrixChart() {
	}

	/**
	 * @param matrix  a coding matrix
	 * @param percent {@link Percent#COLUMN} stacks shares of each column (bars of 100 %); anything
	 *                else stacks counts
	 * @return the chart
	 */
	public static JFreeChart create(CodingMatrix matrix, Percent percent) {
		boolean shares = percent == Percent.COLUMN;
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int r = 0; r < matrix.rows().size(); r++) {
			CodingMatrix.Row row = matrix.rows().get(r);
			if (row.depth() != 0) {
				continue;
			}
			for (int c = 0; c < matrix.columns().size(); c++) {
				double value = shares ? matrix.percent(Percent.COLUMN, r, c) : matrix.count(r, c);
				data.addValue(Double.isNaN(value) ? 0 : shares ? 100 * value : value, row.code().getName(), matrix.columns().get(c));
			}
		}
		String unit = matrix.options().count() == MatrixOptions.Count.CLAUSES ? "clauses" : "coding references";
		JFreeChart chart = ChartFactory.createStackedBarChart(matrix.options().rows().getName() + " by " + matrix.options().columns().describe(),
				null, shares ? "% of " + unit : unit, data, PlotOrientation.VERTICAL, true, true, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getTitle().setFont(new Font(FrequencyChart.CJK_FONT, Font.BOLD, 14));
		chart.getLegend().setItemFont(new Font(FrequencyChart.CJK_FONT, Font.PLAIN, 12));
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(new Color(0xF7FAFD));
		plot.setRangeGridlinePaint(new Color(0xC8D3E0));
		CategoryAxis axis = plot.getDomainAxis();
		axis.setTickLabelFont(new Font(FrequencyChart.CJK_FONT, Font.PLAIN, 12));
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		int series = 0;
		for (CodingMatrix.Row row : matrix.rows()) {
			if (row.depth() == 0) {
				renderer.setSeriesPaint(series, colour(row.code().getColour(), series));
				series++;
			}
		}
		return chart;
	}

	private static Color colour(String hex, int series) {
		if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) { //$NON-NLS-1$
			return new Color(Integer.parseInt(hex.substring(1), 16));
		}
		return PALETTE[series % PALETTE.length];
	}
}
