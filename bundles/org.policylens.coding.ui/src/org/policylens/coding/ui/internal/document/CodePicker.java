package org.policylens.coding.ui.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Code;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.ui.internal.CodingUi;

/**
 * Picks a code to apply, from the keyboard: type part of its name, path or a keyword, arrow to it,
 * Enter. The code used last comes first. An optional memo goes with the coding.
 */
public final class CodePicker extends Dialog {

	private static final String LAST = "lastCode"; //$NON-NLS-1$

	private final List<Code> codes;
	private final String excerpt;
	private LocalResourceManager resources;
	private Text filter;
	private TableViewer table;
	private Text memoText;
	private Code code;
	private String memo;

	/**
	 * @param shell    the parent shell
	 * @param codebooks the study's codebooks
	 * @param excerpt  the text to code, shown as a reminder
	 */
	public CodePicker(Shell shell, List<Codebook> codebooks, String excerpt) {
		super(shell);
		this.codes = new ArrayList<>();
		codebooks.forEach(b -> CodeTree.all(b).stream().filter(Code::isCodable).forEach(codes::add));
		String last = CodingUi.preferences().get(LAST, ""); //$NON-NLS-1$
		codes.stream().filter(c -> c.getGuid().equals(last)).findFirst().ifPresent(c -> {
			codes.remove(c);
			codes.add(0, c);
		});
		this.excerpt = excerpt;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Code Selection");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		resources = new LocalResourceManager(JFaceResources.getResources(), area);
		GridLayoutFactory.swtDefaults().applyTo(area);
		Label what = new Label(area, SWT.WRAP);
		what.setText("Code: " + (excerpt.length() > 80 ? excerpt.substring(0, 80) + "\u2026" : excerpt)); //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(what);
		filter = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
		filter.setMessage("name, path or keyword");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		table = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(480, 260).applyTo(table.getControl());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Code c = (Code) element;
				Codebook book = CodeTree.codebookOf(c);
				return CodeTree.pathOf(c) + (book == null ? "" : "   \u2014 " + book.getName()); //$NON-NLS-1$ //$NON-NLS-2$
			}

			@Override
			public Image getImage(Object element) {
				return CodingUi.swatch(resources, (Code) element);
			}
		});
		table.addFilter(new ViewerFilter() {
			@Override
			public boolean select(org.eclipse.jface.viewers.Viewer viewer, Object parent, Object element) {
				return matches((Code) element, filter.getText());
			}
		});
		table.setInput(codes);
		if (!codes.isEmpty()) {
			table.setSelection(new StructuredSelection(codes.get(0)));
		}
		filter.addListener(SWT.Modify, e -> {
			table.refresh();
			Object first = table.getElementAt(0);
			table.setSelection(first == null ? StructuredSelection.EMPTY : new StructuredSelection(first));
			updateOk();
		});
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				table.getControl().setFocus();
			}
		});
		table.addDoubleClickListener(e -> okPressed());
		table.addSelectionChangedListener(e -> updateOk());
		new Label(area, SWT.NONE).setText("Memo (optional):");
		memoText = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(memoText);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("&Code");
		updateOk();
	}

	/**
	 * @param code  a code
	 * @param query what the user typed
	 * @return whether the code matches it by name, path or keyword
	 */
	public static boolean matches(Code code, String query) {
		String q = query.strip().toLowerCase(Locale.ROOT);
		if (q.isEmpty()) {
			return true;
		}
		return CodeTree.pathOf(code).toLowerCase(Locale.ROOT).contains(q) || code.getKeywords().stream().anyMatch(k -> k.contains(q));
	}

	/**
	 * Chooses a code as the user would by typing and pressing Enter (tests, scripts).
	 *
	 * @param query what to type
	 */
	public void type(String query) {
		filter.setText(query);
	}

	private void updateOk() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!table.getSelection().isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		Object selected = ((IStructuredSelection) table.getSelection()).getFirstElement();
		if (!(selected instanceof Code chosen)) {
			return;
		}
		code = chosen;
		memo = memoText.getText().isBlank() ? null : memoText.getText().strip();
		CodingUi.preferences().put(LAST, chosen.getGuid());
		super.okPressed();
	}

	/** @return the code chosen, or {@code null} */
	public Code getCode() {
		return code;
	}

	/** @return the memo written, or {@code null} */
	public String getMemo() {
		return memo;
	}
}
