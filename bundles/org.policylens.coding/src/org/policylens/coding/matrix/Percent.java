package org.policylens.coding.matrix;

/** Which percentage a matrix shows beside its counts. */
public enum Percent {
	/** None. */
	NONE,
	/** Of the row's total (across the columns). */
	ROW,
	/** Of the column's total (the thesis' share of a tool in a city). */
	COLUMN,
	/** Of the grand total. */
	TOTAL
}
