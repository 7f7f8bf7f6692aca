package org.policylens.tests.harness;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.policylens.corpus.CorpusImporter;
import org.policylens.corpus.CorpusPlugins;
import org.policylens.corpus.ImportOptions;
import org.policylens.corpus.ImportReport;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;

/**
 * The test data shared by PolicyLens' tests (resources/, origin and licence in
 * resources/SOURCES.md): five real Chinese policy documents exported from PKULaw, and a study
 * made of them.
 */
public final class Fixtures {

	/** 关于推进北京市数据专区建设的指导意见 (policy 5 in the sample study). */
	public static final String BEIJING = "pkulaw_CLI.12.5679380.txt"; //$NON-NLS-1$
	/** 广东省公共数据管理办法 (policy 1). */
	public static final String GUANGDONG = "pkulaw_CLI.11.4619854.txt"; //$NON-NLS-1$
	/** 支持工业互联网发展若干政策 / 安徽省工业互联网创新发展行动计划 (policy 2). */
	public static final String ANHUI = "pkulaw_CLI.12.4638041.txt"; //$NON-NLS-1$
	/** 包头市2022年数字政府建设考评办法 (policy 4). */
	public static final String BAOTOU = "pkulaw_CLI.12.5115678.txt"; //$NON-NLS-1$
	/** 阿坝州政务数据资源管理暂行办法 (policy 3). */
	public static final String ABA = "pkulaw_CLI.12.4792728.txt"; //$NON-NLS-1$
	/** All five, in file-name order (the order they are numbered in when a folder is imported). */
	public static final List<String> POLICIES = List.of(GUANGDONG, ANHUI, ABA, BAOTOU, BEIJING);

	private Fixtures() {
	}

	/**
	 * @param name a policy file name
	 * @return its bytes as exported
	 * @throws IOException if it cannot be read
	 */
	public static byte[] bytes(String name) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
		URL url = bundle.getEntry("resources/policies/" + name); //$NON-NLS-1$
		if (url == null) {
			throw new IOException("no fixture " + name);
		}
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	/**
	 * @param name a policy file name
	 * @return its text as exported (UTF-8, mixed line ends)
	 * @throws IOException if it cannot be read
	 */
	public static String text(String name) throws IOException {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

	/**
	 * @param folder where to put them
	 * @return copies of the five policies, named as exported
	 * @throws IOException if they cannot be written
	 */
	public static List<Path> copyPolicies(Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (String name : POLICIES) {
			Path file = folder.resolve(name);
			Files.write(file, bytes(name));
			files.add(file);
		}
		return files;
	}

	/**
	 * A study of the five policies, imported with the installed importers and segmenters.
	 *
	 * @param dir the study folder (must not hold a study)
	 * @return the open study (policies 1-5 in {@link #POLICIES} order)
	 * @throws IOException    if the files cannot be copied
	 * @throws StudyException if the study cannot be made
	 */
	public static OpenStudy sampleStudy(Path dir) throws IOException, StudyException {
		StudyStore store = new StudyStore();
		OpenStudy study = store.create(dir, "Sample policies", null, "tester"); //$NON-NLS-1$ //$NON-NLS-2$
		CorpusPlugins plugins = new CorpusPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		try {
			ImportReport report = new CorpusImporter(plugins, store, Clock.systemUTC()).importFiles(study,
					copyPolicies(dir.resolveSibling(dir.getFileName() + "-exports")), ImportOptions.DEFAULT, "tester", //$NON-NLS-1$ //$NON-NLS-2$
					new NullProgressMonitor());
			if (report.imported().size() != POLICIES.size()) {
				throw new IllegalStateException("the sample policies did not import: " + report.problems());
			}
			return study;
		} finally {
			plugins.stop();
		}
	}
}
