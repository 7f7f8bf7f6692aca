import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws PolicyLens' icons (product icon and view/command icons) as PNG files, so that they can be
 * redrawn at any size and changed in one place. Run from the repository root:
 *
 * <pre>
 * java releng/tools/MakeIcons.java
 * </pre>
 *
 * Every shape is drawn in a 16×16 design grid and scaled.
 */
public class MakeIcons {

	static final Color PAPER = new Color(0xFAFBFD);
	static final Color PAPER_EDGE = new Color(0x5B7FA6);
	static final Color INK = new Color(0x8AA4C2);
	static final Color LENS = new Color(0x0E6B73);
	static final Color GLASS = new Color(0x9ED9DC, false);
	static final Color RED = new Color(0xC62828);
	static final Color GREEN = new Color(0x2E7D32);
	static final Color FOLDER = new Color(0xE3B341);
	static final Color FOLDER_EDGE = new Color(0xA67C12);
	static final Color TAG = new Color(0xE07B39);

	public static void main(String[] args) throws IOException {
		String rcp = "bundles/org.policylens.rcp/icons/";
		String study = "bundles/org.policylens.study.ui/icons/";
		for (int size : new int[] { 16, 32, 48, 64, 128, 256 }) {
			write(rcp + "policylens-" + size + ".png", size, MakeIcons::product);
		}
		write(study + "study.png", 16, MakeIcons::product);
		write(study + "new-study.png", 16, g -> {
			product(g);
			plus(g);
		});
		write(study + "open-study.png", 16, MakeIcons::folder);
		write(study + "attributes.png", 16, MakeIcons::table);
		write(study + "attribute.png", 16, MakeIcons::tag);
		write(study + "history.png", 16, MakeIcons::clock);
		write(study + "event.png", 16, MakeIcons::event);
		String corpus = "bundles/org.policylens.corpus.ui/icons/";
		write(corpus + "document.png", 16, MakeIcons::page);
		write(corpus + "corpus.png", 16, g -> {
			g.translate(-1.5, 1.5);
			page(g);
			g.translate(3, -3);
			page(g);
		});
		write(corpus + "group.png", 16, MakeIcons::folder);
		write(corpus + "clause.png", 16, MakeIcons::clause);
		write(corpus + "import.png", 16, g -> {
			page(g);
			arrow(g);
		});
		String text = "bundles/org.policylens.text.ui/icons/";
		write(text + "frequency.png", 16, MakeIcons::bars);
		write(text + "concordance.png", 16, MakeIcons::concordance);
		write(text + "wordlist.png", 16, MakeIcons::table);
		String coding = "bundles/org.policylens.coding.ui/icons/";
		write(coding + "codes.png", 16, MakeIcons::stripes);
		write(coding + "code.png", 16, MakeIcons::tag);
		write(coding + "code-selection.png", 16, g -> {
			tag(g);
			plus(g);
		});
		write(coding + "uncode.png", 16, g -> {
			tag(g);
			cross(g);
		});
		write(coding + "auto-code.png", 16, g -> {
			stripes(g);
			spark(g);
		});
		write(rcp + "plugins.png", 16, MakeIcons::plug);
		write(rcp + "extension-point.png", 16, MakeIcons::socket);
		write(rcp + "contribution.png", 16, g -> plugSmall(g, GREEN));
		write(rcp + "contribution-broken.png", 16, g -> {
			plugSmall(g, RED);
			cross(g);
		});
	}

	static void write(String file, int size, Consumer<Graphics2D> drawing) throws IOException {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.scale(size / 16.0, size / 16.0);
		drawing.accept(g);
		g.dispose();
		File target = new File(file);
		target.getParentFile().mkdirs();
		ImageIO.write(image, "png", target);
		System.out.println("wrote " + file);
	}

	/** A policy page with lines of text under a magnifying glass. */
	static void product(Graphics2D g) {
		RoundRectangle2D page = new RoundRectangle2D.Double(1.5, 0.8, 9.5, 12.5, 1.2, 1.2);
		g.setColor(PAPER);
		g.fill(page);
		g.setColor(PAPER_EDGE);
		g.setStroke(new BasicStroke(0.9f));
		g.draw(page);
		g.setColor(INK);
		g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (double y = 3.3; y < 11; y += 1.9) {
			g.draw(new Line2D.Double(3.3, y, y < 5 ? 7.6 : 9.2, y));
		}
		Ellipse2D lens = new Ellipse2D.Double(6.6, 6.4, 6.0, 6.0);
		g.setColor(GLASS);
		g.fill(lens);
		g.setColor(LENS);
		g.setStroke(new BasicStroke(1.4f));
		g.draw(lens);
		g.setStroke(new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(11.8, 11.7, 14.6, 14.6));
	}

	/** A page with text lines. */
	static void page(Graphics2D g) {
		RoundRectangle2D page = new RoundRectangle2D.Double(2.5, 1, 11, 14, 1.2, 1.2);
		g.setColor(PAPER);
		g.fill(page);
		g.setColor(PAPER_EDGE);
		g.setStroke(new BasicStroke(0.9f));
		g.draw(page);
		g.setColor(INK);
		g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (double y = 4; y < 14; y += 2.2) {
			g.draw(new Line2D.Double(4.5, y, y < 5 ? 9 : 11.5, y));
		}
	}

	static void clause(Graphics2D g) {
		g.setColor(LENS);
		g.fill(new RoundRectangle2D.Double(2, 3, 3, 3, 1, 1));
		g.setColor(INK);
		g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(7, 4.5, 14, 4.5));
		g.draw(new Line2D.Double(7, 8.5, 14, 8.5));
		g.draw(new Line2D.Double(7, 12.5, 12, 12.5));
		g.draw(new Line2D.Double(3.5, 6, 3.5, 12.5));
		g.draw(new Line2D.Double(3.5, 12.5, 5.5, 12.5));
	}

	static void arrow(Graphics2D g) {
		g.setColor(GREEN);
		g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(0.8, 11, 6, 11));
		g.draw(new Line2D.Double(4, 9, 6.2, 11));
		g.draw(new Line2D.Double(4, 13, 6.2, 11));
	}

	static void bars(Graphics2D g) {
		g.setColor(LENS);
		double[] h = { 12, 9, 6.5, 4.5, 3 };
		for (int i = 0; i < h.length; i++) {
			g.fill(new Rectangle2D.Double(1.5, 1.5 + i * 2.7, h[i], 2));
		}
	}

	static void concordance(Graphics2D g) {
		g.setColor(INK);
		g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (double y = 3; y < 15; y += 3) {
			g.draw(new Line2D.Double(1, y, 5, y));
			g.draw(new Line2D.Double(11, y, 15, y));
		}
		g.setColor(new Color(0xC0392B));
		g.fill(new Rectangle2D.Double(6, 1, 4, 14));
	}

	/** Coding stripes: three bars in code colours. */
	static void stripes(Graphics2D g) {
		Color[] colours = { new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73) };
		double[][] bars = { { 2, 1.5, 11 }, { 6.5, 4.5, 10 }, { 11, 2.5, 7 } };
		for (int i = 0; i < bars.length; i++) {
			g.setColor(colours[i]);
			g.fill(new RoundRectangle2D.Double(bars[i][0], bars[i][1], 3, bars[i][2], 1.5, 1.5));
		}
	}

	/** A small star: something done automatically. */
	static void spark(Graphics2D g) {
		Path2D star = new Path2D.Double();
		double cx = 11.5;
		double cy = 11.5;
		for (int i = 0; i < 8; i++) {
			double r = i % 2 == 0 ? 4.2 : 1.6;
			double a = Math.PI / 4 * i - Math.PI / 2;
			if (i == 0) {
				star.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
			} else {
				star.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
			}
		}
		star.closePath();
		g.setColor(new Color(0xC0392B));
		g.fill(star);
	}

	static void plus(Graphics2D g) {
		g.setColor(Color.WHITE);
		g.fill(new Ellipse2D.Double(0, 8.5, 7.5, 7.5));
		g.setColor(GREEN);
		g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(3.75, 10.2, 3.75, 14.3));
		g.draw(new Line2D.Double(1.7, 12.25, 5.8, 12.25));
	}

	static void folder(Graphics2D g) {
		Path2D shape = new Path2D.Double();
		shape.moveTo(1, 3);
		shape.lineTo(6, 3);
		shape.lineTo(7.5, 4.5);
		shape.lineTo(15, 4.5);
		shape.lineTo(15, 13.5);
		shape.lineTo(1, 13.5);
		shape.closePath();
		g.setColor(FOLDER);
		g.fill(shape);
		g.setColor(FOLDER_EDGE);
		g.setStroke(new BasicStroke(0.9f));
		g.draw(shape);
		g.draw(new Line2D.Double(1, 6.2, 15, 6.2));
	}

	static void table(Graphics2D g) {
		g.setColor(PAPER);
		g.fill(new RoundRectangle2D.Double(1.5, 2.5, 13, 11, 1, 1));
		g.setColor(PAPER_EDGE);
		g.setStroke(new BasicStroke(0.9f));
		g.draw(new RoundRectangle2D.Double(1.5, 2.5, 13, 11, 1, 1));
		g.fill(new RoundRectangle2D.Double(1.5, 2.5, 13, 2.8, 1, 1));
		g.draw(new Line2D.Double(6, 5, 6, 13.5));
		g.draw(new Line2D.Double(1.5, 8.3, 14.5, 8.3));
		g.draw(new Line2D.Double(1.5, 11, 14.5, 11));
	}

	static void tag(Graphics2D g) {
		Path2D shape = new Path2D.Double();
		shape.moveTo(1.5, 2.5);
		shape.lineTo(8.5, 2.5);
		shape.lineTo(14.5, 8.5);
		shape.lineTo(8.5, 14.5);
		shape.lineTo(1.5, 7.5);
		shape.closePath();
		g.setColor(TAG);
		g.fill(shape);
		g.setColor(TAG.darker());
		g.setStroke(new BasicStroke(0.9f));
		g.draw(shape);
		g.setColor(Color.WHITE);
		g.fill(new Ellipse2D.Double(3.4, 4.4, 2.4, 2.4));
	}

	static void clock(Graphics2D g) {
		Ellipse2D face = new Ellipse2D.Double(1.5, 1.5, 13, 13);
		g.setColor(PAPER);
		g.fill(face);
		g.setColor(LENS);
		g.setStroke(new BasicStroke(1.2f));
		g.draw(face);
		g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(8, 8, 8, 4.2));
		g.draw(new Line2D.Double(8, 8, 11, 9.8));
	}

	static void event(Graphics2D g) {
		g.setColor(INK);
		g.setStroke(new BasicStroke(1.2f));
		g.draw(new Line2D.Double(8, 0, 8, 16));
		g.setColor(LENS);
		g.fill(new Ellipse2D.Double(4.5, 4.5, 7, 7));
		g.setColor(Color.WHITE);
		g.fill(new Ellipse2D.Double(6.5, 6.5, 3, 3));
	}

	static void plug(Graphics2D g) {
		plugSmall(g, LENS);
	}

	static void plugSmall(Graphics2D g, Color color) {
		g.setColor(color);
		g.fill(new RoundRectangle2D.Double(3, 5, 10, 7, 2, 2));
		g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(6, 5, 6, 1.5));
		g.draw(new Line2D.Double(10, 5, 10, 1.5));
		g.draw(new Line2D.Double(8, 12, 8, 15));
	}

	static void socket(Graphics2D g) {
		RoundRectangle2D body = new RoundRectangle2D.Double(1.5, 1.5, 13, 13, 3, 3);
		g.setColor(PAPER);
		g.fill(body);
		g.setColor(PAPER_EDGE);
		g.setStroke(new BasicStroke(1.0f));
		g.draw(body);
		g.setColor(LENS);
		g.fill(new RoundRectangle2D.Double(5, 4.5, 1.8, 4.5, 0.8, 0.8));
		g.fill(new RoundRectangle2D.Double(9.2, 4.5, 1.8, 4.5, 0.8, 0.8));
		g.fill(new Ellipse2D.Double(7, 10.5, 2, 2));
	}

	static void cross(Graphics2D g) {
		g.setColor(Color.WHITE);
		g.fill(new Ellipse2D.Double(8, 8, 8, 8));
		g.setColor(RED);
		g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(10, 10, 14, 14));
		g.draw(new Line2D.Double(14, 10, 10, 14));
	}
}
