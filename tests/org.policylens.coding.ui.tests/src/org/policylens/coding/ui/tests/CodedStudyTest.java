package org.policylens.coding.ui.tests;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of an analysis editor on {@link CodedSampleStudy}, open in the running product with no editor open. */
abstract class CodedStudyTest {

	/** Where the study and the exports are written. */
	@TempDir
	Path tmp;

	/** The product's page. */
	IWorkbenchPage page;
	/** The coded study, open. */
	CodedSampleStudy coded;

	@BeforeEach
	void codedStudy() throws Exception {
		coded = CodedSampleStudy.inProduct(tmp.resolve("study"));
		page = coded.page();
	}
}
