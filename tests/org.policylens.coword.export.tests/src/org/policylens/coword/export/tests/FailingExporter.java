package org.policylens.coword.export.tests;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.export.ExportOptions;
import org.policylens.coword.export.ExportTarget;
import org.policylens.coword.export.ICowordExporter;

/** A test exporter that writes its first part and fails in the second, as a full disk would. */
public class FailingExporter implements ICowordExporter {

	@Override
	public void write(CowordNetwork network, ExportTarget target, ExportOptions options, IProgressMonitor monitor) throws IOException {
		try (OutputStream out = target.open("")) {
			out.write("new content\n".getBytes());
		}
		try (OutputStream out = target.open(".part")) {
			out.write("half".getBytes());
			throw new IOException("disk full (test)");
		}
	}
}
