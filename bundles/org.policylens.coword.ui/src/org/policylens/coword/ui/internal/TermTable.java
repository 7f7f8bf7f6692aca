package org.policylens.coword.ui.internal;

import java.util.Comparator;
import java.util.Locale;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.policylens.coword.CowordNetwork;
import org.policylens.coword.ui.NetworkView;

/**
 * The terms of the map: frequency, cluster (with its colour), degree and centralities; sortable;
 * selecting a row selects the term on the map.
 */
public final class TermTable {

	private final TableViewer viewer;
	private boolean updating;

	TermTable(Composite parent, CowordNetwork network, NetworkView view, Swatches swatches) {
		viewer = Tables.create(parent);
		Tables.<CowordNetwork.Term>column(viewer, "Term", 140, CowordNetwork.Term::label, null, null);
		Tables.<CowordNetwork.Term>column(viewer, "Frequency", 75, t -> Integer.toString(t.frequency()), null,
				Comparator.comparingInt(CowordNetwork.Term::frequency));
		Tables.<CowordNetwork.Term>column(viewer, "Cluster", 70, t -> Integer.toString(t.cluster()), t -> swatches.of(t.cluster() - 1),
				Comparator.comparingInt(CowordNetwork.Term::cluster));
		Tables.<CowordNetwork.Term>column(viewer, "Degree", 60, t -> Integer.toString(t.degree()), null,
				Comparator.comparingInt(CowordNetwork.Term::degree));
		for (String key : CowordNetwork.CENTRALITIES.subList(1, CowordNetwork.CENTRALITIES.size())) {
			Tables.<CowordNetwork.Term>column(viewer, Character.toUpperCase(key.charAt(0)) + key.substring(1), 90,
					t -> String.format(Locale.ROOT, "%.4f", t.centralities().getOrDefault(key, 0.0)), null, //$NON-NLS-1$
					Comparator.comparingDouble(t -> t.centralities().getOrDefault(key, 0.0)));
		}
		viewer.setInput(network.terms());
		viewer.addSelectionChangedListener(e -> {
			if (!updating && ((IStructuredSelection) e.getSelection()).getFirstElement() instanceof CowordNetwork.Term term) {
				view.selectNode(network.terms().indexOf(term));
			}
		});
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** @param term the term to show selected, without selecting it on the map again */
	void show(CowordNetwork.Term term) {
		updating = true;
		try {
			viewer.setSelection(term == null ? StructuredSelection.EMPTY : new StructuredSelection(term), true);
		} finally {
			updating = false;
		}
	}
}
