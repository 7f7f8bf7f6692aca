package org.policylens.study.ui.internal;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.model.LedgerEvent;

/**
 * Study → Case attributes, History. The input is a one-element list holding the open study (JFace
 * needs an input that is not itself an element of the tree).
 */
final class StudyExplorerContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof java.util.List<?> roots ? roots.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object element) {
		if (element instanceof OpenStudy study) {
			return new Object[] { new StudyNodes.Attributes(study), new StudyNodes.History(study) };
		}
		if (element instanceof StudyNodes.Attributes attributes) {
			return attributes.children().toArray();
		}
		if (element instanceof StudyNodes.History history) {
			return history.children().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof StudyNodes.Attributes a) {
			return a.study();
		}
		if (element instanceof StudyNodes.History h) {
			return h.study();
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof AttributeDefinition || element instanceof LedgerEvent) {
			return false;
		}
		return getChildren(element).length > 0;
	}
}
