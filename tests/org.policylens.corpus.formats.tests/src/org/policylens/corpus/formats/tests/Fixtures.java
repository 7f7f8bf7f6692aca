package org.policylens.corpus.formats.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The files in resources/ (see resources/SOURCES.md). */
final class Fixtures {

	/** The policy all Chinese fixtures are made from. */
	static final String POLICY_TITLE = "关于推进北京市数据专区建设的指导意见";
	static final String NOTICE_TITLE = "北京市经济和信息化局印发《关于推进北京市数据专区建设的指导意见》的通知";

	static final String DOCX = "beijing-data-zones.docx";
	static final String PDF = "beijing-data-zones.pdf";
	static final String DOC = "beijing-data-zones.doc";
	static final String HTML_GBK = "beijing-data-zones-gbk.html";
	static final String HTML_UTF8 = "beijing-data-zones-utf8.html";
	static final String PDF_TRUNCATED = "beijing-data-zones-truncated.pdf";
	static final String PDF_PROTECTED = "beijing-data-zones-protected.pdf";
	static final String PDF_SCANNED = "beijing-data-zones-scanned.pdf";
	static final String DOCX_PROTECTED = "beijing-data-zones-protected.docx";
	static final String DOCX_OLD_WORD = "beijing-data-zones-old-word.docx";
	static final String TEXT_NAMED_PDF = "plain-text-named.pdf";
	static final String RANDOM_DOCX = "random-bytes.docx";
	static final String EMPTY_HTML = "empty.html";
	static final String US_BILL = "hr7032-cbo-data-sharing-act.txt";

	private Fixtures() {
	}

	/**
	 * @param name a file in resources/
	 * @return it on disk
	 */
	static Path get(String name) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
		URL entry = bundle.getEntry("resources/" + name);
		if (entry == null) {
			throw new IOException("no fixture resources/" + name);
		}
		return new File(FileLocator.toFileURL(entry).getPath()).toPath();
	}

	/** @return the first 4 KiB, as the corpus passes them to claims */
	static byte[] head(String name) throws IOException {
		try (InputStream in = Files.newInputStream(get(name))) {
			return in.readNBytes(4096);
		}
	}

	static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
