package org.policylens.codebook.edit.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.provider.CodebookItemProvider;

/**
 * A codebook, labelled by its name; the commands that change the codes at the top of its tree are
 * {@link LedgerRouting}'s (its own fields are set when it is created, copied or imported).
 */
public final class CodebookItems extends CodebookItemProvider {

	/** @param adapterFactory the factory */
	public CodebookItems(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		Codebook codebook = (Codebook) object;
		return codebook.getName() == null || codebook.getName().isBlank() ? codebook.getId() : codebook.getName();
	}

	@Override
	public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
			CommandParameter parameter) {
		Command routed = LedgerRouting.command(domain, commandClass, parameter);
		return routed != null ? routed : super.createCommand(object, domain, commandClass, parameter);
	}
}
