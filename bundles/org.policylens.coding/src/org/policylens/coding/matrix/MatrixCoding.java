package org.policylens.coding.matrix;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.coding.ClauseUnit;
import org.policylens.coding.CodingFilter;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.model.Coding;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeDefinition;

/**
 * Computes coding matrices (see {@link CodingMatrix}): every coding of the row codebook goes to
 * its code's row and to the column of its document's attribute value, or to the columns of the
 * other codebook's codes its clause is coded with; a category's row takes its codes' codings.
 */
public final class MatrixCoding {

	/** The column of documents that have no value for the attribute. */
	public static final String NO_VALUE = "(none)"; //$NON-NLS-1$

	private MatrixCoding() {
	}

	/**
	 * @param study   an open study
	 * @param options what to count
	 * @param monitor progress and cancellation
	 * @return the matrix; when nothing is coded, an empty matrix whose {@link CodingMatrix#messages()} say why
	 * @throws IllegalArgumentException if the attribute does not exist
	 */
	public static CodingMatrix compute(OpenStudy study, MatrixOptions options, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Matrix coding " + options.rows().getName(), 4);
		List<String> messages = new ArrayList<>();
		List<Code> rowCodes = CodeTree.all(options.rows());
		Map<Code, Integer> rowOf = new IdentityHashMap<>();
		List<CodingMatrix.Row> rows = new ArrayList<>();
		for (Code code : rowCodes) {
			rowOf.put(code, rows.size());
			rows.add(new CodingMatrix.Row(code, CodeTree.depth(code), !code.getChildren().isEmpty()));
		}
		StudyCodings all = StudyCodings.of(study);
		List<Coding> codings = all.find(filter(options).codebook(options.rows()));
		progress.worked(1);
		checkCanceled(progress);

		Columns columns = options.columns() instanceof MatrixColumns.ByAttribute a ? byAttribute(study, a.attribute())
				: byCodebook(all, options, ((MatrixColumns.ByCodebook) options.columns()));
		progress.worked(1);
		checkCanceled(progress);

		BitSet[][] cells = new BitSet[rows.size()][columns.names.size()];
		for (BitSet[] row : cells) {
			for (int c = 0; c < row.length; c++) {
				row[c] = new BitSet();
			}
		}
		Map<ClauseUnit, Integer> clauseIds = new HashMap<>();
		int[] clauseOf = new int[codings.size()];
		int outside = 0;
		for (int i = 0; i < codings.size(); i++) {
			Coding coding = codings.get(i);
			clauseOf[i] = clauseIds.computeIfAbsent(ClauseUnit.of(coding), k -> clauseIds.size());
			int[] in = columns.of(coding);
			if (in.length == 0 && columns.codes == null) {
				outside++;
			}
			for (int c : in) {
				cells[rowOf.get(coding.getCode())][c].set(i);
			}
		}
		for (int r = rows.size() - 1; r >= 0; r--) {
			for (Code child : rows.get(r).code().getChildren()) {
				int childRow = rowOf.get(child);
				for (int c = 0; c < columns.names.size(); c++) {
					cells[r][c].or(cells[childRow][c]);
				}
			}
		}
		progress.worked(1);
		checkCanceled(progress);

		if (codings.isEmpty()) {
			messages.add("nothing to count: no codings of codebook '" + options.rows().getId() + "'"
					+ (options.coder() == null ? "" : " by " + options.coder()));
		} else if (columns.names.size() < 2) {
			messages.add("only one column (" + columns.names + "): the matrix is a frequency table");
		}
		if (outside > 0) {
			messages.add(outside + " coding(s) of documents no longer in the corpus are not counted");
		}
		String provenance = "rows: codebook " + options.rows().getId() + " v" + options.rows().getVersion() + "; columns: "
				+ options.columns().describe() + "; counting " + options.count().name().toLowerCase(java.util.Locale.ROOT)
				+ "; coders: " + (options.coder() == null ? "all" : options.coder()) + "; " + codings.size() + " coding(s)";
		CodingMatrix matrix = new CodingMatrix(options, provenance, rows, columns.names, columns.codes, codings.toArray(Coding[]::new),
				clauseOf, cells, messages);
		progress.worked(1);
		return matrix;
	}

	private static CodingFilter filter(MatrixOptions options) {
		return options.coder() == null ? CodingFilter.ALL : CodingFilter.ALL.coder(options.coder());
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The columns and which a coding falls in. */
	private static final class Columns {
		final List<String> names = new ArrayList<>();
		List<Code> codes;
		Map<Integer, int[]> byDocument;
		Map<ClauseUnit, int[]> byClause;

		int[] of(Coding coding) {
			int[] in = byDocument != null ? byDocument.get(coding.getDocument()) : byClause.get(ClauseUnit.of(coding));
			return in == null ? new int[0] : in;
		}
	}

	private static Columns byAttribute(OpenStudy study, String attribute) {
		AttributeDefinition definition = study.getAttribute(attribute);
		if (definition == null) {
			throw new IllegalArgumentException("the study has no attribute '" + attribute + "'; it has: "
					+ study.getStudy().getAttributes().stream().map(AttributeDefinition::getName).toList());
		}
		Map<Integer, String> values = new HashMap<>();
		Set<String> present = new TreeSet<>();
		boolean none = false;
		for (Document document : Corpora.documents(study)) {
			String value = Corpora.value(document, attribute);
			if (value == null || value.isBlank()) {
				none = true;
				value = NO_VALUE;
			} else {
				present.add(value.strip());
			}
			values.put(document.getNumber(), value.strip());
		}
		Columns columns = new Columns();
		Set<String> ordered = new LinkedHashSet<>();
		definition.getValues().stream().filter(present::contains).forEach(ordered::add);
		ordered.addAll(present);
		columns.names.addAll(ordered);
		if (none) {
			columns.names.add(NO_VALUE);
		}
		Map<String, Integer> index = new HashMap<>();
		for (int c = 0; c < columns.names.size(); c++) {
			index.put(columns.names.get(c), c);
		}
		columns.byDocument = new HashMap<>();
		values.forEach((document, value) -> columns.byDocument.put(document, new int[] { index.get(value) }));
		return columns;
	}

	private static Columns byCodebook(StudyCodings all, MatrixOptions options, MatrixColumns.ByCodebook by) {
		Columns columns = new Columns();
		columns.codes = CodeTree.all(by.codebook()).stream().filter(c -> c.getChildren().isEmpty()).toList();
		Map<Code, Integer> index = new IdentityHashMap<>();
		for (Code code : columns.codes) {
			index.put(code, columns.names.size());
			columns.names.add(code.getName());
		}
		Map<ClauseUnit, BitSet> sets = new HashMap<>();
		for (Coding coding : all.find(filter(options).codebook(by.codebook()))) {
			Integer column = index.get(coding.getCode());
			if (column != null) {
				sets.computeIfAbsent(ClauseUnit.of(coding), k -> new BitSet()).set(column);
			}
		}
		columns.byClause = new HashMap<>();
		sets.forEach((clause, set) -> columns.byClause.put(clause, set.stream().toArray()));
		return columns;
	}
}
