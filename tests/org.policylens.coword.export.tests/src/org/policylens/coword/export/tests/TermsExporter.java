package org.policylens.coword.export.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IProgressMonitor;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.export.ExportOptions;
import org.policylens.coword.export.ExportTarget;
import org.policylens.coword.export.ICowordExporter;

/** A test exporter: the labels of the terms, one a line. */
public class TermsExporter implements ICowordExporter {

	@Override
	public void write(CowordNetwork network, ExportTarget target, ExportOptions options, IProgressMonitor monitor) throws IOException {
		try (OutputStream out = target.open("")) {
			for (CowordNetwork.Term term : network.terms()) {
				out.write((term.label() + "\n").getBytes(StandardCharsets.UTF_8));
			}
		}
	}
}
