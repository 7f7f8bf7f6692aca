package org.policylens.text.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.policylens.study.AtomicFiles;
import org.policylens.text.FrequencyTable;

/**
 * A word cloud: the most frequent terms, sized by count (square root, so that the largest do not
 * crowd out the rest), placed along a spiral from the centre without overlapping. The layout uses
 * a fixed random seed, so the same counts give the same picture.
 */
public final class WordCloud {

	/**
	 * A placed word.
	 *
	 * @param word   the term
	 * @param size   the font size in points
	 * @param x      the left of its box
	 * @param y      the baseline
	 * @param bounds its box
	 * @param color  its colour
	 */
	public record Placed(String word, float size, double x, double y, Rectangle2D bounds, Color color) {
	}

	private static final Color[] PALETTE = { new Color(0x0E6B73), new Color(0x5B7FA6), new Color(0xC0392B), new Color(0xE07B39),
			new Color(0x2E7D32), new Color(0x6A1B9A), new Color(0x37474F), new Color(0xB8860B) };

	private final List<Placed> placed;
	private final int width;
	private final int height;

	private WordCloud(List<Placed> placed, int width, int height) {
		this.placed = placed;
		this.width = width;
		this.height = height;
	}

	/**
	 * @param rows   the terms, most frequent first
	 * @param width  the picture's width
	 * @param height its height
	 * @param seed   the random seed of the layout
	 * @return the layout; words that do not fit are left out
	 */
	public static WordCloud layout(List<FrequencyTable.Row> rows, int width, int height, long seed) {
		List<Placed> placed = new ArrayList<>();
		if (rows.isEmpty()) {
			return new WordCloud(placed, width, height);
		}
		FontRenderContext context = new FontRenderContext(null, true, true);
		double max = Math.sqrt(rows.get(0).count());
		double min = Math.sqrt(rows.get(rows.size() - 1).count());
		float largest = Math.max(18f, Math.min(width, height) / 6f);
		float smallest = 11f;
		Random random = new Random(seed);
		for (int i = 0; i < rows.size(); i++) {
			FrequencyTable.Row row = rows.get(i);
			double weight = max == min ? 1 : (Math.sqrt(row.count()) - min) / (max - min);
			float size = (float) (smallest + weight * (largest - smallest));
			Font font = new Font(FrequencyChart.CJK_FONT, Font.BOLD, Math.round(size));
			Rectangle2D box = font.getStringBounds(row.term(), context);
			double w = box.getWidth() + 4;
			double h = box.getHeight() + 2;
			double angle = random.nextDouble() * Math.PI * 2;
			for (double t = 0; t < 4000; t += 1) {
				double r = 2.5 * Math.sqrt(t) * 3;
				double cx = width / 2.0 + r * Math.cos(angle + t * 0.18) - w / 2;
				double cy = height / 2.0 + r * Math.sin(angle + t * 0.18) * height / width - h / 2;
				if (cx < 2 || cy < 2 || cx + w > width - 2 || cy + h > height - 2) {
					if (r > Math.max(width, height)) {
						break;
					}
					continue;
				}
				Rectangle2D candidate = new Rectangle2D.Double(cx, cy, w, h);
				if (placed.stream().noneMatch(p -> p.bounds().intersects(candidate))) {
					placed.add(new Placed(row.term(), size, cx + 2, cy + 1 - box.getY(), candidate, PALETTE[i % PALETTE.length]));
					break;
				}
			}
		}
		return new WordCloud(placed, width, height);
	}

	/** @return the placed words, largest first */
	public List<Placed> words() {
		return placed;
	}

	/** @param g draws the cloud (white background) */
	public void paint(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setStroke(new BasicStroke(1));
		for (Placed p : placed) {
			g.setFont(new Font(FrequencyChart.CJK_FONT, Font.BOLD, Math.round(p.size())));
			g.setColor(p.color());
			g.drawString(p.word(), (float) p.x(), (float) p.y());
		}
	}

	/** @return the cloud as an image */
	public BufferedImage toImage() {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		paint(g);
		g.dispose();
		return image;
	}

	/**
	 * @param file a .png or .svg file (written atomically)
	 * @throws IOException if it cannot be written
	 */
	public void write(Path file) throws IOException {
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) { //$NON-NLS-1$
			SVGGraphics2D svg = new SVGGraphics2D(width, height);
			paint(svg);
			byte[] bytes = svg.getSVGDocument().getBytes(StandardCharsets.UTF_8);
			new AtomicFiles().write(file, out -> out.write(bytes));
		} else {
			BufferedImage image = toImage();
			new AtomicFiles().write(file, out -> ImageIO.write(image, "png", out)); //$NON-NLS-1$
		}
	}
}
