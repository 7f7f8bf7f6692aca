package org.policylens.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookFactory;
import org.policylens.codebook.model.Codebooks;
import org.policylens.coding.CodingException;
import org.policylens.coding.StudyCodings;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.ClauseKind;
import org.policylens.corpus.model.Corpus;
import org.policylens.corpus.model.CorpusFactory;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.model.ValueOrigin;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.StudyStore;
import org.policylens.study.model.AttributeType;

/**
 * A coded study made in memory for the matrix benchmark (no texts on disk, no OSGi): 250
 * documents of 8 chapters × 4 articles (10,000 clauses) spread over 30 cities, a codebook of 50
 * codes (5 categories of 9 codes), and every clause coded with 1 to 3 codes (seeded, about
 * 20,000 codings) through {@link StudyCodings}, as the product codes.
 */
final class CodingStudy {

	static final int DOCUMENTS = 250;
	static final int CHAPTERS = 8;
	static final int ARTICLES = 4;
	static final int CITIES = 30;
	static final int CATEGORIES = 5;
	static final int CODES_PER_CATEGORY = 9;
	/** Characters of an article; a chapter is its heading (10) and its articles. */
	static final int ARTICLE = 100;

	final OpenStudy study;
	final Codebook codebook;
	final int codings;

	private CodingStudy(OpenStudy study, Codebook codebook, int codings) {
		this.study = study;
		this.codebook = codebook;
		this.codings = codings;
	}

	static CodingStudy create() throws StudyException, CodingException {
		OpenStudy study = new StudyStore().create(Samples.temporary("policylens-bench-coding").resolve("study"), "Matrix benchmark", null, //$NON-NLS-1$ //$NON-NLS-2$
				"bench"); //$NON-NLS-1$
		List<String> cities = new ArrayList<>();
		for (int c = 0; c < CITIES; c++) {
			cities.add("city" + c); //$NON-NLS-1$
		}
		study.defineAttribute("city", "City", AttributeType.CATEGORY).getValues().addAll(cities); //$NON-NLS-1$ //$NON-NLS-2$
		Corpus corpus = Corpora.of(study);
		for (int d = 1; d <= DOCUMENTS; d++) {
			corpus.getDocuments().add(document(d, cities.get(d % CITIES)));
		}
		Codebook codebook = CodebookFactory.eINSTANCE.createCodebook();
		codebook.setId("tools"); //$NON-NLS-1$
		codebook.setName("Tools"); //$NON-NLS-1$
		List<Code> leaves = new ArrayList<>();
		for (int c = 0; c < CATEGORIES; c++) {
			Code category = code("category " + c); //$NON-NLS-1$
			category.setCodable(false);
			for (int k = 0; k < CODES_PER_CATEGORY; k++) {
				Code leaf = code("code " + c + "." + k); //$NON-NLS-1$ //$NON-NLS-2$
				category.getChildren().add(leaf);
				leaves.add(leaf);
			}
			codebook.getCodes().add(category);
		}
		study.getPart(Codebooks.class, CodebookFactory.eINSTANCE::createCodebooks).getCodebooks().add(codebook);

		StudyCodings codings = StudyCodings.of(study);
		Random random = new Random(20261128);
		int count = 0;
		for (Document document : Corpora.documents(study)) {
			for (Clause clause : Corpora.allClauses(document)) {
				int codes = 1 + random.nextInt(3);
				for (int i = 0; i < codes; i++) {
					Code code = leaves.get(random.nextInt(leaves.size()));
					if (codings.find(code, document.getNumber(), clause.getStart(), clause.getEnd(), "coder").isEmpty()) { //$NON-NLS-1$
						codings.codeClause(code, document.getNumber(), clause.getLabel(), "coder", null); //$NON-NLS-1$
						count++;
					}
				}
			}
		}
		return new CodingStudy(study, codebook, count);
	}

	private static Document document(int number, String city) {
		Document document = CorpusFactory.eINSTANCE.createDocument();
		document.setNumber(number);
		document.setTitle("Policy " + number); //$NON-NLS-1$
		document.setLanguage("zh"); //$NON-NLS-1$
		document.setTextPath("documents/" + number + ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
		int offset = 0;
		for (int c = 1; c <= CHAPTERS; c++) {
			Clause chapter = clause(number + "-" + c, ClauseKind.CHAPTER, offset, 10); //$NON-NLS-1$
			offset += 10;
			for (int a = 1; a <= ARTICLES; a++) {
				chapter.getChildren().add(clause(number + "-" + c + "-" + a, ClauseKind.ARTICLE, offset, ARTICLE)); //$NON-NLS-1$ //$NON-NLS-2$
				offset += ARTICLE;
			}
			chapter.setEnd(offset);
			document.getClauses().add(chapter);
		}
		document.setLength(offset);
		Corpora.setValue(document, "city", city, ValueOrigin.USER); //$NON-NLS-1$
		return document;
	}

	private static Clause clause(String label, ClauseKind kind, int start, int length) {
		Clause clause = CorpusFactory.eINSTANCE.createClause();
		clause.setLabel(label);
		clause.setKind(kind);
		clause.setStart(start);
		clause.setHeadingEnd(start + length);
		clause.setEnd(start + length);
		return clause;
	}

	private static Code code(String name) {
		Code code = CodebookFactory.eINSTANCE.createCode();
		code.setGuid(UUID.randomUUID().toString());
		code.setName(name);
		return code;
	}
}
