package org.policylens.corpus.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The test data of this bundle (resources/, see resources/SOURCES.md), copied where a test wants it. */
final class Fixtures {

	static final String BEIJING = "pkulaw_CLI.12.5679380.txt";
	static final String GUANGDONG = "pkulaw_CLI.11.4619854.txt";
	static final String ANHUI = "pkulaw_CLI.12.4638041.txt";
	static final String BAOTOU = "pkulaw_CLI.12.5115678.txt";
	static final String ABA = "pkulaw_CLI.12.4792728.txt";
	static final List<String> POLICIES = List.of(GUANGDONG, ANHUI, ABA, BAOTOU, BEIJING);

	private Fixtures() {
	}

	static byte[] bytes(String name) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
		URL url = bundle.getEntry("resources/policies/" + name);
		if (url == null) {
			throw new IOException("no fixture " + name);
		}
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	static String text(String name) throws IOException {
		return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
	}

	/** @return copies of the five policies in a folder, named as exported */
	static List<Path> copyPolicies(Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (String name : POLICIES) {
			Path file = folder.resolve(name);
			Files.write(file, bytes(name));
			files.add(file);
		}
		return files;
	}
}
