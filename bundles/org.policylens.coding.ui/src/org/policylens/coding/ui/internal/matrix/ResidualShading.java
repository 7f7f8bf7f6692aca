package org.policylens.coding.ui.internal.matrix;

import java.util.Locale;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.policylens.coding.matrix.ChiSquare;

/**
 * How a matrix cell shows its adjusted standardized residual: red when the cell holds more codings
 * than independence of rows and columns predicts, blue when fewer, deeper the further from 0
 * (full at ±4), and a mark (▲ or ▼) beyond ±{@value ChiSquare#CRITICAL}, the two-sided 5 % level.
 * Blue and red stay apart for the common colour-vision deficiencies, and the marks do not need
 * colour at all.
 */
public final class ResidualShading {

	/** More than expected. */
	public static final RGB ABOVE = new RGB(0xD6, 0x27, 0x28);
	/** Fewer than expected. */
	public static final RGB BELOW = new RGB(0x1F, 0x77, 0xB4);
	/** The mark of a flagged cell above expectation. */
	public static final String MORE = "\u25B2"; //$NON-NLS-1$
	/** The mark of a flagged cell below expectation. */
	public static final String FEWER = "\u25BC"; //$NON-NLS-1$

	private static final double FULL = 4.0;
	private static final double DEEPEST = 0.7;

	private ResidualShading() {
	}

	/**
	 * @param residual an adjusted standardized residual, NaN when the cell is not in the χ² test
	 * @return the cell's background, or {@code null} for none
	 */
	public static RGB background(double residual) {
		if (Double.isNaN(residual) || residual == 0) {
			return null;
		}
		double depth = DEEPEST * Math.min(1, Math.abs(residual) / FULL);
		RGB base = residual > 0 ? ABOVE : BELOW;
		return new RGB(mix(base.red, depth), mix(base.green, depth), mix(base.blue, depth));
	}

	private static int mix(int channel, double depth) {
		return (int) Math.round(255 + (channel - 255) * depth);
	}

	/**
	 * @param residual an adjusted standardized residual
	 * @return {@link #MORE} or {@link #FEWER} beyond ±1.96, else empty
	 */
	public static String mark(double residual) {
		if (Double.isNaN(residual) || Math.abs(residual) <= ChiSquare.CRITICAL) {
			return ""; //$NON-NLS-1$
		}
		return residual > 0 ? MORE : FEWER;
	}

	/**
	 * @param residual an adjusted standardized residual
	 * @return a sentence for the cell's tooltip
	 */
	public static String describe(double residual) {
		if (Double.isNaN(residual)) {
			return "Not in the \u03C7\u00B2 test (a subtotal, a total, or a row or column without codings)";
		}
		String value = String.format(Locale.ROOT, "Adjusted residual %+.2f", residual); //$NON-NLS-1$
		if (Math.abs(residual) <= ChiSquare.CRITICAL) {
			return value + ": within what independence of rows and columns predicts";
		}
		return value + (residual > 0 ? ": significantly more" : ": significantly fewer")
				+ " than independence of rows and columns predicts (p < .05)";
	}

	/**
	 * @param parent a composite
	 * @return the legend: the scale of shades and the meaning of the marks
	 */
	public static Composite legend(Composite parent) {
		Composite legend = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).spacing(2, 0).applyTo(legend);
		new Label(legend, SWT.NONE).setText("Adjusted residual:  fewer ");
		for (double r : new double[] { -4, -2, 0, 2, 4 }) {
			Label swatch = new Label(legend, SWT.CENTER | SWT.BORDER);
			swatch.setText(String.format(Locale.ROOT, " %+.0f ", r)); //$NON-NLS-1$
			RGB rgb = background(r);
			if (rgb != null) {
				swatch.setBackground(new Color(rgb));
			}
		}
		new Label(legend, SWT.NONE).setText(" more");
		new Label(legend, SWT.NONE).setText("     " + MORE + " " + FEWER + " beyond \u00B11.96 (p < .05)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		legend.setToolTipText("Haberman's adjusted standardized residuals of the \u03C7\u00B2 test: how far a cell is from what"
				+ " independence of rows and columns predicts, in standard errors");
		return legend;
	}
}
