package org.policylens.rcp.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyListener;
import org.policylens.study.ui.IStudyService;

/** The main window: size, status line with the progress of Jobs, title with the open study. */
final class PolicyLensWindowAdvisor extends WorkbenchWindowAdvisor implements IStudyListener {

	PolicyLensWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new PolicyLensActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1400, 900));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle("PolicyLens");
	}

	@Override
	public void postWindowOpen() {
		IStudyService studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		studies.addStudyListener(this);
		studyOpened(studies.getCurrent());
	}

	@Override
	public void dispose() {
		PlatformUI.getWorkbench().getService(IStudyService.class).removeStudyListener(this);
	}

	@Override
	public void studyOpened(OpenStudy study) {
		getWindowConfigurer().setTitle(study == null ? "PolicyLens" : study.getStudy().getTitle() + " \u2014 PolicyLens"); //$NON-NLS-1$
	}

	@Override
	public void studyChanged(OpenStudy study) {
		studyOpened(study);
	}
}
