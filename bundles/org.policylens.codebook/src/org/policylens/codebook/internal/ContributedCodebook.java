package org.policylens.codebook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.CodebookFiles;
import org.policylens.codebook.ICodebookSource;
import org.policylens.codebook.model.Codebook;
import org.policylens.common.registry.ContributionDescriptor;
import org.policylens.common.registry.ContributionProblem;

/**
 * A codebook contributed to {@code org.policylens.codebook.codebooks}: what {@code plugin.xml}
 * says about it, and its {@code .codebook} file, read on first use. A file that cannot be read is
 * reported once to the problem sink; the codebook is broken from then on.
 */
public final class ContributedCodebook extends ContributionDescriptor implements ICodebookSource {

	private final String description;
	private final String file;
	private final URL url;
	private final String bundleVersion;
	private final Consumer<ContributionProblem> problems;

	private Codebook loaded;
	private CodebookException failure;

	ContributedCodebook(IConfigurationElement element, String id, String name, String description, String file, URL url,
			String bundleVersion, Consumer<ContributionProblem> problems) {
		super(element, id, name);
		this.description = description;
		this.file = file;
		this.url = url;
		this.bundleVersion = bundleVersion;
		this.problems = problems;
	}

	@Override
	public String getName() {
		return getLabel();
	}

	@Override
	public String getDescription() {
		return description;
	}

	/** @return the file inside the contributing bundle, as {@code plugin.xml} names it */
	public String getFile() {
		return file;
	}

	@Override
	public String getOrigin() {
		return "plugin:" + getContributor() + "/" + getId() + "@" + bundleVersion; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return whether its file was read and found broken */
	public synchronized boolean isBroken() {
		return failure != null;
	}

	@Override
	public synchronized Codebook load() throws CodebookException {
		if (failure != null) {
			throw failure;
		}
		if (loaded == null) {
			String location = getContributor() + "/" + file; //$NON-NLS-1$
			try (InputStream in = url.openStream()) {
				loaded = CodebookFiles.read(in, location);
			} catch (IOException e) {
				failure = new CodebookException("cannot read " + location + ": " + e.getMessage(), e);
			} catch (CodebookException e) {
				failure = e;
			}
			if (failure != null) {
				problems.accept(new ContributionProblem(CodebookRegistryReader.EXTENSION_POINT, getContributor(),
						CodebookRegistryReader.CODEBOOK + " " + getId(), failure.getMessage(), failure));
				throw failure;
			}
		}
		return EcoreUtil.copy(loaded);
	}
}
