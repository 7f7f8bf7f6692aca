package org.policylens.qdpx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.qdpx.internal.ProjectWriter;
import org.policylens.study.AtomicFiles;
import org.policylens.study.OpenStudy;

/**
 * Exports a study as a REFI-QDA project ({@code .qdpx}), for NVivo, ATLAS.ti, MAXQDA and other
 * programs of the standard: a zip archive of {@code project.qde} (users, codebook, variables,
 * cases, sources with their selections and codings, the study's description; see
 * {@code docs/architecture.md} for the mapping) and {@code sources/<guid>.txt}, the UTF-8 text of
 * each document. The study does not change.
 * <p>
 * The {@code project.qde} is validated against the REFI-QDA project schema before the archive is
 * written, and the archive is written atomically: a failed or canceled export leaves no file (and
 * an older file of that name as it was).
 */
public final class QdpxExporter {

	/**
	 * @param study   the study
	 * @param file    the {@code .qdpx} file to write
	 * @param monitor progress and cancellation
	 * @return what was exported, and what REFI-QDA has no place for
	 * @throws QdpxException              if REFI-QDA cannot express something of the study (the
	 *                                    message names it), a text cannot be read or the file cannot
	 *                                    be written
	 * @throws OperationCanceledException if the user canceled; no file was written
	 */
	public QdpxReport export(OpenStudy study, Path file, IProgressMonitor monitor) throws QdpxException {
		int documents = Corpora.documents(study).size();
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + study.getStudy().getTitle() + " as REFI-QDA", 2 * documents + 2);
		QdpxReport report = new QdpxReport();
		ProjectWriter writer = new ProjectWriter(study, report);
		byte[] project = writer.write(document -> Corpora.text(study, document), progress.split(documents));
		try {
			ProjectSchema.validate(project, file.getFileName() + ": " + ProjectSchema.PROJECT_FILE);
		} catch (QdpxException e) {
			throw new QdpxException("cannot export the study as REFI-QDA: the project would not be valid (" + e.getMessage() + ")", -1,
					-1, e);
		}
		progress.split(1);
		Map<Document, String> entries = writer.entries();
		SubMonitor copying = progress.split(documents + 1);
		copying.setWorkRemaining(entries.size());
		try {
			new AtomicFiles().write(file, out -> {
				ZipOutputStream zip = new ZipOutputStream(out);
				zip.putNextEntry(new ZipEntry(ProjectSchema.PROJECT_FILE));
				zip.write(project);
				zip.closeEntry();
				for (Map.Entry<Document, String> entry : entries.entrySet()) {
					copying.checkCanceled();
					zip.putNextEntry(new ZipEntry(entry.getValue()));
					Files.copy(study.getDirectory().resolve(entry.getKey().getTextPath()), zip);
					zip.closeEntry();
					copying.split(1);
				}
				zip.finish();
			});
		} catch (IOException e) {
			throw new QdpxException("cannot write " + file + ": " + e.getMessage(), -1, -1, e);
		}
		report.drop("events of the study's history (the ledger stays in the study)", study.getEvents().size());
		report.drop("original files (the archive holds each document's text; the originals stay in the study's sources folder)",
				(int) Corpora.documents(study).stream().filter(d -> d.getSourcePath() != null).count());
		return report;
	}
}
