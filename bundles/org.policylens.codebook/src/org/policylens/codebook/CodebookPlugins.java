package org.policylens.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.policylens.codebook.internal.CodebookRegistryReader;
import org.policylens.codebook.internal.ContributedCodebook;
import org.policylens.common.registry.ContributionProblem;

/**
 * The codebooks that plugins contribute ({@code org.policylens.codebook.codebooks}), read from
 * the extension registry. Start it before use and stop it after (the product keeps one for its
 * lifetime, a command one for its run). Each codebook's file is read the first time it is needed;
 * a broken one is reported to the problem sink and left out of {@link #available()}.
 */
public final class CodebookPlugins {

	private final CodebookRegistryReader reader;

	/**
	 * @param registry the extension registry, usually {@code Platform.getExtensionRegistry()}
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public CodebookPlugins(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		reader = new CodebookRegistryReader(registry, problems);
	}

	/** Reads the contributions. */
	public void start() {
		reader.start();
	}

	/** Forgets them. */
	public void stop() {
		reader.stop();
	}

	/**
	 * @return the contributed codebooks whose files can be read, sorted by id (reads each file the
	 *         first time)
	 */
	public List<ICodebookSource> available() {
		List<ICodebookSource> available = new ArrayList<>();
		for (ContributedCodebook codebook : reader.getDescriptors()) {
			try {
				codebook.load();
				available.add(codebook);
			} catch (CodebookException e) {
				// reported to the problem sink by the descriptor
			}
		}
		return available;
	}

	/**
	 * @param id a contributed codebook's id
	 * @return the codebook
	 * @throws CodebookException if no plugin contributes it (the message lists those that do), or
	 *                           its file cannot be read
	 */
	public ICodebookSource get(String id) throws CodebookException {
		ContributedCodebook codebook = reader.getDescriptor(id);
		if (codebook == null) {
			throw new CodebookException("no plugin contributes a codebook '" + id + "'; installed: "
					+ reader.getDescriptors().stream().map(ContributedCodebook::getId).toList());
		}
		codebook.load();
		return codebook;
	}

	/** @return the contributions that were skipped or whose files are broken, oldest first */
	public List<ContributionProblem> problems() {
		return reader.getProblems();
	}
}
