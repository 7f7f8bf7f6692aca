package org.policylens.codebook.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.FrameworkUtil;
import org.policylens.codebook.CodebookException;
import org.policylens.codebook.CodebookFiles;
import org.policylens.codebook.ICodebookSource;
import org.policylens.codebook.model.Codebook;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;

/** The test data of this bundle (codebooks/, resources/; see resources/SOURCES.md) and small helpers. */
final class TestData {

	/** The guid of "Instruments 政策工具/Regulation 管制" in good.codebook. */
	static final String REGULATION = "2baab6b5-b76d-4f5b-a562-6188e591374c"; //$NON-NLS-1$
	/** The guid of "Instruments 政策工具/Economic means 经济手段". */
	static final String ECONOMIC = "c413cc29-f6c8-4ff9-96c8-7d57623da6fa"; //$NON-NLS-1$
	/** The guid of "Instruments 政策工具/Information 信息". */
	static final String INFORMATION = "3ecd0332-7782-4612-ba34-9bc6795a034e"; //$NON-NLS-1$
	/** The guid of the top-level "Other 其他". */
	static final String OTHER = "71013f1d-df12-49c0-a987-8052b8cc0fcc"; //$NON-NLS-1$

	private TestData() {
	}

	static byte[] bytes(String entry) throws IOException {
		URL url = FrameworkUtil.getBundle(TestData.class).getEntry(entry);
		if (url == null) {
			throw new IOException("no test file " + entry);
		}
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	static Path copy(String entry, Path dir) throws IOException {
		Path file = dir.resolve(Path.of(entry).getFileName().toString());
		Files.write(file, bytes(entry));
		return file;
	}

	/** @return good.codebook, read */
	static Codebook good() throws IOException, CodebookException {
		try (InputStream in = FrameworkUtil.getBundle(TestData.class).getEntry("codebooks/good.codebook").openStream()) { //$NON-NLS-1$
			return CodebookFiles.read(in, "good.codebook"); //$NON-NLS-1$
		}
	}

	static OpenStudy study(Path dir) throws StudyException {
		return new StudyStore().create(dir, "Codebook tests", null, "tester"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A codebook source that is a test stub: the same interface as a plugin's contribution. */
	static ICodebookSource source(Codebook codebook) {
		return new ICodebookSource() {
			@Override
			public String getId() {
				return codebook.getId();
			}

			@Override
			public String getName() {
				return codebook.getName();
			}

			@Override
			public String getDescription() {
				return ""; //$NON-NLS-1$
			}

			@Override
			public String getOrigin() {
				return "test:" + codebook.getId(); //$NON-NLS-1$
			}

			@Override
			public Codebook load() {
				return EcoreUtil.copy(codebook);
			}
		};
	}
}
