package org.policylens.coword.formats;

import java.util.ArrayList;
import java.util.List;

import org.policylens.coword.CowordNetwork;
import org.policylens.coword.CowordNetwork.Term;

/**
 * The values every format with typed node attributes writes for a term, in one order: frequency,
 * cluster, links (number), link strength (total), then the four centralities.
 */
final class TermValues {

	/**
	 * A value's name and whether it is a whole number.
	 *
	 * @param name    its name, used as attribute id and title
	 * @param integer whether it is a whole number (else a decimal)
	 */
	record Column(String name, boolean integer) {
	}

	static final List<Column> COLUMNS = columns();

	private TermValues() {
	}

	/**
	 * @param term a term
	 * @return its values, in the order of {@link #COLUMNS}
	 */
	static List<String> of(Term term) {
		List<String> values = new ArrayList<>(COLUMNS.size());
		values.add(Integer.toString(term.frequency()));
		values.add(Integer.toString(term.cluster()));
		values.add(Integer.toString(term.degree()));
		values.add(Numbers.decimal(term.weight(), 6));
		for (String centrality : CowordNetwork.CENTRALITIES) {
			values.add(Numbers.decimal(term.centralities().getOrDefault(centrality, 0.0), 6));
		}
		return values;
	}

	private static List<Column> columns() {
		List<Column> columns = new ArrayList<>(List.of(new Column("frequency", true), new Column("cluster", true), //$NON-NLS-1$ //$NON-NLS-2$
				new Column("links", true), new Column("linkStrength", false))); //$NON-NLS-1$ //$NON-NLS-2$
		CowordNetwork.CENTRALITIES.forEach(c -> columns.add(new Column(c, false)));
		return List.copyOf(columns);
	}
}
