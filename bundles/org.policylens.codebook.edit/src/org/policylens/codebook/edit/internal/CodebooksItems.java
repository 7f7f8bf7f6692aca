package org.policylens.codebook.edit.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.policylens.codebook.model.provider.CodebooksItemProvider;

/**
 * The codebooks of a study. The generated provider declares none of the provider interfaces: EMF
 * leaves to the item provider of the superclass, {@code StudyPart}, whatever a package's providers
 * support, and the study model has no edit code. It implements them all, so they are declared here.
 */
public final class CodebooksItems extends CodebooksItemProvider implements IEditingDomainItemProvider, IStructuredItemContentProvider,
		ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {

	/** @param adapterFactory the factory */
	public CodebooksItems(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}
}
