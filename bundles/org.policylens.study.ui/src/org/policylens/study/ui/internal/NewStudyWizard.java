package org.policylens.study.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.policylens.study.StudyException;
import org.policylens.study.ui.IStudyService;

/** File → New Study: creates a study folder and opens it. */
public final class NewStudyWizard extends Wizard implements INewWizard {

	private IStudyService studies;
	private NewStudyPage page;

	/** For the workbench. */
	public NewStudyWizard() {
		setWindowTitle("New Study");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		studies = workbench.getService(IStudyService.class);
	}

	@Override
	public void addPages() {
		if (studies == null) {
			studies = PlatformUI.getWorkbench().getService(IStudyService.class);
		}
		page = new NewStudyPage(studies.getStudiesFolder());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			studies.create(page.getFolder(), page.getStudyTitle(), page.getStudyDescription());
			return true;
		} catch (StudyException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** For tests: the page. */
	NewStudyPage getPage() {
		return page;
	}

	/** For tests: fills in the page. */
	public void fill(String title, String description, Path folder) {
		page.fill(title, description, folder);
	}
}
