package org.policylens.rcp.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.policylens.rcp.ProductIds;
import org.policylens.study.StudyException;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.StudyUiPreferences;
import org.policylens.study.ui.Errors;

/**
 * Starts the PolicyLens workbench and opens the study the user expects: the one on the command
 * line, else (by preference) the last one, else the sample study.
 */
final class PolicyLensWorkbenchAdvisor extends WorkbenchAdvisor {

	/** The values of {@link StudyUiPreferences#ON_START}. */
	static final String ON_START_LAST = "last"; //$NON-NLS-1$
	static final String ON_START_SAMPLE = "sample"; //$NON-NLS-1$
	static final String ON_START_NONE = "none"; //$NON-NLS-1$

	private final Application.StartupRequest request;

	PolicyLensWorkbenchAdvisor(Application.StartupRequest request) {
		this.request = request;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ProductIds.PERSPECTIVE;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new PolicyLensWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		IStudyService studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		try {
			if (request.study() != null) {
				studies.open(request.study());
				return;
			}
			String onStart = InstanceScope.INSTANCE.getNode(StudyUiPreferences.NODE).get(StudyUiPreferences.ON_START,
					ON_START_LAST);
			if (request.sample() || ON_START_SAMPLE.equals(onStart)) {
				SampleStudy.open(studies, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
				return;
			}
			if (ON_START_LAST.equals(onStart)) {
				List<Path> recent = studies.getRecent();
				if (recent.isEmpty()) {
					SampleStudy.open(studies, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
				} else {
					studies.open(recent.get(0));
				}
			}
		} catch (StudyException e) {
			Errors.show(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Cannot open the study", e);
		}
	}
}
