package org.policylens.corpus.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.policylens.corpus.CorpusInfo;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.corpus.MetadataCsv;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.corpus.ui.ImportJobs;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;

/** The handlers of File → Import: documents, a folder, a contributed corpus, a metadata table. */
public final class ImportHandlers {

	private ImportHandlers() {
	}

	private static IStudyService studies(ExecutionEvent event) {
		return HandlerUtil.getActiveWorkbenchWindow(event).getService(IStudyService.class);
	}

	static boolean studyOpen() {
		return PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getService(IStudyService.class).getCurrent() != null;
	}

	/** File → Import Documents…: txt, docx, pdf, html. */
	public static final class Files extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
			dialog.setText("Import Documents");
			dialog.setFilterNames(new String[] { "Policy documents (txt, docx, pdf, html)", "All files" });
			dialog.setFilterExtensions(new String[] { "*.txt;*.text;*.md;*.docx;*.pdf;*.html;*.htm", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			if (dialog.open() == null) {
				return null;
			}
			List<Path> files = new ArrayList<>();
			for (String name : dialog.getFileNames()) {
				files.add(Path.of(dialog.getFilterPath(), name));
			}
			ImportJobs.importFiles(shell, studies(event), files);
			return null;
		}

		@Override
		public boolean isEnabled() {
			return studyOpen();
		}
	}

	/** File → Import Folder…: every document in a folder and its subfolders. */
	public static final class Folder extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			DirectoryDialog dialog = new DirectoryDialog(shell);
			dialog.setText("Import Folder");
			dialog.setMessage("Every txt, docx, pdf and html file in the folder and its subfolders is imported.");
			String folder = dialog.open();
			if (folder != null) {
				ImportJobs.importFiles(shell, studies(event), List.of(Path.of(folder)));
			}
			return null;
		}

		@Override
		public boolean isEnabled() {
			return studyOpen();
		}
	}

	/** File → Import Corpus…: a corpus a plugin contributes. */
	public static final class Corpus extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			CorpusPlugins plugins = new CorpusPlugins(Platform.getExtensionRegistry(), null);
			plugins.start();
			List<CorpusInfo> corpora = plugins.corpora();
			plugins.stop();
			if (corpora.isEmpty()) {
				MessageDialog.openInformation(shell, "Import Corpus", "No installed plugin contributes a corpus.");
				return null;
			}
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
				@Override
				public String getText(Object element) {
					CorpusInfo c = (CorpusInfo) element;
					return c.name() + " \u2014 " + c.description(); //$NON-NLS-1$
				}
			});
			dialog.setTitle("Import Corpus");
			dialog.setMessage("Choose a corpus (its documents and metadata are imported into the open study):");
			dialog.setElements(corpora.toArray());
			if (dialog.open() == org.eclipse.jface.window.Window.OK) {
				ImportJobs.importCorpus(shell, studies(event), ((CorpusInfo) dialog.getFirstResult()).id(), null);
			}
			return null;
		}

		@Override
		public boolean isEnabled() {
			return studyOpen();
		}
	}

	/** File → Import Metadata Table…: a CSV of attribute values. */
	public static final class Metadata extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			IStudyService studies = studies(event);
			OpenStudy study = studies.getCurrent();
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText("Import Metadata Table");
			dialog.setFilterExtensions(new String[] { "*.csv", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String file = dialog.open();
			if (file == null || study == null) {
				return null;
			}
			try {
				MetadataCsv.Report report = new MetadataCsv(new StudyStore()).apply(study, Path.of(file), ValueOrigin.CSV,
						studies.getActor());
				studies.changed();
				String message = "Set " + report.values() + " value(s) of " + report.documents() + " document(s)."
						+ (report.unmatched().isEmpty() ? "" : "\n\nNot applied:\n" + String.join("\n", report.unmatched())); //$NON-NLS-2$
				MessageDialog.openInformation(shell, "Import Metadata Table", message);
			} catch (IOException | StudyException e) {
				Errors.show(shell, "Cannot apply the metadata table", e);
			}
			return null;
		}

		@Override
		public boolean isEnabled() {
			return studyOpen();
		}
	}
}
