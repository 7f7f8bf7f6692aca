package org.policylens.codebook.edit.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.provider.CodeItemProvider;

/** A code, labelled by its name; the commands that change it are {@link LedgerRouting}'s. */
public final class CodeItems extends CodeItemProvider {

	/** @param adapterFactory the factory */
	public CodeItems(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		String name = ((Code) object).getName();
		return name == null || name.isBlank() ? "(no name)" : name;
	}

	@Override
	public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
			CommandParameter parameter) {
		Command routed = LedgerRouting.command(domain, commandClass, parameter);
		return routed != null ? routed : super.createCommand(object, domain, commandClass, parameter);
	}
}
