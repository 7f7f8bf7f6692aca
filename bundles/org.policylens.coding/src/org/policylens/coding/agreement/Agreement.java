package org.policylens.coding.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.coding.ClauseUnit;
import org.policylens.coding.CodingException;
import org.policylens.coding.CodingFilter;
import org.policylens.coding.NewCoding;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingOrigin;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.study.OpenStudy;

/**
 * Inter-coder agreement on the clauses of a study, one code at a time: for every unit (clause) and
 * coder a binary judgement, coded with the code or not, compared by percentage agreement, Cohen's
 * kappa (two coders), Fleiss' kappa and Krippendorff's alpha (see {@link AgreementMeasures}).
 * <p>
 * <b>Units</b> are clauses, the unit of the thesis (NVivo compares characters): by default every
 * clause of the documents, so that leaving a clause uncoded is a judgement too
 * ({@link AgreementOptions.Units}). <b>Missing data</b>: when no documents are named, the documents
 * are those any of the coders coded, and a coder who coded nothing of the codebook in a document
 * gave no judgement on its clauses (missing, which only Krippendorff's alpha uses); naming the
 * documents says every coder coded all of them. <b>Pooled</b> is one study whose items are all
 * (unit, code) pairs of the codes any coder used — the per-code 2×2 tables summed — so frequent
 * codes weigh more.
 * <p>
 * An auto-coder is compared with a person the same way: its coder is {@code auto:<id>}.
 */
public final class Agreement {

	/** Ledger event: a disagreement was resolved for a consensus coder. */
	public static final String RESOLVED = "coding.resolved"; //$NON-NLS-1$

	private static final String CODED = "1"; //$NON-NLS-1$
	private static final String NOT_CODED = "0"; //$NON-NLS-1$

	private Agreement() {
	}

	/**
	 * @param study   an open study
	 * @param options what to compare
	 * @param monitor progress and cancellation
	 * @return the agreement per code, pooled, and the disagreements
	 */
	public static AgreementReport compute(OpenStudy study, AgreementOptions options, IProgressMonitor monitor) {
		List<Code> codes = CodeTree.all(options.codebook()).stream().filter(Code::isCodable).toList();
		SubMonitor progress = SubMonitor.convert(monitor, "Agreement of " + String.join(", ", options.coders()), codes.size() + 1);
		StudyCodings codings = StudyCodings.of(study);
		List<String> coders = options.coders();
		// coder -> unit -> codings
		List<Map<ClauseUnit, List<Coding>>> byCoder = new ArrayList<>();
		List<Set<Integer>> documentsOf = new ArrayList<>();
		for (String coder : coders) {
			Map<ClauseUnit, List<Coding>> units = new HashMap<>();
			Set<Integer> documents = new HashSet<>();
			for (Coding coding : codings.find(CodingFilter.ALL.codebook(options.codebook()).coder(coder))) {
				if (options.documents().isEmpty() || options.documents().contains(coding.getDocument())) {
					units.computeIfAbsent(ClauseUnit.of(coding), u -> new ArrayList<>()).add(coding);
					documents.add(coding.getDocument());
				}
			}
			byCoder.add(units);
			documentsOf.add(documents);
		}
		TreeSet<Integer> documents = new TreeSet<>(options.documents());
		if (documents.isEmpty()) {
			documentsOf.forEach(documents::addAll);
		}
		List<ClauseUnit> units = units(study, options, documents, byCoder);
		progress.worked(1);

		List<AgreementReport.CodeAgreement> perCode = new ArrayList<>();
		List<Object[]> pooled = new ArrayList<>();
		List<AgreementReport.Disagreement> disagreements = new ArrayList<>();
		for (Code code : codes) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<Object[]> items = new ArrayList<>(units.size());
			Map<String, Integer> coded = new LinkedHashMap<>();
			coders.forEach(c -> coded.put(c, 0));
			for (ClauseUnit unit : units) {
				Object[] item = new Object[coders.size()];
				for (int k = 0; k < coders.size(); k++) {
					if (options.documents().isEmpty() && !documentsOf.get(k).contains(unit.document())) {
						continue; // missing: this coder did not code the document
					}
					boolean has = byCoder.get(k).getOrDefault(unit, List.of()).stream().anyMatch(c -> c.getCode() == code);
					item[k] = has ? CODED : NOT_CODED;
					if (has) {
						coded.merge(coders.get(k), 1, Integer::sum);
					}
				}
				items.add(item);
				disagreement(unit, code, item, coders, byCoder).ifPresent(disagreements::add);
			}
			AgreementReport.CodeAgreement agreement = new AgreementReport.CodeAgreement(code, AgreementMeasures.of(coders.size(), items),
					coded);
			perCode.add(agreement);
			if (agreement.used()) {
				pooled.addAll(items);
			}
			progress.worked(1);
		}
		return new AgreementReport(options, List.copyOf(documents), units.size(), perCode, AgreementMeasures.of(coders.size(), pooled),
				disagreements);
	}

	private static List<ClauseUnit> units(OpenStudy study, AgreementOptions options, Set<Integer> documents,
			List<Map<ClauseUnit, List<Coding>>> byCoder) {
		Set<ClauseUnit> coded = new HashSet<>();
		byCoder.forEach(m -> coded.addAll(m.keySet()));
		Set<ClauseUnit> units = new LinkedHashSet<>();
		for (int number : documents) {
			Corpora.document(study, number).ifPresent(document -> {
				for (Clause clause : Corpora.allClauses(document)) {
					ClauseUnit unit = new ClauseUnit(number, clause.getLabel());
					if (options.units() == AgreementOptions.Units.ALL_CLAUSES || coded.contains(unit)) {
						units.add(unit);
					}
				}
			});
		}
		coded.stream().filter(u -> documents.contains(u.document())).sorted(java.util.Comparator.comparing(ClauseUnit::toString))
				.forEach(units::add);
		return List.copyOf(units);
	}

	private static Optional<AgreementReport.Disagreement> disagreement(ClauseUnit unit, Code code, Object[] item, List<String> coders,
			List<Map<ClauseUnit, List<Coding>>> byCoder) {
		List<String> codedBy = new ArrayList<>();
		List<String> notCodedBy = new ArrayList<>();
		List<Coding> codings = new ArrayList<>();
		for (int k = 0; k < item.length; k++) {
			if (CODED.equals(item[k])) {
				codedBy.add(coders.get(k));
				byCoder.get(k).get(unit).stream().filter(c -> c.getCode() == code).forEach(codings::add);
			} else if (NOT_CODED.equals(item[k])) {
				notCodedBy.add(coders.get(k));
			}
		}
		if (codedBy.isEmpty() || notCodedBy.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new AgreementReport.Disagreement(unit.document(), unit.clause(), code, List.copyOf(codedBy),
				List.copyOf(notCodedBy), List.copyOf(codings)));
	}

	/**
	 * Resolves a disagreement for a consensus coder (e.g. {@code consensus}): accepting gives the
	 * consensus coder the coding (the span of the first coder who coded it), rejecting removes any
	 * coding the consensus coder has of that code in that clause. Recorded as {@value #RESOLVED}
	 * besides the coding's own event; the caller saves the study.
	 *
	 * @param codings      the study's codings
	 * @param disagreement a disagreement of a report on this study
	 * @param consensus    the consensus coder's id
	 * @param accept       whether the clause is coded with the code
	 * @param actor        who decides
	 * @return the consensus coder's coding, when accepted
	 * @throws CodingException if the coding cannot be made (the document or clause is gone)
	 */
	public static Optional<Coding> resolve(StudyCodings codings, AgreementReport.Disagreement disagreement, String consensus,
			boolean accept, String actor) throws CodingException {
		ClauseUnit unit = new ClauseUnit(disagreement.document(), disagreement.clause());
		List<Coding> existing = codings.find(CodingFilter.ALL.document(disagreement.document()).coder(consensus)).stream()
				.filter(c -> c.getCode() == disagreement.code() && ClauseUnit.of(c).equals(unit)).toList();
		Coding result = null;
		if (accept && existing.isEmpty()) {
			Coding model = disagreement.codings().get(0);
			String clause = model.getClause();
			result = codings.add(new NewCoding(disagreement.code(), model.getDocument(), model.getStart(), model.getEnd(), clause, consensus,
					null, CodingOrigin.MANUAL, null), actor);
		} else if (accept) {
			result = existing.get(0);
		} else {
			existing.forEach(c -> codings.remove(c, actor));
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("document", Integer.toString(disagreement.document())); //$NON-NLS-1$
		parameters.put("clause", disagreement.clause()); //$NON-NLS-1$
		parameters.put("code", disagreement.code().getGuid()); //$NON-NLS-1$
		parameters.put("codeName", CodeTree.pathOf(disagreement.code())); //$NON-NLS-1$
		parameters.put("decision", accept ? "coded" : "not coded"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		parameters.put("consensus", consensus); //$NON-NLS-1$
		parameters.put("codedBy", String.join(",", disagreement.codedBy())); //$NON-NLS-1$ //$NON-NLS-2$
		parameters.put("notCodedBy", String.join(",", disagreement.notCodedBy())); //$NON-NLS-1$ //$NON-NLS-2$
		codings.study().record(actor, RESOLVED, "Resolved clause " + disagreement.clause() + " of policy " + disagreement.document() + ": "
				+ (accept ? "coded" : "not coded") + " as " + CodeTree.pathOf(disagreement.code()) + " for " + consensus, parameters);
		return Optional.ofNullable(result);
	}
}
