package org.policylens.coding.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.coding.auto.AutoCodingRequest;
import org.policylens.coding.auto.IAutoCoder;
import org.policylens.coding.auto.Proposal;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Clause;
import org.policylens.corpus.model.Document;

/** A test auto-coder: proposes the codebook's first codable code for each document's first clause line. */
public class FirstClauseAutoCoder implements IAutoCoder {

	@Override
	public List<Proposal> propose(AutoCodingRequest request, IProgressMonitor monitor) {
		Code code = CodeTree.all(request.codebook()).stream().filter(Code::isCodable).findFirst().orElseThrow();
		List<Proposal> proposals = new ArrayList<>();
		for (Document document : Corpora.documents(request.study())) {
			if (request.includes(document.getNumber()) && !document.getClauses().isEmpty()) {
				Clause first = document.getClauses().get(0);
				proposals.add(new Proposal(code, document.getNumber(), first.getLabel(), first.getStart(), first.getHeadingEnd(), 1,
						"first clause"));
			}
		}
		return proposals;
	}
}
