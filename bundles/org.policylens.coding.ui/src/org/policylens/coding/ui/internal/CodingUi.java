package org.policylens.coding.ui.internal;

import java.util.Objects;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.service.prefs.BackingStoreException;
import org.policylens.codebook.CodeColours;
import org.policylens.codebook.model.Code;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.ui.DocumentEditors;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;

/**
 * What the coding views share: the coder whose codings are shown (a preference, so the Codes
 * view, the coding stripes and the handlers agree and it is remembered), code colours and
 * swatches, and saving a coding change.
 */
public final class CodingUi {

	/** The preference node of the coding UI. */
	public static final String NODE = "org.policylens.coding.ui"; //$NON-NLS-1$
	/** The coder whose codings the views show; empty for all coders. */
	public static final String CODER_FILTER = "coderFilter"; //$NON-NLS-1$
	/** The prefix of a code dragged from the Codes view, followed by the code's guid. */
	public static final String CODE_DRAG_PREFIX = "policylens-code:"; //$NON-NLS-1$

	private CodingUi() {
	}

	/** @return the preferences of the coding UI */
	public static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** @return the coder whose codings are shown, or {@code null} for all */
	public static String coderFilter() {
		String coder = preferences().get(CODER_FILTER, ""); //$NON-NLS-1$
		return coder.isEmpty() ? null : coder;
	}

	/** @param coder the coder whose codings to show, or {@code null} for all */
	public static void setCoderFilter(String coder) {
		if (Objects.equals(coder, coderFilter())) {
			return;
		}
		preferences().put(CODER_FILTER, coder == null ? "" : coder); //$NON-NLS-1$
		try {
			preferences().flush();
		} catch (BackingStoreException e) {
			// the choice holds for this session anyway
		}
	}

	/**
	 * @param code a code
	 * @return its colour (its own, or the default of its place in the codebook)
	 */
	public static RGB rgb(Code code) {
		int[] rgb = CodeColours.rgb(CodeColours.colourOf(code));
		return new RGB(rgb[0], rgb[1], rgb[2]);
	}

	/**
	 * @param resources where the colour is kept (disposed with it)
	 * @param code      a code
	 * @return its colour
	 */
	public static Color colour(ResourceManager resources, Code code) {
		return resources.create(ColorDescriptor.createFrom(rgb(code)));
	}

	/**
	 * @param resources where the image is kept
	 * @param code      a code
	 * @return a 16×16 swatch of its colour; hollow for a category that cannot be coded
	 */
	public static Image swatch(ResourceManager resources, Code code) {
		RGB colour = rgb(code);
		boolean codable = code.isCodable();
		return resources.create(ImageDescriptor.createFromImageDataProvider(zoom -> {
			int size = 16 * zoom / 100;
			ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
			data.transparentPixel = 0xFFFFFE;
			Image image = new Image(Display.getCurrent(), data);
			GC gc = new GC(image);
			gc.setBackground(new Color(0xFF, 0xFF, 0xFE));
			gc.fillRectangle(0, 0, size, size);
			Color fill = new Color(colour);
			gc.setBackground(fill);
			gc.setForeground(fill);
			int inset = size / 8;
			if (codable) {
				gc.fillRoundRectangle(inset, inset, size - 2 * inset, size - 2 * inset, size / 4, size / 4);
			} else {
				gc.setLineWidth(Math.max(1, size / 8));
				gc.drawRoundRectangle(inset, inset, size - 2 * inset - 1, size - 2 * inset - 1, size / 4, size / 4);
			}
			gc.dispose();
			ImageData result = image.getImageData();
			result.transparentPixel = data.transparentPixel;
			image.dispose();
			return result;
		}));
	}

	/**
	 * Saves the study after a coding change and tells every view; a failed save is shown and the
	 * change stays in memory, to be saved with the next one.
	 *
	 * @param studies the study service
	 * @param shell   the shell for a message
	 * @return whether it was saved
	 */
	public static boolean save(IStudyService studies, Shell shell) {
		try {
			studies.saveChanges();
			return true;
		} catch (StudyException e) {
			Errors.show(shell, "Cannot save the study", e);
			studies.changed();
			return false;
		}
	}

	/**
	 * Opens a policy of the study in its document editor with a span selected and revealed, as the
	 * Codes view, the matrix drill-down and the disagreement list do; a failure is shown.
	 *
	 * @param page   the workbench page
	 * @param study  the open study
	 * @param number the policy number
	 * @param offset the span's start
	 * @param length the span's length
	 * @return whether the corpus has the policy (when not, nothing is opened)
	 */
	public static boolean open(IWorkbenchPage page, OpenStudy study, int number, int offset, int length) {
		return Corpora.document(study, number).map(document -> {
			try {
				DocumentEditors.open(page, study, document, offset, length);
			} catch (PartInitException e) {
				Errors.show(page.getWorkbenchWindow().getShell(), "Cannot open policy " + number, e);
			}
			return true;
		}).orElse(false);
	}
}
