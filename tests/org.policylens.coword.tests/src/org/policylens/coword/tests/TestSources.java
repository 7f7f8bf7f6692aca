package org.policylens.coword.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.policylens.coword.CowordSource;
import org.policylens.coword.CowordUnit;
import org.policylens.coword.UnitSink;

/** Sources for tests: hand-made units, and the bibliographic files of this bundle. */
final class TestSources {

	/** The Web of Science tab-delimited export (60 records). */
	static final String WOS = "wos-savedrecs-60.txt";
	/** The Scopus CSV export (40 records). */
	static final String SCOPUS = "scopus-40.csv";
	/** The RIS export of IEEE Xplore (25 records). */
	static final String RIS = "ieee-25.ris";
	/** The CSSCI export (50 records). */
	static final String CSSCI = "cssci-smart-library-50.txt";

	private TestSources() {
	}

	/**
	 * @param units each unit's terms, separated by spaces ("" for a unit without terms)
	 * @return a source of those units, labelled u0, u1, ...
	 */
	static CowordSource units(String... units) {
		return new CowordSource() {
			@Override
			public void read(UnitSink sink, IProgressMonitor monitor) {
				for (int i = 0; i < units.length; i++) {
					List<String> terms = units[i].isBlank() ? List.of() : Arrays.asList(units[i].split(" "));
					sink.unit(CowordUnit.record(i, "u" + i, "unit " + i), terms);
				}
			}

			@Override
			public String describe() {
				return units.length + " hand-made units";
			}

			@Override
			public String unitKind() {
				return "unit";
			}
		};
	}

	/**
	 * The hand-made units of the measure and rule tests: n = 10.
	 * <pre>
	 * u0 A B C     u5 A
	 * u1 A B       u6 D
	 * u2 A B D     u7 C D
	 * u3 A C       u8 (none)
	 * u4 B C       u9 A B C D
	 * </pre>
	 * c(A)=6 (u0,u1,u2,u3,u5,u9), c(B)=5 (u0,u1,u2,u4,u9), c(C)=5 (u0,u3,u4,u7,u9), c(D)=4 (u2,u6,u7,u9);
	 * c(AB)=4 (u0,u1,u2,u9), c(AC)=3 (u0,u3,u9), c(AD)=2 (u2,u9), c(BC)=3 (u0,u4,u9), c(BD)=2 (u2,u9),
	 * c(CD)=2 (u7,u9).
	 */
	static CowordSource handMade() {
		return units("A B C", "A B", "A B D", "A C", "B C", "A", "D", "C D", "", "A B C D");
	}

	/**
	 * @param name a file of resources/bibliographic
	 * @param dir  where to copy it
	 * @return the copy
	 * @throws IOException if it cannot be copied
	 */
	static Path copy(String name, Path dir) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(TestSources.class);
		URL url = bundle.getEntry("resources/bibliographic/" + name);
		if (url == null) {
			throw new IOException("no test file " + name);
		}
		Files.createDirectories(dir);
		Path file = dir.resolve(name);
		try (InputStream in = url.openStream()) {
			Files.write(file, in.readAllBytes());
		}
		return file;
	}
}
