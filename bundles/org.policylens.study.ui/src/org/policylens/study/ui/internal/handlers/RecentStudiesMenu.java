package org.policylens.study.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.policylens.study.ui.IStudyService;
import org.policylens.study.ui.internal.Commands;

/** The items of File → Open Recent. */
public final class RecentStudiesMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		int n = 1;
		for (Path path : PlatformUI.getWorkbench().getService(IStudyService.class).getRecent()) {
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(
					PlatformUI.getWorkbench(), null, Commands.OPEN_RECENT, CommandContributionItem.STYLE_PUSH);
			parameter.label = "&" + n++ + " " + path.getFileName() + "  (" + path.getParent() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			parameter.parameters = Map.of(Commands.PATH_PARAMETER, path.toString());
			items.add(new CommandContributionItem(parameter));
		}
		return items.toArray(IContributionItem[]::new);
	}
}
