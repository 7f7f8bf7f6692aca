package org.policylens.p2;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * An update site loaded for one listing or install. p2 remembers every repository it loads; an
 * update site that the agent did not know before is forgotten again on {@link #close()}, so that
 * installing a plugin leaves no update site behind.
 */
final class UpdateSite implements AutoCloseable {

	private final URI location;
	private final IMetadataRepository metadata;
	private final IMetadataRepositoryManager metadataManager;
	private final IArtifactRepositoryManager artifactManager;
	private final boolean forgetMetadata;
	private final boolean forgetArtifacts;

	private UpdateSite(URI location, IMetadataRepository metadata, IMetadataRepositoryManager metadataManager,
			IArtifactRepositoryManager artifactManager, boolean forgetMetadata, boolean forgetArtifacts) {
		this.location = location;
		this.metadata = metadata;
		this.metadataManager = metadataManager;
		this.artifactManager = artifactManager;
		this.forgetMetadata = forgetMetadata;
		this.forgetArtifacts = forgetArtifacts;
	}

	static UpdateSite load(IProvisioningAgent agent, URI location, boolean withArtifacts, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor sub = SubMonitor.convert(monitor, "Reading the update site " + location, 2);
		checkFolder(location);
		IMetadataRepositoryManager metadataManager = agent.getService(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifactManager = agent.getService(IArtifactRepositoryManager.class);
		boolean forgetMetadata = !metadataManager.contains(location);
		boolean forgetArtifacts = withArtifacts && !artifactManager.contains(location);
		try {
			IMetadataRepository metadata = metadataManager.loadRepository(location, sub.split(1));
			UpdateSite site = new UpdateSite(location, metadata, metadataManager, artifactManager, forgetMetadata,
					forgetArtifacts);
			if (withArtifacts) {
				try {
					artifactManager.loadRepository(location, sub.split(1));
				} catch (ProvisionException e) {
					site.close();
					throw e;
				}
			}
			return site;
		} catch (ProvisionException e) {
			if (forgetMetadata) {
				metadataManager.removeRepository(location);
			}
			if (forgetArtifacts) {
				artifactManager.removeRepository(location);
			}
			throw new CoreException(Installation.error(PluginInstaller.SITE_UNAVAILABLE, describe(location, e), e));
		} catch (OperationCanceledException e) {
			if (forgetMetadata) {
				metadataManager.removeRepository(location);
			}
			throw e;
		}
	}

	URI location() {
		return location;
	}

	IMetadataRepository metadata() {
		return metadata;
	}

	@Override
	public void close() {
		if (forgetMetadata) {
			metadataManager.removeRepository(location);
		}
		if (forgetArtifacts) {
			artifactManager.removeRepository(location);
		}
	}

	private static void checkFolder(URI location) throws CoreException {
		if (!"file".equals(location.getScheme())) { //$NON-NLS-1$
			return;
		}
		Path path = Path.of(location);
		if (!Files.exists(path)) {
			throw new CoreException(Installation.error(PluginInstaller.SITE_UNAVAILABLE,
					"there is no update site at " + path + ": the folder does not exist"));
		}
	}

	private static String describe(URI location, ProvisionException e) {
		return switch (e.getStatus().getCode()) {
		case ProvisionException.REPOSITORY_NOT_FOUND -> "there is no p2 update site at " + location
				+ ("file".equals(location.getScheme()) || "jar".equals(location.getScheme()) //$NON-NLS-1$ //$NON-NLS-2$
						? " (no content.xml, content.jar, content.xml.xz or compositeContent.* there)"
						: " (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		case ProvisionException.REPOSITORY_FAILED_AUTHENTICATION -> "the update site " + location + " asks for a login";
		default -> "cannot read the update site " + location + ": " + e.getMessage();
		};
	}
}
