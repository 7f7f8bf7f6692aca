package org.policylens.coding.ui.internal.auto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.policylens.codebook.CodeTree;
import org.policylens.codebook.model.Codebook;
import org.policylens.coding.Codes;
import org.policylens.coding.StudyCodings;
import org.policylens.coding.auto.AutoCoders;
import org.policylens.coding.auto.AutoCoding;
import org.policylens.coding.auto.AutoCodingRequest;
import org.policylens.coding.auto.IAutoCoder;
import org.policylens.coding.auto.Proposal;
import org.policylens.coding.ui.internal.CodingUi;
import org.policylens.common.progress.ProgressTasks;
import org.policylens.study.OpenStudy;
import org.policylens.study.ui.IStudyService;

/**
 * Auto-coding, never silent: an auto-coder (the keyword dictionaries of the codes by default)
 * proposes codings with their evidence; the user checks the ones to keep and accepts them (coded by
 * {@code auto:<auto-coder>}), the others are recorded as rejected.
 */
public final class AutoCodeDialog extends TitleAreaDialog {

	private static final int FIND = IDialogConstants.CLIENT_ID + 1;

	private final IStudyService studies;
	private final OpenStudy study;
	private final Integer activeDocument;
	private final AutoCoders autoCoders = new AutoCoders(Platform.getExtensionRegistry(), null);
	private LocalResourceManager resources;
	private Combo codebook;
	private Combo coder;
	private Combo scope;
	private Spinner minMatches;
	private Button leaves;
	private CheckboxTableViewer table;
	private List<Proposal> proposals = List.of();
	private Job running;

	/**
	 * @param shell          the parent shell
	 * @param studies        the study service
	 * @param activeDocument the policy number of the document in front, or {@code null}
	 */
	public AutoCodeDialog(Shell shell, IStudyService studies, Integer activeDocument) {
		super(shell);
		this.studies = studies;
		this.study = studies.getCurrent();
		this.activeDocument = activeDocument;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Auto-Code");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Auto-code with a codebook");
		setMessage("Find proposals, check the ones to keep, accept them. Nothing is coded until you accept.");
		autoCoders.start();
		Composite area = (Composite) super.createDialogArea(parent);
		resources = new LocalResourceManager(JFaceResources.getResources(), area);
		Composite settings = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(settings);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(settings);
		codebook = combo(settings, "Codebook:", Codes.codebooks(study).stream().map(b -> b.getName() + "  (" + b.getId() + ")").toList()); //$NON-NLS-1$ //$NON-NLS-2$
		coder = combo(settings, "Auto-coder:", autoCoders.list().stream().map(AutoCoders.Info::name).toList());
		List<String> scopes = new ArrayList<>(List.of("All documents"));
		if (activeDocument != null) {
			scopes.add("Policy " + activeDocument);
		}
		scope = combo(settings, "Documents:", scopes);
		scope.select(scopes.size() - 1);
		new Label(settings, SWT.NONE).setText("Keyword matches at least:");
		minMatches = new Spinner(settings, SWT.BORDER);
		minMatches.setValues(1, 1, 20, 0, 1, 5);
		leaves = new Button(settings, SWT.CHECK);
		leaves.setText("Only codes without sub-codes");
		GridDataFactory.swtDefaults().span(2, 1).applyTo(leaves);

		table = CheckboxTableViewer.newCheckList(area, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(820, 340).applyTo(table.getControl());
		column("Code", 200, p -> CodeTree.pathOf(p.code()), true);
		column("Policy", 50, p -> Integer.toString(p.document()), false);
		column("Clause", 90, Proposal::clause, false);
		column("Evidence", 200, Proposal::evidence, false);
		column("Score", 50, p -> String.format(java.util.Locale.ROOT, "%.1f", p.score()), false); //$NON-NLS-1$
		return area;
	}

	private static Combo combo(Composite parent, String label, List<String> items) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(items.toArray(String[]::new));
		if (!items.isEmpty()) {
			combo.select(0);
		}
		return combo;
	}

	private void column(String title, int width, java.util.function.Function<Proposal, String> text, boolean swatch) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Proposal) element);
			}

			@Override
			public Image getImage(Object element) {
				return swatch ? CodingUi.swatch(resources, ((Proposal) element).code()) : null;
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, FIND, "&Find Proposals", true);
		createButton(parent, IDialogConstants.OK_ID, "&Accept Checked", false).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == FIND) {
			find();
		} else {
			super.buttonPressed(id);
		}
	}

	/** Finds proposals with the current settings, as a Job. */
	public void find() {
		if (running != null && running.getState() != Job.NONE || codebook.getSelectionIndex() < 0 || coder.getSelectionIndex() < 0) {
			return;
		}
		Codebook book = Codes.codebooks(study).get(codebook.getSelectionIndex());
		String id = autoCoders.list().get(coder.getSelectionIndex()).id();
		IAutoCoder autoCoder = autoCoders.get(id).orElse(null);
		if (autoCoder == null) {
			setErrorMessage("The auto-coder " + id + " cannot be used (see the Error Log).");
			return;
		}
		List<Integer> documents = scope.getSelectionIndex() == 1 ? List.of(activeDocument) : List.of();
		AutoCodingRequest request = new AutoCodingRequest(study, book, documents, java.util.Set.of(), Map.of(
				AutoCodingRequest.MIN_MATCHES, Integer.toString(minMatches.getSelection()), AutoCodingRequest.LEAVES_ONLY,
				Boolean.toString(leaves.getSelection())));
		getButton(FIND).setEnabled(false);
		setMessage("Finding proposals\u2026");
		running = ProgressTasks.asJob("Auto-coding with " + book.getName(), monitor -> autoCoder.propose(request, monitor), result -> getShell().getDisplay().asyncExec(() -> show(result)));
		running.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				getShell().getDisplay().asyncExec(() -> {
					if (getButton(FIND) != null && !getButton(FIND).isDisposed()) {
						getButton(FIND).setEnabled(true);
						if (!event.getResult().isOK()) {
							setErrorMessage(event.getResult().getMessage());
						}
					}
				});
			}
		});
		running.schedule();
	}

	private void show(List<Proposal> found) {
		if (table.getControl().isDisposed()) {
			return;
		}
		proposals = found;
		table.setInput(found);
		table.setAllChecked(true);
		getButton(IDialogConstants.OK_ID).setEnabled(!found.isEmpty());
		setErrorMessage(null);
		setMessage(found.isEmpty() ? "No proposals: no keyword of the codebook occurs in these documents."
				: found.size() + " proposal(s). Uncheck the ones that are wrong, then accept.");
	}

	/** @return the job of the last search, for tests */
	public Job getRunning() {
		return running;
	}

	/** @return the proposals shown */
	public List<Proposal> getProposals() {
		return proposals;
	}

	/** @param checked which proposals to keep */
	public void setChecked(List<Proposal> checked) {
		table.setCheckedElements(checked.toArray());
	}

	@Override
	protected void okPressed() {
		acceptChecked();
		super.okPressed();
	}

	/** Accepts the checked proposals and records the others as rejected, as Accept Checked does (without closing). */
	public void acceptChecked() {
		List<Proposal> checked = Arrays.stream(table.getCheckedElements()).map(Proposal.class::cast).toList();
		List<Proposal> unchecked = proposals.stream().filter(p -> !checked.contains(p)).toList();
		String id = autoCoders.list().get(coder.getSelectionIndex()).id();
		StudyCodings codings = StudyCodings.of(study);
		AutoCoding.Accepted accepted = AutoCoding.accept(codings, checked, AutoCoders.coderId(id), studies.getActor());
		AutoCoding.reject(codings, unchecked, AutoCoders.coderId(id), studies.getActor());
		if (CodingUi.save(studies, getShell()) && !accepted.problems().isEmpty()) {
			MessageDialog.openWarning(getShell(), "Auto-Code", accepted.added().size() + " coded; these could not be:\n"
					+ String.join("\n", accepted.problems())); //$NON-NLS-1$
		}
	}

	@Override
	public boolean close() {
		autoCoders.stop();
		return super.close();
	}
}
