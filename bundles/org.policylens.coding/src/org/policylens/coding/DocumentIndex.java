package org.policylens.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.policylens.coding.model.Coding;
import org.policylens.coding.model.CodingPackage;
import org.policylens.coding.model.Codings;

/**
 * The codings of each document sorted by start (then by end, longest first), for the document
 * view: built on first use, kept current as codings are added and removed one at a time, rebuilt
 * after anything else. Attached to the {@link Codings} part as an EMF adapter, so every
 * {@link StudyCodings} of the same study shares it.
 */
final class DocumentIndex extends AdapterImpl {

	static final Comparator<Coding> ORDER = Comparator.comparingInt(Coding::getStart)
			.thenComparing(Comparator.comparingInt(Coding::getEnd).reversed()).thenComparing(Coding::getGuid,
					Comparator.nullsFirst(Comparator.naturalOrder()));

	private Map<Integer, List<Coding>> byDocument;

	static DocumentIndex of(Codings codings) {
		DocumentIndex index = (DocumentIndex) EcoreUtil.getExistingAdapter(codings, DocumentIndex.class);
		if (index == null) {
			index = new DocumentIndex();
			codings.eAdapters().add(index);
		}
		return index;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == DocumentIndex.class;
	}

	synchronized List<Coding> of(int document) {
		if (byDocument == null) {
			build();
		}
		return Collections.unmodifiableList(byDocument.getOrDefault(document, List.of()));
	}

	/** Start or end of a coding changed behind the index's back: rebuild on next use. */
	synchronized void invalidate() {
		byDocument = null;
	}

	private void build() {
		byDocument = new HashMap<>();
		for (Coding coding : ((Codings) getTarget()).getCodings()) {
			byDocument.computeIfAbsent(coding.getDocument(), d -> new ArrayList<>()).add(coding);
		}
		byDocument.values().forEach(list -> list.sort(ORDER));
	}

	@Override
	public synchronized void notifyChanged(Notification msg) {
		if (byDocument == null || msg.getFeature() != CodingPackage.Literals.CODINGS__CODINGS) {
			return;
		}
		switch (msg.getEventType()) {
		case Notification.ADD -> insert((Coding) msg.getNewValue());
		case Notification.REMOVE -> {
			Coding removed = (Coding) msg.getOldValue();
			List<Coding> list = byDocument.get(removed.getDocument());
			if (list == null || !list.remove(removed)) {
				byDocument = null;
			}
		}
		case Notification.MOVE -> {
			// order in the part does not matter to the index
		}
		default -> byDocument = null;
		}
	}

	private void insert(Coding coding) {
		List<Coding> list = byDocument.computeIfAbsent(coding.getDocument(), d -> new ArrayList<>());
		int at = Collections.binarySearch(list, coding, ORDER);
		list.add(at < 0 ? -at - 1 : at, coding);
	}
}
