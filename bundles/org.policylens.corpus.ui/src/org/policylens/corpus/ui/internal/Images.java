package org.policylens.corpus.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;

/** The icons of this bundle, owned by a part's resource manager. */
final class Images {

	private Images() {
	}

	static ImageDescriptor descriptor(String name) {
		return ImageDescriptor.createFromURL(Images.class.getResource("/icons/" + name)); //$NON-NLS-1$
	}

	static Image get(LocalResourceManager resources, String name) {
		return resources.create(descriptor(name));
	}
}
