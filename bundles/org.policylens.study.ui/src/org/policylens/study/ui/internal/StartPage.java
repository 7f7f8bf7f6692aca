package org.policylens.study.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;

/**
 * What the Study Explorer shows while no study is open: how to start.
 */
final class StartPage {

	private final Composite page;
	private final Composite recentList;
	private final IWorkbenchPartSite site;
	private final IStudyService studies;

	StartPage(Composite parent, IWorkbenchPartSite site, IStudyService studies) {
		this.site = site;
		this.studies = studies;
		page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).spacing(6, 8).applyTo(page);

		Label title = new Label(page, SWT.WRAP);
		title.setText("No study is open");
		title.setFont(JFaceResources.getHeaderFont());
		Label text = new Label(page, SWT.WRAP);
		text.setText("A study holds one research project: its sources, analyses and the history of every step.");
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);

		link("<a>New study\u2026</a>", Commands.NEW_STUDY, Map.of());
		link("<a>Open a study\u2026</a>", Commands.OPEN_STUDY, Map.of());
		link("<a>Open the sample study</a> (smart-city policy of four cities)", Commands.OPEN_SAMPLE_STUDY, Map.of());

		Label recent = new Label(page, SWT.NONE);
		recent.setText("Recent studies");
		recent.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().indent(0, 12).applyTo(recent);
		recentList = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(recentList);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(recentList);
		refresh();
	}

	Control getControl() {
		return page;
	}

	void refresh() {
		for (Control child : recentList.getChildren()) {
			child.dispose();
		}
		List<Path> recent = studies.getRecent();
		if (recent.isEmpty()) {
			new Label(recentList, SWT.NONE).setText("(none yet)");
		}
		for (Path path : recent) {
			Link link = new Link(recentList, SWT.NONE);
			link.setText("<a>" + path.getFileName() + "</a>  " + path.getParent());
			link.setToolTipText(path.toString());
			link.addListener(SWT.Selection, e -> execute(Commands.OPEN_RECENT, Map.of(Commands.PATH_PARAMETER, path.toString())));
		}
		page.layout(true, true);
	}

	private void link(String text, String commandId, Map<String, String> parameters) {
		Link link = new Link(page, SWT.WRAP);
		link.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(link);
		link.addListener(SWT.Selection, e -> execute(commandId, parameters));
		Command command = site.getService(ICommandService.class).getCommand(commandId);
		link.setEnabled(command.isDefined() && command.isHandled());
	}

	private void execute(String commandId, Map<String, String> parameters) {
		ICommandService commands = site.getService(ICommandService.class);
		IHandlerService handlers = site.getService(IHandlerService.class);
		try {
			ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters);
			handlers.executeCommand(command, null);
		} catch (Exception e) {
			Errors.show(site.getShell(), "Cannot run the command", e);
		}
	}
}
