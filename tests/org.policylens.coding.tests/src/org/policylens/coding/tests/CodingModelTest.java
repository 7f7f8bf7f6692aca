package org.policylens.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookFactory;
import org.policylens.codebook.model.Codebooks;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingFactory;
import org.policylens.coding.model.CodingOrigin;
import org.policylens.coding.model.Codings;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyStore;

/** The coding model as a part of a study: a coding keeps its reference to a code of another part across a save. */
public class CodingModelTest {

	@TempDir
	Path tmp;

	@Test
	void aCodingRefersToItsCodeAcrossSaveAndReopen() throws Exception {
		StudyStore store = new StudyStore();
		OpenStudy study = store.create(tmp.resolve("s"), "Coding model", null, "tester");
		Codebooks books = CodebookFactory.eINSTANCE.createCodebooks();
		Codebook tools = CodebookFactory.eINSTANCE.createCodebook();
		tools.setId("policy-tools");
		tools.setName("Policy tools");
		Code talent = CodebookFactory.eINSTANCE.createCode();
		talent.setGuid(UUID.randomUUID().toString());
		talent.setName("Talent");
		tools.getCodes().add(talent);
		books.getCodebooks().add(tools);
		Codings codings = CodingFactory.eINSTANCE.createCodings();
		Coding coding = CodingFactory.eINSTANCE.createCoding();
		coding.setGuid(UUID.randomUUID().toString());
		coding.setCode(talent);
		coding.setDocument(5);
		coding.setClause("5-2-1");
		coding.setStart(120);
		coding.setEnd(180);
		coding.setCoder("wang");
		codings.getCodings().add(coding);
		study.getStudy().getParts().add(books);
		study.getStudy().getParts().add(codings);
		store.save(study);

		OpenStudy reopened = store.open(study.getDirectory());
		Codings again = (Codings) reopened.getStudy().getParts().stream().filter(Codings.class::isInstance).findFirst().orElseThrow();
		Codebooks booksAgain = (Codebooks) reopened.getStudy().getParts().stream().filter(Codebooks.class::isInstance).findFirst()
				.orElseThrow();
		Coding reread = again.getCodings().get(0);
		assertSame(booksAgain.getCodebooks().get(0).getCodes().get(0), reread.getCode(), "the reference resolves to the reopened code");
		assertEquals("5-2-1", reread.getClause());
		assertEquals(CodingOrigin.MANUAL, reread.getOrigin(), "manual unless said otherwise");
	}
}
