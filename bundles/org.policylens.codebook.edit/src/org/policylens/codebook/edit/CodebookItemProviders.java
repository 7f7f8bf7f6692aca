package org.policylens.codebook.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.policylens.codebook.edit.internal.CodeItems;
import org.policylens.codebook.edit.internal.CodebookItems;
import org.policylens.codebook.edit.internal.CodebooksItems;
import org.policylens.codebook.model.provider.CodebookItemProviderAdapterFactory;

/**
 * The item providers of the codebook model as PolicyLens uses them: the generated ones
 * ({@code src-gen/}), with codes and codebooks labelled by their names, and every command they
 * create for a code (set a field, remove, move, drag and drop) made by
 * {@link org.policylens.codebook.CodebookCommands}, so that each edit is recorded in the study's
 * ledger and can be undone. Those commands need a {@link CodebookEditingDomain}; in any other
 * editing domain they cannot execute. New codes are added with
 * {@link org.policylens.codebook.CodebookCommands#addCode}, not as new children.
 * <p>
 * Registered for the codebook package in {@code org.eclipse.emf.edit.itemProviderAdapterFactories}.
 */
public class CodebookItemProviders extends CodebookItemProviderAdapterFactory {

	@Override
	public Adapter createCodeAdapter() {
		if (codeItemProvider == null) {
			codeItemProvider = new CodeItems(this);
		}
		return codeItemProvider;
	}

	@Override
	public Adapter createCodebooksAdapter() {
		if (codebooksItemProvider == null) {
			codebooksItemProvider = new CodebooksItems(this);
		}
		return codebooksItemProvider;
	}

	@Override
	public Adapter createCodebookAdapter() {
		if (codebookItemProvider == null) {
			codebookItemProvider = new CodebookItems(this);
		}
		return codebookItemProvider;
	}
}
