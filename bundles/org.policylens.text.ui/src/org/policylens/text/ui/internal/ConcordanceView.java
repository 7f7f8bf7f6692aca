package org.policylens.text.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.corpus.Corpora;
import org.policylens.corpus.model.Document;
import org.policylens.corpus.ui.DocumentEditors;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.Errors;
import org.policylens.study.ui.IStudyService;
import org.policylens.text.AnalysisSettings;
import org.policylens.text.TextAnalysis;
import org.policylens.text.TextPlugins;
import org.policylens.text.index.Concordance;
import org.policylens.text.index.KwicLine;
import org.policylens.text.index.StudyIndex;

/**
 * Keyword in context: every occurrence of a word or phrase (or the hits of a Lucene query) with
 * the policy and clause it is in; a double-click opens the document there.
 */
public final class ConcordanceView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.policylens.text.ui.concordance"; //$NON-NLS-1$

	private IStudyService studies;
	private Text query;
	private Button lucene;
	private Label status;
	private TableViewer lines;
	private Concordance concordance;
	private Job running;

	@Override
	public void createPartControl(Composite parent) {
		studies = getSite().getService(IStudyService.class);
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(4).applyTo(page);
		query = new Text(page, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
		query.setMessage("a word or phrase, e.g. 数据专区");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
		query.addListener(SWT.DefaultSelection, e -> search(query.getText(), lucene.getSelection()));
		lucene = new Button(page, SWT.CHECK);
		lucene.setText("Query (AND, OR, \"\u2026\")");
		Button search = new Button(page, SWT.PUSH);
		search.setText("&Search");
		search.addListener(SWT.Selection, e -> search(query.getText(), lucene.getSelection()));
		status = new Label(page, SWT.NONE);
		GridDataFactory.fillDefaults().hint(300, SWT.DEFAULT).applyTo(status);

		lines = new TableViewer(page, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		lines.getTable().setHeaderVisible(true);
		lines.getTable().setLinesVisible(true);
		lines.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(lines.getControl());
		column("Policy", 50, SWT.RIGHT, l -> Integer.toString(l.document()), null);
		column("Clause", 100, SWT.LEFT, KwicLine::clause, null);
		column("Left", 320, SWT.RIGHT, KwicLine::left, null);
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		column("Keyword", 110, SWT.CENTER, KwicLine::keyword, bold);
		column("Right", 320, SWT.LEFT, KwicLine::right, null);
		lines.addDoubleClickListener(e -> open((KwicLine) ((IStructuredSelection) e.getSelection()).getFirstElement()));
	}

	private void column(String title, int width, int style, java.util.function.Function<KwicLine, String> text, Font font) {
		TableViewerColumn column = new TableViewerColumn(lines, style);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((KwicLine) element);
			}

			@Override
			public Font getFont(Object element) {
				return font;
			}

			@Override
			public Color getForeground(Object element) {
				return font == null ? null : Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED);
			}
		});
	}

	/**
	 * Looks for a word, phrase or query in the open study, as a Job.
	 *
	 * @param text     what to look for
	 * @param asQuery  whether it is a Lucene query
	 */
	public void search(String text, boolean asQuery) {
		OpenStudy study = studies.getCurrent();
		if (study == null || text.isBlank()) {
			return;
		}
		query.setText(text);
		lucene.setSelection(asQuery);
		Display display = getSite().getShell().getDisplay();
		status.setText("Searching\u2026");
		running = ProgressTasks.asJob("Searching " + text, monitor -> {
			TextPlugins plugins = new TextPlugins(Platform.getExtensionRegistry(), null);
			plugins.start();
			try (StudyIndex index = StudyIndex.open(study, TextAnalysis.of(study, plugins, AnalysisSettings.DEFAULT), monitor)) {
				return asQuery ? index.search(text, 2000, 40) : index.concordance(text, 2000, 40);
			} catch (IOException | IllegalStateException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			} finally {
				plugins.stop();
			}
		}, result -> display.asyncExec(() -> show(result)));
		running.schedule();
	}

	/** @return the job of the last search, for tests */
	public Job getRunning() {
		return running;
	}

	/** @return the summary shown above the lines */
	public String getStatus() {
		return status.getText();
	}

	/** @return the lines shown, for tests */
	public Concordance getConcordance() {
		return concordance;
	}

	private void show(Concordance result) {
		if (lines.getControl().isDisposed()) {
			return;
		}
		concordance = result;
		lines.setInput(result.lines());
		status.setText((result.occurrences() >= 0 ? result.occurrences() + " occurrence(s) in " : "") + result.clauses() //$NON-NLS-1$
				+ " clause(s)" + (result.lines().size() < result.occurrences() ? "; showing " + result.lines().size() : "")); //$NON-NLS-2$ //$NON-NLS-3$
		status.getParent().layout();
	}

	/**
	 * Opens the document of a line with its keyword selected, as double-clicking the line does.
	 *
	 * @param line a line of the concordance
	 */
	public void open(KwicLine line) {
		OpenStudy study = studies.getCurrent();
		if (line == null || study == null) {
			return;
		}
		Document document = Corpora.document(study, line.document()).orElse(null);
		if (document == null) {
			return;
		}
		try {
			DocumentEditors.open(getSite().getPage(), study, document, line.offset(), line.keyword().length());
		} catch (PartInitException e) {
			Errors.show(getSite().getShell(), "Cannot open the document", e);
		}
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}
}
