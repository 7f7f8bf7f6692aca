package org.policylens.coword.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.policylens.common.registry.ContributionProblem;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.export.internal.ExporterRegistryReader;

/**
 * The co-word exporters that plugins contribute, and exporting with them. Start it before use and
 * stop it after (the product keeps one for its lifetime, a command one for its run).
 */
public final class CowordExporters {

	/**
	 * A contributed exporter.
	 *
	 * @param id          what users type after {@code --format}, e.g. {@code gexf}
	 * @param name        its name, e.g. {@code GEXF 1.3 (Gephi)}
	 * @param extensions  its file extensions without dots; the first is its default
	 * @param description what it writes
	 * @param contributor the bundle that contributes it
	 */
	public record Info(String id, String name, List<String> extensions, String description, String contributor) {
	}

	private final ExporterRegistryReader reader;

	/**
	 * @param registry the extension registry
	 * @param problems where broken contributions are reported besides the log, or {@code null}
	 */
	public CowordExporters(IExtensionRegistry registry, Consumer<ContributionProblem> problems) {
		reader = new ExporterRegistryReader(registry, problems);
	}

	/** Reads the contributions. */
	public void start() {
		reader.start();
	}

	/** Forgets them. */
	public void stop() {
		reader.stop();
	}

	/** @return the contributed exporters, by id */
	public List<Info> list() {
		return reader.getDescriptors().stream()
				.map(d -> new Info(d.getId(), d.getLabel(), d.getExtensions(), d.getDescription(), d.getContributor())).toList();
	}

	/**
	 * @param id an exporter id
	 * @return the exporter, created on first use; empty if there is none or it cannot be created
	 *         (see {@link #problems()})
	 */
	public Optional<ICowordExporter> get(String id) {
		ExporterRegistryReader.Descriptor descriptor = reader.getDescriptor(id);
		return descriptor == null ? Optional.empty() : descriptor.getExporter();
	}

	/**
	 * @param file a file name
	 * @return the exporter whose extensions include the file's, the first by id if several do
	 */
	public Optional<Info> forFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return list().stream().filter(info -> info.extensions().stream().anyMatch(e -> name.endsWith("." + e))).findFirst(); //$NON-NLS-1$
	}

	/** @return the contributions that were skipped or could not be created */
	public List<ContributionProblem> problems() {
		return reader.getProblems();
	}

	/**
	 * Writes a network to files, all or none: a failed or canceled export leaves existing files as they were.
	 *
	 * @param network the network
	 * @param id      the exporter
	 * @param file    the file to write; formats of several files put the others next to it
	 * @param options the options
	 * @param monitor progress and cancelation
	 * @return the files written, {@code file} first
	 * @throws IOException               if writing fails
	 * @throws IllegalArgumentException  if there is no such exporter or it cannot be created
	 * @throws OperationCanceledException if canceled
	 */
	public List<Path> export(CowordNetwork network, String id, Path file, ExportOptions options, IProgressMonitor monitor)
			throws IOException {
		ICowordExporter exporter = get(id).orElseThrow(() -> new IllegalArgumentException(reader.getDescriptor(id) == null
				? "no co-word exporter '" + id + "'; known: " + list().stream().map(Info::id).toList() //$NON-NLS-1$
				: "the co-word exporter '" + id + "' cannot be created: " + problems().get(problems().size() - 1).message())); //$NON-NLS-1$
		try (FileTarget target = new FileTarget(file)) {
			exporter.write(network, target, options, monitor);
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			return target.commit();
		}
	}
}
