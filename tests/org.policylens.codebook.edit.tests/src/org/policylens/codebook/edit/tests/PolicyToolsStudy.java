package org.policylens.codebook.edit.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.CodebookPlugins;
import org.policylens.codebook.Codebooks;
import org.policylens.codebook.edit.CodebookEditingDomain;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;

/**
 * A new study with a copy of the policy-tool codebook that org.policylens.codebook.policytools
 * contributes, and an editing domain on it.
 */
final class PolicyToolsStudy implements AutoCloseable {

	final StudyStore store = new StudyStore();
	final OpenStudy study;
	final Codebook codebook;
	final CodebookEditingDomain domain;

	PolicyToolsStudy(Path dir) throws Exception {
		study = store.create(dir, "Item provider tests", null, "tester");
		CodebookPlugins plugins = new CodebookPlugins(Platform.getExtensionRegistry(), null);
		plugins.start();
		try {
			Codebooks codebooks = new Codebooks(study, "ana");
			codebook = codebooks.copy(plugins.get("policy-tools"), null);
			store.save(study);
			domain = new CodebookEditingDomain(codebooks);
		} finally {
			plugins.stop();
		}
	}

	/** @return the code at a path such as "Supply-based tools/Talent" */
	Code code(String path) {
		return CodeTree.find(codebook, path);
	}

	/** @return the kind of the last ledger event */
	String lastEvent() {
		return study.getEvents().get(study.getEvents().size() - 1).getKind();
	}

	@Override
	public void close() {
		domain.dispose();
	}
}
