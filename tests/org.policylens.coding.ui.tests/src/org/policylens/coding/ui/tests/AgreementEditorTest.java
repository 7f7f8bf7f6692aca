package org.policylens.coding.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.coding.ui.tests.CodedSampleStudy.LI;
import static org.policylens.coding.ui.tests.CodedSampleStudy.WANG;
import static org.policylens.coding.ui.tests.CodedSampleStudy.processEvents;
import static org.policylens.coding.ui.tests.CodedSampleStudy.waitForJobs;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.policylens.coding.CodingFilter;
import org.policylens.coding.agreement.Agreement;
import org.policylens.coding.agreement.AgreementMeasures;
import org.policylens.coding.agreement.AgreementOptions;
import org.policylens.coding.agreement.AgreementReport;
import org.policylens.coding.agreement.AgreementReport.Disagreement;
import org.policylens.coding.model.Coding;
import org.policylens.coding.ui.internal.agreement.AgreementEditor;
import org.policylens.coding.ui.internal.agreement.AgreementInput;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.ui.internal.DocumentEditor;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.LedgerEvent;

/**
 * The agreement editor in the running product, on the sample policies coded by wang and li: the
 * coefficients are those of {@link Agreement#compute}, the disagreements are listed with their
 * clauses, and deciding one writes the consensus coder's coding and a ledger event, saved.
 */
public class AgreementEditorTest extends CodedStudyTest {

	private static final String DASH = "\u2014";

	private AgreementOptions options(String... coders) {
		return new AgreementOptions(coded.tools, List.of(coders), List.of(), AgreementOptions.Units.ALL_CLAUSES);
	}

	private AgreementEditor editor() throws Exception {
		return (AgreementEditor) page.openEditor(new AgreementInput(coded.study.getDirectory()), AgreementEditor.ID);
	}

	private static AgreementReport ran(AgreementEditor editor, AgreementOptions options) throws Exception {
		editor.setOptions(options);
		editor.run();
		assertNotNull(editor.getRunning(), "comparing runs as a job");
		waitForJobs();
		assertNotNull(editor.getReport(), editor.getMessages());
		assertEquals(options, editor.getReport().options());
		return editor.getReport();
	}

	private static String format(double value, String format, double scale) {
		return Double.isNaN(value) ? DASH : String.format(Locale.ROOT, format, scale * value);
	}

	private static void assertLine(TableItem item, AgreementMeasures.Values v, List<String> coders, Map<String, Integer> coded) {
		assertEquals(format(v.percent(), "%.1f %%", 100), item.getText(1));
		assertEquals(format(v.cohen(), "%.3f", 1), item.getText(2));
		assertEquals(format(v.fleiss(), "%.3f", 1), item.getText(3));
		assertEquals(format(v.alpha(), "%.3f", 1), item.getText(4));
		assertEquals(Integer.toString(v.units()), item.getText(5));
		for (int k = 0; k < coders.size(); k++) {
			assertEquals(String.valueOf(coded.get(coders.get(k))), item.getText(6 + k), coders.get(k));
		}
	}

	@Test
	void theCoefficientsAreThoseOfTheAgreementComputation() throws Exception {
		AgreementEditor editor = editor();
		AgreementReport report = ran(editor, options(WANG, LI));
		AgreementReport expected = Agreement.compute(coded.study, options(WANG, LI), new NullProgressMonitor());
		assertEquals(List.of(1, 3, 4, 5), report.documents(), "the documents either coded");
		assertEquals(expected.units(), report.units());
		assertEquals(expected.pooled(), report.pooled());

		List<AgreementReport.CodeAgreement> used = expected.codes().stream().filter(AgreementReport.CodeAgreement::used).toList();
		Table table = editor.getMeasuresTable();
		assertEquals(used.size() + 1, table.getItemCount(), "the codes used, then the pooled line");
		for (int i = 0; i < used.size(); i++) {
			AgreementReport.CodeAgreement code = used.get(i);
			assertEquals(code.code().getName(), table.getItem(i).getText(0).strip());
			assertEquals(code.values(), report.codes().stream().filter(c -> c.code() == code.code()).findFirst().orElseThrow().values());
			assertLine(table.getItem(i), code.values(), List.of(WANG, LI), code.coded());
		}
		TableItem pooled = table.getItem(used.size());
		assertEquals("Pooled (all codes used)", pooled.getText(0));
		assertLine(pooled, expected.pooled(), List.of(WANG, LI), Map.of(WANG, 32, LI, 20));
		assertTrue(expected.pooled().cohen() > 0.5 && expected.pooled().cohen() < 1, "they mostly agree where both coded");
	}

	@Test
	void anUndefinedCoefficientIsADashThatSaysWhy() throws Exception {
		Clause leaf = coded.leaves(5).get(5);
		coded.codings.codeClause(coded.code("Talent"), 5, leaf.getLabel(), "zhao", null);
		coded.studies.saveChanges();
		AgreementEditor editor = editor();
		ran(editor, options(WANG, LI, "zhao"));
		Table table = editor.getMeasuresTable();
		for (int i = 0; i < table.getItemCount(); i++) {
			assertEquals(DASH, table.getItem(i).getText(2), "Cohen's kappa needs exactly two coders");
			assertTrue(editor.getMeasureToolTip(i, 2).contains("exactly two coders"), editor.getMeasureToolTip(i, 2));
		}
		int planning = -1;
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).strip().equals("Target planning")) {
				planning = i;
			}
		}
		assertTrue(planning >= 0, "wang and li each used Target planning once");
		assertEquals(DASH, table.getItem(planning).getText(3), "only policy 5 was judged by all three, and nobody coded Target planning there");
		assertTrue(editor.getMeasureToolTip(planning, 3).contains("same judgement"), editor.getMeasureToolTip(planning, 3));
		assertTrue(table.getItem(planning).getText(4).matches("-?\\d\\.\\d{3}"), "alpha takes every pair: li's Target planning in policy 4 is a"
				+ " disagreement with wang: " + table.getItem(planning).getText(4));
	}

	@Test
	void aDecisionForTheConsensusCoderIsACodingInTheLedgerAndTheNextRunShowsIt() throws Exception {
		AgreementEditor editor = editor();
		AgreementReport report = ran(editor, options(WANG, LI));
		List<Disagreement> listed = editor.getDisagreements();
		assertEquals(report.disagreements(), listed);
		Clause talentLeaf = coded.leaves(5).get(5);
		Disagreement talent = listed.stream().filter(d -> d.clause().equals(talentLeaf.getLabel()) && d.code() == coded.code("Talent"))
				.findFirst().orElseThrow();
		assertEquals(List.of(LI), talent.codedBy());
		assertEquals(List.of(WANG), talent.notCodedBy());
		Table table = editor.getDisagreementTable();
		TableItem item = table.getItem(listed.indexOf(talent));
		assertEquals(talentLeaf.getLabel(), item.getText(1));
		assertEquals("li", item.getText(3));
		assertEquals("wang", item.getText(4));
		assertEquals("", item.getText(5), "not decided yet");

		editor.selectDisagreements(List.of(talent));
		processEvents();
		String clause = coded.text(5, talentLeaf.getStart(), talentLeaf.getEnd());
		assertTrue(editor.getClauseText().contains(clause.strip()), "the clause pane shows the clause's text");

		editor.resolve(editor.getSelectedDisagreements(), true);
		processEvents();
		List<Coding> consensus = coded.codings.find(CodingFilter.ALL.coder("consensus"));
		assertEquals(1, consensus.size());
		assertEquals(coded.code("Talent"), consensus.get(0).getCode());
		assertEquals(talentLeaf.getLabel(), consensus.get(0).getClause());
		LedgerEvent last = coded.study.getEvents().get(coded.study.getEvents().size() - 1);
		assertEquals(Agreement.RESOLVED, last.getKind());
		Map<String, String> parameters = OpenStudy.parametersOf(last);
		assertEquals("coded", parameters.get("decision"));
		assertEquals("consensus", parameters.get("consensus"));
		assertEquals("li", parameters.get("codedBy"));
		assertTrue(Files.readString(coded.study.getFile()).contains(Agreement.RESOLVED), "saved at once");
		assertEquals("coded", table.getItem(listed.indexOf(talent)).getText(5));

		Disagreement other = listed.stream().filter(d -> d != talent).findFirst().orElseThrow();
		editor.resolve(List.of(other), false);
		processEvents();
		assertEquals("not coded", table.getItem(listed.indexOf(other)).getText(5));
		assertEquals(1, coded.codings.find(CodingFilter.ALL.coder("consensus")).size(), "rejecting adds no coding");

		ran(editor, options(WANG, LI));
		List<Disagreement> again = editor.getDisagreements();
		int index = again.stream().map(Disagreement::clause).toList().indexOf(talentLeaf.getLabel());
		assertEquals("coded", editor.getDisagreementTable().getItem(index).getText(5), "decisions are read back from the ledger");

		AgreementReport withConsensus = ran(editor, options(WANG, "consensus"));
		AgreementReport expected = Agreement.compute(coded.study, options(WANG, "consensus"), new NullProgressMonitor());
		assertEquals(expected.pooled(), withConsensus.pooled());
		assertEquals(List.of(1, 3, 4, 5), withConsensus.documents(), "the documents either coded");
		AgreementReport.CodeAgreement talentAgreement = withConsensus.codes().stream().filter(c -> c.code() == coded.code("Talent"))
				.findFirst().orElseThrow();
		assertEquals(1, talentAgreement.coded().get("consensus"));
	}

	@Test
	void aDisagreementOpensItsDocumentAtTheClause() throws Exception {
		AgreementEditor editor = editor();
		ran(editor, options(WANG, LI));
		Disagreement first = editor.getDisagreements().get(0);
		editor.open(first);
		processEvents();
		DocumentEditor document = (DocumentEditor) page.getActiveEditor();
		assertEquals(first.document(), document.getDocument().getNumber());
		Clause clause = Corpora.clause(document.getDocument(), first.clause()).orElseThrow();
		assertEquals(coded.text(first.document(), clause.getStart(), clause.getEnd()), document.getSelectedText());
	}
}
