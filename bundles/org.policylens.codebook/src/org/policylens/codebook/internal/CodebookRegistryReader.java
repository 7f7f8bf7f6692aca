package org.policylens.codebook.internal;

import java.net.URL;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.common.registry.InvalidContributionException;
import org.policylens.common.registry.RegistryReader;

/**
 * Reads {@code org.policylens.codebook.codebooks}: one {@link ContributedCodebook} per
 * {@code <codebook>} element. A contribution without id, name or file, whose file is not in its
 * bundle, or whose id is taken is reported and skipped; the file itself is read on first use.
 */
public final class CodebookRegistryReader extends RegistryReader<ContributedCodebook> {

	/** The extension point id. */
	public static final String EXTENSION_POINT = "org.policylens.codebook.codebooks"; //$NON-NLS-1$

	static final String CODEBOOK = "codebook"; //$NON-NLS-1$
	static final String ID = "id"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String FILE = "file"; //$NON-NLS-1$
	static final String DESCRIPTION = "description"; //$NON-NLS-1$

	/**
	 * @param registry the extension registry
	 * @param problems where skipped or broken contributions are reported besides the reader's
	 *                 list, or {@code null} for the log
	 */
	public CodebookRegistryReader(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		super(registry, EXTENSION_POINT, problems);
	}

	@Override
	protected ContributedCodebook readElement(IConfigurationElement element) throws InvalidContributionException {
		if (!CODEBOOK.equals(element.getName())) {
			return null;
		}
		String id = required(element, ID);
		String name = required(element, NAME);
		String file = required(element, FILE);
		String contributor = element.getContributor().getName();
		Bundle bundle = Platform.getBundle(contributor);
		if (bundle == null) {
			throw new InvalidContributionException("the contributing bundle " + contributor + " is not installed");
		}
		URL url = bundle.getEntry(file);
		if (url == null) {
			throw new InvalidContributionException("the file '" + file + "' is not in the bundle " + contributor
					+ " (is its folder in bin.includes of build.properties?)");
		}
		return new ContributedCodebook(element, id, name, optional(element, DESCRIPTION, ""), file, url, //$NON-NLS-1$
				bundle.getVersion().toString(), this::report);
	}
}
