package org.policylens.coword.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.ClusterColours;

/**
 * The strategic diagram of a network's clusters (Callon et al. 1991): Callon centrality on x,
 * density on y, a bubble per cluster sized by its number of terms and coloured as on the map,
 * with its label, and the quadrant lines at the medians (motor themes top right, niche top left,
 * emerging or declining bottom left, basic bottom right).
 */
public final class StrategicDiagram {

	private StrategicDiagram() {
	}

	/**
	 * @param network a network with clusters
	 * @return the chart; one series per cluster, in the order of the clusters
	 */
	public static JFreeChart create(CowordNetwork network) {
		XYSeriesCollection data = new XYSeriesCollection();
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
		List<CowordNetwork.Cluster> clusters = network.clusters();
		int largest = clusters.stream().mapToInt(CowordNetwork.Cluster::size).max().orElse(1);
		XYPlot plot = new XYPlot(data, new NumberAxis("Centrality (Callon)"), new NumberAxis("Density (Callon)"), renderer);
		for (int k = 0; k < clusters.size(); k++) {
			CowordNetwork.Cluster cluster = clusters.get(k);
			XYSeries series = new XYSeries(cluster.id() + ": " + cluster.label()); //$NON-NLS-1$
			series.add(cluster.centrality(), cluster.density());
			data.addSeries(series);
			double d = 10 + 40 * Math.sqrt(cluster.size() / (double) largest);
			renderer.setSeriesShape(k, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
			int rgb = ClusterColours.rgb(cluster.id() - 1);
			renderer.setSeriesPaint(k, new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, 200));
			XYTextAnnotation label = new XYTextAnnotation(shortLabel(cluster), cluster.centrality(), cluster.density());
			label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
			label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
			plot.addAnnotation(label);
		}
		if (!clusters.isEmpty()) {
			BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f);
			ValueMarker x = new ValueMarker(median(clusters.stream().mapToDouble(CowordNetwork.Cluster::centrality).toArray()), Color.GRAY, dashed);
			ValueMarker y = new ValueMarker(median(clusters.stream().mapToDouble(CowordNetwork.Cluster::density).toArray()), Color.GRAY, dashed);
			plot.addDomainMarker(x);
			plot.addRangeMarker(y);
		}
		((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
		((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
		plot.getDomainAxis().setLowerMargin(0.15);
		plot.getDomainAxis().setUpperMargin(0.15);
		plot.getRangeAxis().setLowerMargin(0.15);
		plot.getRangeAxis().setUpperMargin(0.15);
		plot.setBackgroundPaint(Color.WHITE);
		JFreeChart chart = new JFreeChart("Strategic diagram", JFreeChart.DEFAULT_TITLE_FONT, plot, clusters.size() <= 12);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/**
	 * @param values values
	 * @return their median (the mean of the middle two when even), as the quadrants split
	 */
	public static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static String shortLabel(CowordNetwork.Cluster cluster) {
		String[] words = cluster.label().split(" / "); //$NON-NLS-1$
		return cluster.id() + ": " + String.join(" / ", Arrays.asList(words).subList(0, Math.min(2, words.length))); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
