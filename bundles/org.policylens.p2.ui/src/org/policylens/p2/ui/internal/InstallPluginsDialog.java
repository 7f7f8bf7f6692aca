package org.policylens.p2.ui.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.policylens.p2.AvailableFeature;
import org.policylens.p2.Installation;
import org.policylens.p2.UpdateSites;
import org.policylens.p2.ui.PluginInstallJobs;
import org.policylens.p2.ui.PluginInstallJobs.Listing;

/**
 * Help &gt; Install Plugins: the user names an update site (a URL, a folder or a zipped site), sees
 * the features it offers — what is installed already is marked — and checks those to install.
 * Reading the site runs as a job; the install itself runs as a job after the dialog closes.
 */
public final class InstallPluginsDialog extends TitleAreaDialog {

	/** The dialog's title. */
	public static final String TITLE = "Install Plugins";

	private final Installation installation;
	private Text site;
	private Button show;
	private CheckboxTableViewer features;
	private Label description;
	private List<AvailableFeature> listed = List.of();
	private Job reading;
	private URI siteValue;
	private List<String> idsValue = List.of();

	/**
	 * @param parent       the shell
	 * @param installation the installation to install into
	 */
	public InstallPluginsDialog(Shell parent, Installation installation) {
		super(parent);
		this.installation = installation;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText(TITLE);
		setTitle("Install plugins from an update site");
		setMessage("Codebooks, corpora, importers and analyses come as plugins on p2 update sites: a URL, a folder or a zipped site.");
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(5).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		new Label(form, SWT.NONE).setText("&Update site:");
		site = new Text(form, SWT.BORDER);
		site.setMessage("https://... or a folder");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(site);
		site.addModifyListener(e -> show.setEnabled(!site.getText().isBlank()));
		site.addSelectionListener(SelectionListener.widgetDefaultSelectedAdapter(e -> showFeatures()));
		button(form, "&Folder...", () -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage("The folder of an update site (it holds content.jar or content.xml)");
			return dialog.open();
		});
		button(form, "&Archive...", () -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.zip;*.jar", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
			return dialog.open();
		});
		show = new Button(form, SWT.PUSH);
		show.setText("&Show");
		show.setEnabled(false);
		show.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> showFeatures()));

		features = CheckboxTableViewer.newCheckList(form, SWT.BORDER | SWT.FULL_SELECTION);
		features.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, true).hint(SWT.DEFAULT, 200).applyTo(features.getTable());
		column("Name", 300, AvailableFeature::name);
		column("Version", 140, AvailableFeature::version);
		column("Id", 260, AvailableFeature::id);
		features.setContentProvider(ArrayContentProvider.getInstance());
		features.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return ((AvailableFeature) element).installed();
			}

			@Override
			public boolean isGrayed(Object element) {
				return ((AvailableFeature) element).installed();
			}
		});
		features.addCheckStateListener(e -> {
			if (((AvailableFeature) e.getElement()).installed()) {
				features.setChecked(e.getElement(), true); // installed already: stays as it is
			}
			updateButtons();
		});
		features.addSelectionChangedListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			description.setText(first instanceof AvailableFeature f ? describe(f) : ""); //$NON-NLS-1$
			description.getParent().layout();
		});
		description = new Label(form, SWT.WRAP);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(description);
		return area;
	}

	private void button(Composite form, String caption, Supplier<String> choose) {
		Button button = new Button(form, SWT.PUSH);
		button.setText(caption);
		button.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> {
			String chosen = choose.get();
			if (chosen != null) {
				site.setText(chosen);
				showFeatures();
			}
		}));
	}

	private void column(String title, int width, Function<AvailableFeature, String> text) {
		TableViewerColumn column = new TableViewerColumn(features, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				AvailableFeature feature = (AvailableFeature) element;
				return text.apply(feature) + (feature.installed() && "Name".equals(title) ? "  (installed)" : ""); //$NON-NLS-1$
			}

			@Override
			public Color getForeground(Object element) {
				return ((AvailableFeature) element).installed() ? getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
			}
		});
	}

	private static String describe(AvailableFeature feature) {
		return feature.name() + " " + feature.version() + (feature.description().isEmpty() ? "" : "\n" + feature.description()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Reads the update site named in the dialog, as a job; the table shows what it offers. */
	public void showFeatures() {
		URI location;
		try {
			location = UpdateSites.location(site.getText());
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		if (reading != null) {
			reading.cancel();
		}
		setErrorMessage(null);
		setMessage("Reading " + location + " ...");
		features.setInput(List.of());
		show.setEnabled(false);
		siteValue = location;
		reading = PluginInstallJobs.list(getShell().getDisplay(), installation, location, this::listed);
	}

	private void listed(Listing listing) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		show.setEnabled(true);
		listed = listing.features();
		features.setInput(listed);
		if (listing.error() != null) {
			setErrorMessage(listing.error());
		} else if (listed.isEmpty()) {
			setMessage("The update site offers no features.");
		} else {
			setMessage("Check the features to install. They are active after PolicyLens restarts.");
		}
		updateButtons();
	}

	private void updateButtons() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!checkedIds().isEmpty());
		}
	}

	private List<String> checkedIds() {
		return Arrays.stream(features.getCheckedElements()).map(AvailableFeature.class::cast).filter(f -> !f.installed())
				.map(AvailableFeature::id).toList();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Install", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateButtons();
	}

	@Override
	protected void okPressed() {
		idsValue = checkedIds();
		super.okPressed();
	}

	@Override
	public boolean close() {
		if (reading != null) {
			reading.cancel();
		}
		return super.close();
	}

	/** @param text what to show in the update site field (as if typed) */
	public void setSite(String text) {
		site.setText(text);
	}

	/** @return the features the update site offers, as listed */
	public List<AvailableFeature> getListed() {
		return listed;
	}

	/** @param id a listed feature to check, as the user would */
	public void check(String id) {
		listed.stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(f -> features.setChecked(f, true));
		updateButtons();
	}

	/** @return the update site read last */
	public URI getSiteLocation() {
		return siteValue;
	}

	/** @return the features to install, after OK */
	public List<String> getFeatureIds() {
		return idsValue;
	}
}
