package org.policylens.study.ui.internal;

import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;
import org.policylens.study.ui.IStudyService;

/**
 * Makes the one {@link IStudyService} of the workbench (windows and parts share it).
 */
public final class StudyServiceFactory extends AbstractServiceFactory {

	@Override
	public Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
			IServiceLocator locator) {
		if (serviceInterface != IStudyService.class) {
			return null;
		}
		Object parent = parentLocator.getService(IStudyService.class);
		return parent != null ? parent : StudyService.createDefault();
	}
}
