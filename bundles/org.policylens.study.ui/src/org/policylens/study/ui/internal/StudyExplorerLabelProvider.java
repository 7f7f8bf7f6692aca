package org.policylens.study.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.model.LedgerEvent;

/**
 * Names and icons in the Study Explorer, with counts and dates in grey.
 */
final class StudyExplorerLabelProvider extends LabelProvider implements IStyledLabelProvider {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT) //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof OpenStudy study) {
			return new StyledString(study.getStudy().getTitle()).append("  " + study.getDirectory(), //$NON-NLS-1$
					StyledString.DECORATIONS_STYLER);
		}
		if (element instanceof StudyNodes.Attributes attributes) {
			return new StyledString("Case attributes").append(" (" + attributes.children().size() + ")", //$NON-NLS-1$ //$NON-NLS-2$
					StyledString.COUNTER_STYLER);
		}
		if (element instanceof StudyNodes.History history) {
			return new StyledString("History").append(" (" + history.children().size() + ")", //$NON-NLS-1$ //$NON-NLS-2$
					StyledString.COUNTER_STYLER);
		}
		if (element instanceof AttributeDefinition attribute) {
			StyledString text = new StyledString(attribute.getLabel() == null ? attribute.getName() : attribute.getLabel());
			text.append("  " + attribute.getName() + " \u00b7 " + attribute.getType().getLiteral(), //$NON-NLS-1$ //$NON-NLS-2$
					StyledString.DECORATIONS_STYLER);
			if (!attribute.getValues().isEmpty()) {
				text.append("  " + String.join(", ", attribute.getValues()), StyledString.QUALIFIER_STYLER); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return text;
		}
		if (element instanceof LedgerEvent event) {
			return new StyledString(event.getSummary() == null ? event.getKind() : event.getSummary())
					.append("  #" + event.getSequence() + " \u00b7 " + TIME.format(event.getTimestamp().toInstant()) //$NON-NLS-1$ //$NON-NLS-2$
							+ " \u00b7 " + event.getActor(), StyledString.DECORATIONS_STYLER); //$NON-NLS-1$
		}
		return new StyledString(String.valueOf(element));
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		String icon;
		if (element instanceof OpenStudy) {
			icon = "study.png"; //$NON-NLS-1$
		} else if (element instanceof StudyNodes.Attributes) {
			icon = "attributes.png"; //$NON-NLS-1$
		} else if (element instanceof StudyNodes.History) {
			icon = "history.png"; //$NON-NLS-1$
		} else if (element instanceof AttributeDefinition) {
			icon = "attribute.png"; //$NON-NLS-1$
		} else if (element instanceof LedgerEvent) {
			icon = "event.png"; //$NON-NLS-1$
		} else {
			return null;
		}
		return resources.create(icon(icon));
	}

	static ImageDescriptor icon(String name) {
		return ImageDescriptor.createFromURL(StudyExplorerLabelProvider.class.getResource("/icons/" + name)); //$NON-NLS-1$
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
