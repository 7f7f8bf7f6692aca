package org.policylens.study.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.model.LedgerEvent;

/**
 * The folders the Study Explorer shows under a study.
 */
final class StudyNodes {

	private StudyNodes() {
	}

	/** The case attributes of a study. */
	record Attributes(OpenStudy study) {
		List<AttributeDefinition> children() {
			return study.getStudy().getAttributes();
		}
	}

	/** The ledger of a study, newest event first. */
	record History(OpenStudy study) {
		List<LedgerEvent> children() {
			List<LedgerEvent> events = new ArrayList<>(study.getEvents());
			java.util.Collections.reverse(events);
			return events;
		}
	}
}
