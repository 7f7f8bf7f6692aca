package org.policylens.codebook.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.policylens.codebook.CodebookEdit;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.edit.internal.RefusalStack;
import org.policylens.codebook.edit.internal.RefusedCommand;
import org.policylens.codebook.model.Codebook;
import org.policylens.study.StudyException;

/**
 * The editing domain of an editor of a study's codebooks: {@link CodebookItemProviders} and a
 * command stack on which every edit is one of {@link org.policylens.codebook.CodebookCommands}
 * (the item providers turn the generic set, remove, move and drag-and-drop commands into them), so
 * that undo and redo also take back and replay the edit's ledger event.
 * <p>
 * The editor is dirty while {@link #isSaveNeeded()}; {@link #save} saves the study with the
 * codebooks' new versions and starts a new undo history (the saved ledger only grows).
 * {@link #dispose()} it with the editor.
 */
public final class CodebookEditingDomain extends AdapterFactoryEditingDomain {

	private final Codebooks codebooks;
	private final Map<Codebook, CodebookEdit> edits = new HashMap<>();

	/**
	 * @param codebooks the codebooks of the open study, with who edits them
	 */
	public CodebookEditingDomain(Codebooks codebooks) {
		super(new ComposedAdapterFactory(new CodebookItemProviders()), new RefusalStack(), resourceSetOf(codebooks));
		this.codebooks = codebooks;
		// so that getEditingDomainFor(code) finds this domain, e.g. for a property descriptor's SetCommand
		resourceSet.eAdapters().add(new EditingDomainProvider(this));
	}

	private static ResourceSet resourceSetOf(Codebooks codebooks) {
		ResourceSet set = codebooks.getStudy().getResource().getResourceSet();
		return set == null ? new ResourceSetImpl() : set;
	}

	/** @return the study's codebooks */
	public Codebooks getCodebooks() {
		return codebooks;
	}

	/** @return the item providers */
	public ComposedAdapterFactory getItemProviders() {
		return (ComposedAdapterFactory) getAdapterFactory();
	}

	/**
	 * @param codebook one of the study's codebooks
	 * @return the edits of it, the same for every call
	 * @throws IllegalArgumentException if it is not one of the study's
	 */
	public CodebookEdit edit(Codebook codebook) {
		return edits.computeIfAbsent(codebook, codebooks::edit);
	}

	/**
	 * Executes a command on the stack. A command the item providers refuse, or whose edit
	 * {@link CodebookEdit} refuses, changes nothing and its reason is thrown.
	 *
	 * @param command e.g. {@code CodebookCommands.rename(...)} or {@code SetCommand.create(this, ...)}
	 * @throws IllegalArgumentException the reason, in words for the user, if it was refused
	 */
	public void execute(Command command) {
		if (!command.canExecute()) {
			String reason = reasonOf(command);
			command.dispose();
			throw new IllegalArgumentException(reason == null ? "'" + command.getLabel() + "' is not possible here" : reason);
		}
		RefusalStack stack = (RefusalStack) getCommandStack();
		stack.execute(command);
		RuntimeException refusal = stack.takeRefusal();
		if (refusal instanceof IllegalArgumentException refused) {
			throw refused;
		}
		if (refusal != null) {
			throw new IllegalArgumentException(refusal.getMessage() == null ? refusal.toString() : refusal.getMessage(), refusal);
		}
	}

	private static String reasonOf(Command command) {
		if (command instanceof RefusedCommand refused) {
			return refused.getDescription();
		}
		if (command instanceof CommandWrapper wrapper && wrapper.getCommand() != null) {
			return reasonOf(wrapper.getCommand());
		}
		if (command instanceof CompoundCommand compound) {
			return compound.getCommandList().stream().filter(c -> !c.canExecute()).map(CodebookEditingDomain::reasonOf)
					.filter(r -> r != null).findFirst().orElse(null);
		}
		return null;
	}

	/** @return whether edits were made since the editor opened or last saved */
	public boolean isSaveNeeded() {
		return ((BasicCommandStack) getCommandStack()).isSaveNeeded();
	}

	/**
	 * Saves the study, each edited codebook one version up ({@link Codebooks#save(Codebooks.Saver)}),
	 * and starts a new undo history: the saved ledger events cannot be taken back.
	 *
	 * @param saver writes the study, e.g. {@code store::save} or the product's study service
	 * @return the codebooks whose version went up
	 * @throws StudyException if the study cannot be saved; the edits stay, and can be undone
	 */
	public List<Codebook> save(Codebooks.Saver saver) throws StudyException {
		List<Codebook> saved = codebooks.save(saver);
		getCommandStack().flush();
		return saved;
	}

	/** Forgets the undo history, the item providers and the domain's registration with the study. */
	public void dispose() {
		getCommandStack().flush();
		resourceSet.eAdapters().removeIf(a -> a instanceof IEditingDomainProvider p && p.getEditingDomain() == this);
		getItemProviders().dispose();
	}
}
