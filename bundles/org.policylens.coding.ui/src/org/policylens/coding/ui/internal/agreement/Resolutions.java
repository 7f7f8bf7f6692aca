package org.policylens.coding.ui.internal.agreement;

import java.util.HashMap;
import java.util.Map;

import org.policylens.coding.agreement.Agreement;
import org.policylens.coding.agreement.AgreementReport;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.LedgerEvent;

/**
 * What was decided on disagreements for a consensus coder, read from the study's ledger
 * ({@value Agreement#RESOLVED} events; the latest decision on a clause and code counts), so that a
 * disagreement list shows which ones are settled, across runs and sessions.
 */
final class Resolutions {

	private final Map<String, String> decisions = new HashMap<>();

	private Resolutions() {
	}

	/**
	 * @param study     the study
	 * @param consensus the consensus coder's id
	 * @return the decisions recorded for that coder
	 */
	static Resolutions of(OpenStudy study, String consensus) {
		Resolutions resolutions = new Resolutions();
		for (LedgerEvent event : study.getEvents()) {
			if (Agreement.RESOLVED.equals(event.getKind())) {
				Map<String, String> p = OpenStudy.parametersOf(event);
				if (consensus.equals(p.get("consensus"))) { //$NON-NLS-1$
					resolutions.decisions.put(key(p.get("document"), p.get("clause"), p.get("code")), p.get("decision")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				}
			}
		}
		return resolutions;
	}

	/** @return no decisions */
	static Resolutions none() {
		return new Resolutions();
	}

	/**
	 * @param disagreement a disagreement
	 * @return the decision recorded on its clause and code ("coded" or "not coded"), or {@code null}
	 */
	String decision(AgreementReport.Disagreement disagreement) {
		return decisions.get(key(Integer.toString(disagreement.document()), disagreement.clause(), disagreement.code().getGuid()));
	}

	private static String key(String document, String clause, String code) {
		return document + '\u0000' + clause + '\u0000' + code;
	}
}
