package org.policylens.rcp.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.Codebooks;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.DocumentEditors;
import org.policylens.corpus.ui.ImportJobs;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.ui.IStudyService;
import org.policylens.text.ui.WordFrequencyInput;

/**
 * The sample study that comes with the product: Chinese policies on public data and digital
 * government from PKULaw, the database of the smart-city thesis PolicyLens was built for. It is
 * made the first time it is opened, by importing the corpus that org.policylens.corpus.samples
 * contributes; then a policy and its word frequency by city are shown.
 */
public final class SampleStudy {

	/** The folder name of the sample study inside the studies folder. */
	public static final String FOLDER = "Sample Study (policy corpus)"; //$NON-NLS-1$
	/** The contributed corpus it is made of. */
	public static final String CORPUS = "org.policylens.corpus.samples.pkulaw"; //$NON-NLS-1$
	/** The contributed codebooks it starts with: the thesis' policy tools and the Chinese smart-city dimensions. */
	public static final List<String> CODEBOOKS = List.of("policy-tools", "smart-city-china"); //$NON-NLS-1$ //$NON-NLS-2$

	static final String TITLE = "Sample study: Chinese data and digital-government policies";
	static final String DESCRIPTION = "Five policies of Beijing, Guangdong, Anhui, Baotou and Aba (2021-2022) exported from "
			+ "PKULaw (北大法宝), the database of the smart-city policy thesis PolicyLens was built for. Try word frequency "
			+ "by city, the concordance of 数据专区, the clause outline of each policy, and coding its clauses with the policy-tool "
			+ "codebook (Coding \u2192 Auto-Code, or select text and press Ctrl+Shift+C).";

	private SampleStudy() {
	}

	/**
	 * @param studies the study service
	 * @return where the sample study lives
	 */
	public static Path location(IStudyService studies) {
		return studies.getStudiesFolder().resolve(FOLDER);
	}

	/**
	 * Opens the sample study; the first time, creates it and imports the sample corpus in a Job.
	 *
	 * @param studies the study service
	 * @param shell   the shell for messages
	 * @return the open sample study (its documents arrive when the import job is done)
	 * @throws StudyException if it cannot be created or opened
	 */
	public static OpenStudy open(IStudyService studies, Shell shell) throws StudyException {
		Path folder = location(studies);
		if (StudyStore.isStudy(folder)) {
			return studies.open(folder);
		}
		OpenStudy study = studies.create(folder, TITLE, DESCRIPTION);
		ImportJobs.importCorpus(shell, studies, CORPUS, report -> {
			addCodebooks(studies, study);
			showFirstSteps(study);
		});
		return study;
	}

	private static void addCodebooks(IStudyService studies, OpenStudy study) {
		if (studies.getCurrent() != study) {
			return;
		}
		CodebookPlugins plugins = new CodebookPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		try {
			Codebooks codebooks = new Codebooks(study, studies.getActor());
			for (String id : CODEBOOKS) {
				if (codebooks.find(id).isEmpty()) {
					codebooks.copy(plugins.get(id), null);
				}
			}
			studies.saveChanges();
		} catch (CodebookException | StudyException e) {
			// the codebooks are a courtesy: a user adds them from Coding → Codebooks
			Platform.getLog(SampleStudy.class).warn("The sample study's codebooks could not be added: " + e.getMessage(), e);
		} finally {
			plugins.stop();
		}
	}

	private static void showFirstSteps(OpenStudy study) {
		if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
			return;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			Document beijing = Corpora.documents(study).stream().filter(d -> d.getTitle().contains("北京")).findFirst() //$NON-NLS-1$
					.orElse(null);
			if (beijing != null) {
				DocumentEditors.open(page, study, beijing, -1, 0);
			}
			page.openEditor(new WordFrequencyInput(study.getDirectory(), true), "org.policylens.text.ui.frequency"); //$NON-NLS-1$
		} catch (PartInitException e) {
			// the first steps are a courtesy: the study is there either way
		}
	}
}
