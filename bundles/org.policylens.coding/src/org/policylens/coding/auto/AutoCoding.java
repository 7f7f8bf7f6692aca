package org.policylens.coding.auto;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policylens.codebook.CodeTree;
import org.policylens.coding.CodingException;
import org.policylens.coding.NewCoding;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingOrigin;

/**
 * What the user does with an auto-coder's proposals: accepting writes them as codings (origin
 * auto, the evidence kept), rejecting writes none. Both are recorded in the ledger.
 */
public final class AutoCoding {

	/** Ledger event: proposals were accepted (each coding is also a {@code coding.added} event). */
	public static final String ACCEPTED = "coding.auto.accepted"; //$NON-NLS-1$
	/** Ledger event: proposals were rejected; nothing was coded. */
	public static final String REJECTED = "coding.auto.rejected"; //$NON-NLS-1$

	/**
	 * What accepting did.
	 *
	 * @param added     the codings written
	 * @param skipped   proposals the coder had coded already (same code and span)
	 * @param problems  proposals that could not be coded, with the reason
	 */
	public record Accepted(List<Coding> added, int skipped, List<String> problems) {
	}

	private AutoCoding() {
	}

	/**
	 * Writes proposals as codings of the coder {@code coder} (origin auto, evidence kept).
	 * Proposals the coder has coded already are skipped; the caller saves the study.
	 *
	 * @param codings   the study's codings
	 * @param proposals the proposals the user accepts
	 * @param coder     the coder they are coded by, usually {@code auto:<autocoder id>} ({@link AutoCoders#coderId})
	 * @param actor     who accepts them
	 * @return what was written
	 */
	public static Accepted accept(StudyCodings codings, List<Proposal> proposals, String coder, String actor) {
		List<Coding> added = new java.util.ArrayList<>();
		List<String> problems = new java.util.ArrayList<>();
		int skipped = 0;
		for (Proposal p : proposals) {
			if (codings.find(p.code(), p.document(), p.start(), p.end(), coder).isPresent()) {
				skipped++;
				continue;
			}
			try {
				added.add(codings.add(new NewCoding(p.code(), p.document(), p.start(), p.end(), p.clause(), coder, null,
						CodingOrigin.AUTO, p.evidence()), actor));
			} catch (CodingException e) {
				problems.add(e.getMessage());
			}
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("coder", coder); //$NON-NLS-1$
		parameters.put("proposals", Integer.toString(proposals.size())); //$NON-NLS-1$
		parameters.put("accepted", Integer.toString(added.size())); //$NON-NLS-1$
		parameters.put("skipped", Integer.toString(skipped)); //$NON-NLS-1$
		parameters.put("failed", Integer.toString(problems.size())); //$NON-NLS-1$
		parameters.put("documents", documents(proposals)); //$NON-NLS-1$
		codings.study().record(actor, ACCEPTED, "Accepted " + added.size() + " auto-coding proposal(s) as " + coder, parameters);
		return new Accepted(List.copyOf(added), skipped, List.copyOf(problems));
	}

	/**
	 * Records that the user rejected proposals; nothing is coded.
	 *
	 * @param codings   the study's codings
	 * @param proposals the rejected proposals
	 * @param coder     the coder they would have been coded by
	 * @param actor     who rejects them
	 */
	public static void reject(StudyCodings codings, List<Proposal> proposals, String coder, String actor) {
		if (proposals.isEmpty()) {
			return;
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("coder", coder); //$NON-NLS-1$
		parameters.put("rejected", Integer.toString(proposals.size())); //$NON-NLS-1$
		parameters.put("documents", documents(proposals)); //$NON-NLS-1$
		StringBuilder which = new StringBuilder();
		for (Proposal p : proposals.subList(0, Math.min(50, proposals.size()))) {
			which.append(which.isEmpty() ? "" : "; ").append(p.clause()).append(' ').append(CodeTree.pathOf(p.code())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		parameters.put("proposals", which + (proposals.size() > 50 ? "; ..." : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		codings.study().record(actor, REJECTED, "Rejected " + proposals.size() + " auto-coding proposal(s) of " + coder, parameters);
	}

	private static String documents(List<Proposal> proposals) {
		Set<Integer> documents = new LinkedHashSet<>();
		proposals.forEach(p -> documents.add(p.document()));
		return String.join(",", documents.stream().sorted().map(String::valueOf).toList()); //$NON-NLS-1$
	}
}
