package org.policylens.codebook.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;
import org.policylens.codebook.CodeColours;
import org.policylens.codebook.model.Code;

/**
 * The JFace side of the codebook item providers (emf.edit.ui is not on Maven Central): a tree
 * content provider over {@link ITreeItemContentProvider}, column label providers over
 * {@link IItemLabelProvider} with a swatch of each code's colour, categories that cannot be coded
 * in grey italics, and the number of codings per code.
 */
public final class CodeTreeProviders {

	private final AdapterFactory items;
	private final Map<String, Image> swatches = new HashMap<>();
	private Map<Code, Integer> codings = Map.of();

	/** @param items the item providers */
	public CodeTreeProviders(AdapterFactory items) {
		this.items = items;
	}

	/** @param counts the number of codings of each code (missing: none) */
	public void setCodings(Map<Code, Integer> counts) {
		codings = counts;
	}

	/**
	 * @param code a code
	 * @return its number of codings
	 */
	public int codings(Code code) {
		return codings.getOrDefault(code, 0);
	}

	/** @return the content provider: the codebook's codes and their children */
	public ITreeContentProvider content() {
		return new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				IStructuredItemContentProvider provider = (IStructuredItemContentProvider) items.adapt(input,
						IStructuredItemContentProvider.class);
				return provider == null ? new Object[0] : provider.getElements(input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				ITreeItemContentProvider provider = tree(parent);
				return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
			}

			@Override
			public Object getParent(Object element) {
				ITreeItemContentProvider provider = tree(element);
				return provider == null ? null : provider.getParent(element);
			}

			@Override
			public boolean hasChildren(Object element) {
				ITreeItemContentProvider provider = tree(element);
				return provider != null && provider.hasChildren(element);
			}
		};
	}

	private ITreeItemContentProvider tree(Object element) {
		return (ITreeItemContentProvider) items.adapt(element, ITreeItemContentProvider.class);
	}

	/** @return the label provider of the code column */
	public ColumnLabelProvider names() {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				IItemLabelProvider provider = (IItemLabelProvider) items.adapt(element, IItemLabelProvider.class);
				return provider == null ? String.valueOf(element) : provider.getText(element);
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof Code code ? swatch(code) : null;
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof Code code && !code.isCodable() ? JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT)
						: null;
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof Code code && !code.isCodable() ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof Code code && code.getDefinition() != null ? code.getDefinition() : null;
			}
		};
	}

	/** @return the label provider of the codings column */
	public ColumnLabelProvider counts() {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				int count = element instanceof Code code ? codings(code) : 0;
				return count == 0 ? "" : Integer.toString(count); //$NON-NLS-1$
			}
		};
	}

	/**
	 * @param code a code
	 * @return a 16×16 square of its colour, filled if it can be coded, an outline for a category
	 *         (kept until {@link #dispose()})
	 */
	public Image swatch(Code code) {
		int[] rgb = CodeColours.rgb(CodeColours.colourOf(code));
		String key = rgb[0] + "," + rgb[1] + "," + rgb[2] + (code.isCodable() ? "" : "/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return swatches.computeIfAbsent(key, k -> square(rgb, code.isCodable()));
	}

	private static Image square(int[] rgb, boolean filled) {
		int size = 16;
		ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		data.alphaData = new byte[size * size];
		int pixel = data.palette.getPixel(new org.eclipse.swt.graphics.RGB(rgb[0], rgb[1], rgb[2]));
		for (int y = 2; y < size - 2; y++) {
			for (int x = 2; x < size - 2; x++) {
				boolean edge = x < 4 || y < 4 || x >= size - 4 || y >= size - 4;
				if (filled || edge) {
					data.setPixel(x, y, pixel);
					data.alphaData[y * size + x] = (byte) 0xFF;
				}
			}
		}
		return new Image(Display.getCurrent(), data);
	}

	/** Disposes the swatches. */
	public void dispose() {
		swatches.values().forEach(Image::dispose);
		swatches.clear();
	}
}
