package org.policylens.coding.matrix;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.policylens.codebook.model.Code;
import org.policylens.coding.model.Coding;

/**
 * A coding matrix: the codes of a codebook (rows, in tree order; a category's row is the subtotal
 * of everything below it and its own codings) by the values of a case attribute or the codes of
 * another codebook (columns). Cells count coding references or distinct clauses; totals,
 * percentages, the χ² test with adjusted standardized residuals, and each cell's codings.
 * <p>
 * Row or column index {@code -1} stands for the totals: {@code count(r, -1)} is row r's total,
 * {@code count(-1, c)} column c's total, {@code count(-1, -1)} the grand total. Totals count
 * distinct items, so with clauses, or with codings in several columns, a total can be less than
 * the sum of its cells.
 */
public final class CodingMatrix {

	/**
	 * A row.
	 *
	 * @param code      the code
	 * @param depth     0 at the top of the codebook
	 * @param subtotal  whether the code has codes below it (its row includes theirs)
	 */
	public record Row(Code code, int depth, boolean subtotal) {
	}

	private final MatrixOptions options;
	private final String provenance;
	private final List<Row> rows;
	private final List<String> columns;
	private final List<Code> columnCodes;
	private final Coding[] codings;
	private final int[] clauseOf;
	private final BitSet[][] cells;
	private final BitSet[] rowTotals;
	private final BitSet[] columnTotals;
	private final BitSet total;
	private final long[][] counts;
	private final ChiSquare chiSquare;
	private final double[][] residuals;
	private final List<String> messages;

	CodingMatrix(MatrixOptions options, String provenance, List<Row> rows, List<String> columns, List<Code> columnCodes,
			Coding[] codings, int[] clauseOf, BitSet[][] cells, List<String> messages) {
		this.options = options;
		this.provenance = provenance;
		this.rows = List.copyOf(rows);
		this.columns = List.copyOf(columns);
		this.columnCodes = columnCodes == null ? null : List.copyOf(columnCodes);
		this.codings = codings;
		this.clauseOf = clauseOf;
		this.cells = cells;
		rowTotals = new BitSet[rows.size()];
		columnTotals = new BitSet[columns.size()];
		total = new BitSet();
		for (int c = 0; c < columns.size(); c++) {
			columnTotals[c] = new BitSet();
		}
		for (int r = 0; r < rows.size(); r++) {
			rowTotals[r] = new BitSet();
			for (int c = 0; c < columns.size(); c++) {
				rowTotals[r].or(cells[r][c]);
				if (rows.get(r).depth() == 0) {
					columnTotals[c].or(cells[r][c]);
				}
			}
		}
		for (BitSet column : columnTotals) {
			total.or(column);
		}
		counts = new long[rows.size() + 1][columns.size() + 1];
		for (int r = -1; r < rows.size(); r++) {
			for (int c = -1; c < columns.size(); c++) {
				counts[r + 1][c + 1] = measure(items(r, c));
			}
		}
		Independence.Result test = Independence.test(this);
		chiSquare = test.chiSquare();
		residuals = test.residuals();
		List<String> notes = new ArrayList<>(messages);
		notes.addAll(test.messages());
		this.messages = List.copyOf(notes);
	}

	/** @return the options it was computed with */
	public MatrixOptions options() {
		return options;
	}

	/** @return what it counts and from what: codebooks, columns, coders, codings */
	public String provenance() {
		return provenance;
	}

	/** @return the rows, in tree order */
	public List<Row> rows() {
		return rows;
	}

	/** @return the column names */
	public List<String> columns() {
		return columns;
	}

	/** @return the codes of the columns when they are a codebook's, else empty */
	public Optional<List<Code>> columnCodes() {
		return Optional.ofNullable(columnCodes);
	}

	/**
	 * @param row    a row, or -1 for the total row
	 * @param column a column, or -1 for the total column
	 * @return the count: coding references or distinct clauses
	 */
	public long count(int row, int column) {
		return counts[row + 1][column + 1];
	}

	/**
	 * @param kind   which percentage
	 * @param row    a row, or -1
	 * @param column a column, or -1
	 * @return the count as a share (0..1) of its row's, column's or the grand total; NaN when that is 0
	 */
	public double percent(Percent kind, int row, int column) {
		long base = switch (kind) {
		case ROW -> count(row, -1);
		case COLUMN -> count(-1, column);
		case TOTAL -> count(-1, -1);
		case NONE -> 0;
		};
		return base == 0 ? Double.NaN : (double) count(row, column) / base;
	}

	/** @return the χ² test, if the matrix has two rows and two columns with codings */
	public Optional<ChiSquare> chiSquare() {
		return Optional.ofNullable(chiSquare);
	}

	/**
	 * @param row    a row
	 * @param column a column
	 * @return the adjusted standardized residual of the cell (Haberman 1973), NaN if the cell is not
	 *         in the χ² test
	 */
	public double residual(int row, int column) {
		return residuals[row][column];
	}

	/**
	 * @param row    a row
	 * @param column a column
	 * @return whether the cell's adjusted residual is beyond ±{@value ChiSquare#CRITICAL}
	 */
	public boolean flagged(int row, int column) {
		return Math.abs(residual(row, column)) > ChiSquare.CRITICAL;
	}

	/**
	 * @param row    a row, or -1
	 * @param column a column, or -1
	 * @return the codings counted there, by document and position
	 */
	public List<Coding> drillDown(int row, int column) {
		BitSet items = items(row, column);
		List<Coding> found = new ArrayList<>(items.cardinality());
		items.stream().forEach(i -> found.add(codings[i]));
		found.sort(Comparator.comparingInt(Coding::getDocument).thenComparingInt(Coding::getStart).thenComparingInt(Coding::getEnd));
		return Collections.unmodifiableList(found);
	}

	/** @return why the matrix is empty or the χ² test is missing, and other notes; empty when all is well */
	public List<String> messages() {
		return messages;
	}

	/** @return whether it counts nothing */
	public boolean isEmpty() {
		return count(-1, -1) == 0;
	}

	BitSet items(int row, int column) {
		if (row < 0) {
			return column < 0 ? total : columnTotals[column];
		}
		return column < 0 ? rowTotals[row] : cells[row][column];
	}

	long measure(BitSet items) {
		if (options.count() == MatrixOptions.Count.REFERENCES) {
			return items.cardinality();
		}
		BitSet clauses = new BitSet();
		items.stream().forEach(i -> clauses.set(clauseOf[i]));
		return clauses.cardinality();
	}
}
