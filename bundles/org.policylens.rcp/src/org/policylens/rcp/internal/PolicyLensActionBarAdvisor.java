package org.policylens.rcp.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar's skeleton: File, Edit, Analysis, Window, Help with named groups that the
 * PolicyLens bundles contribute their commands to (menu:file?after=open, ...).
 */
final class PolicyLensActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction quit;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IContributionItem showViews;

	PolicyLensActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quit = register(ActionFactory.QUIT.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	private <T extends IWorkbenchAction> T register(T action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker("new")); //$NON-NLS-1$
		file.add(new Separator("open")); //$NON-NLS-1$
		file.add(new Separator("import")); //$NON-NLS-1$
		file.add(new Separator("close")); //$NON-NLS-1$
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator("quit")); //$NON-NLS-1$
		file.add(quit);

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager analysis = new MenuManager("&Analysis", "analysis"); //$NON-NLS-1$
		analysis.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager coding = new MenuManager("&Coding", "coding"); //$NON-NLS-1$
		coding.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager("Show &View", "showView"); //$NON-NLS-1$
		views.add(showViews);
		window.add(views);
		window.add(resetPerspective);
		window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(new Separator("preferences")); //$NON-NLS-1$
		window.add(preferences);

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator("about")); //$NON-NLS-1$

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(analysis);
		menuBar.add(coding);
		menuBar.add(window);
		menuBar.add(help);
	}
}
