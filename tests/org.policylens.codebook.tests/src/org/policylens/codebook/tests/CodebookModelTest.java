package org.policylens.codebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookFactory;
import org.policylens.codebook.model.Codebooks;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;

/** The codebook model as a part of a study: a tree of codes saves and reopens whole. */
public class CodebookModelTest {

	@TempDir
	Path tmp;

	static Code code(String name, String... keywords) {
		Code code = CodebookFactory.eINSTANCE.createCode();
		code.setGuid(UUID.randomUUID().toString());
		code.setName(name);
		code.getKeywords().addAll(List.of(keywords));
		return code;
	}

	@Test
	void aCodeTreeIsSavedWithTheStudyAndReopened() throws Exception {
		StudyStore store = new StudyStore();
		OpenStudy study = store.create(tmp.resolve("s"), "Codebook model", null, "tester");
		Codebooks part = CodebookFactory.eINSTANCE.createCodebooks();
		Codebook tools = CodebookFactory.eINSTANCE.createCodebook();
		tools.setId("policy-tools");
		tools.setName("Policy tools");
		Code supply = code("Supply-based tools");
		supply.setCodable(false);
		Code talent = code("Talent", "人才", "培训");
		supply.getChildren().add(talent);
		tools.getCodes().add(supply);
		part.getCodebooks().add(tools);
		study.getStudy().getParts().add(part);
		assertSame(supply, talent.getParent(), "the parent is the opposite of children");
		assertNull(supply.getParent());
		assertEquals(1, tools.getVersion(), "a codebook starts at version 1");
		assertTrue(talent.isCodable(), "codes are codable unless said otherwise");
		store.save(study);

		OpenStudy reopened = store.open(study.getDirectory());
		Codebooks again = (Codebooks) reopened.getStudy().getParts().stream().filter(Codebooks.class::isInstance).findFirst()
				.orElseThrow();
		Code reread = again.getCodebooks().get(0).getCodes().get(0).getChildren().get(0);
		assertEquals("Talent", reread.getName());
		assertEquals(talent.getGuid(), reread.getGuid());
		assertEquals(List.of("人才", "培训"), reread.getKeywords());
		assertEquals("Supply-based tools", reread.getParent().getName());
	}
}
