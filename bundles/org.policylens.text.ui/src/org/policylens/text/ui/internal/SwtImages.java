package org.policylens.text.ui.internal;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/** Java2D pictures (charts, word clouds drawn by the headless code) for SWT. */
final class SwtImages {

	private SwtImages() {
	}

	static ImageData fromAwt(BufferedImage image) {
		PaletteData palette = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);
		ImageData data = new ImageData(image.getWidth(), image.getHeight(), 24, palette);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				data.setPixel(x, y, palette.getPixel(new RGB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)));
			}
		}
		return data;
	}
}
