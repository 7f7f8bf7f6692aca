package org.policylens.rcp.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.policylens.study.StudyStore;

/**
 * About PolicyLens: the version, how to cite it, and the version of every PolicyLens plugin and of
 * the libraries that compute its results, so that a result can be cited and reproduced.
 */
final class AboutDialog extends Dialog {

	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	/** Libraries whose version matters to a result: shown by name. */
	private static final Map<String, String> LIBRARIES = Map.ofEntries(
			Map.entry("org.eclipse.emf.ecore", "EMF"), //$NON-NLS-1$
			Map.entry("wrapped.org.apache.lucene.lucene-core", "Apache Lucene"), //$NON-NLS-1$
			Map.entry("com.hankcs.hanlp", "HanLP (portable)"), //$NON-NLS-1$
			Map.entry("wrapped.nl.cwts.networkanalysis", "CWTS networkanalysis (Leiden, VOS)"), //$NON-NLS-1$
			Map.entry("org.jgrapht.core", "JGraphT"), //$NON-NLS-1$
			Map.entry("wrapped.org.dkpro.statistics.dkpro-statistics-agreement", "DKPro Agreement"), //$NON-NLS-1$
			Map.entry("org.apache.commons.math3", "Apache Commons Math"), //$NON-NLS-1$
			Map.entry("wrapped.org.jfree.jfreechart", "JFreeChart"), //$NON-NLS-1$
			Map.entry("org.eclipse.osgi", "Eclipse Equinox")); //$NON-NLS-1$

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final String version;

	AboutDialog(Shell parent) {
		super(parent);
		Bundle bundle = FrameworkUtil.getBundle(AboutDialog.class);
		version = bundle == null ? "(development)" : bundle.getVersion().toString(); //$NON-NLS-1$
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** @return the suggested citation */
	String citation() {
		int year = java.time.Year.now().getValue();
		return "PolicyLens (version " + version + ") [Computer software]. " + year
				+ ". Open source under the Eclipse Public License 2.0.";
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("About PolicyLens");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 8).applyTo(area);
		Label icon = new Label(area, SWT.NONE);
		icon.setImage(resources.create(ImageDescriptor.createFromURL(AboutDialog.class.getResource("/icons/policylens-64.png")))); //$NON-NLS-1$
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 2).applyTo(icon);
		Label name = new Label(area, SWT.NONE);
		name.setText("PolicyLens " + version);
		name.setFont(JFaceResources.getHeaderFont());
		Label text = new Label(area, SWT.WRAP);
		text.setText("A workbench for policy-text research: systematic reviews (PRISMA 2020), policy corpora in Chinese "
				+ "and English, word frequency, co-word maps and policy-tool coding, in one reproducible study.\n\n"
				+ "Study format " + StudyStore.SCHEMA_VERSION + " \u00b7 Java " + System.getProperty("java.version") //$NON-NLS-2$
				+ " \u00b7 " + System.getProperty("os.name") + " " + System.getProperty("os.arch")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(text);

		Label citeLabel = new Label(area, SWT.NONE);
		citeLabel.setText("Cite as:");
		Text cite = new Text(area, SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
		cite.setText(citation());
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(cite);

		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 220).applyTo(table);
		for (String[] column : new String[][] { { "Component", "260" }, { "Bundle", "260" }, { "Version", "180" } }) {
			TableColumn c = new TableColumn(table, SWT.NONE);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		for (Bundle bundle : components()) {
			TableItem item = new TableItem(table, SWT.NONE);
			String label = LIBRARIES.getOrDefault(bundle.getSymbolicName(), bundle.getHeaders().get("Bundle-Name")); //$NON-NLS-1$
			item.setText(new String[] { label, bundle.getSymbolicName(), bundle.getVersion().toString() });
		}
		return area;
	}

	/** @return the PolicyLens bundles and the libraries that compute results */
	static List<Bundle> components() {
		Bundle self = FrameworkUtil.getBundle(AboutDialog.class);
		if (self == null) {
			return List.of();
		}
		return Arrays.stream(self.getBundleContext().getBundles())
				.filter(b -> b.getSymbolicName() != null
						&& (b.getSymbolicName().startsWith("org.policylens.") || LIBRARIES.containsKey(b.getSymbolicName()))) //$NON-NLS-1$
				.sorted(Comparator.comparing((Bundle b) -> !b.getSymbolicName().startsWith("org.policylens.")) //$NON-NLS-1$
						.thenComparing(Bundle::getSymbolicName))
				.toList();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, "&Copy Citation and Versions", false);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			StringBuilder text = new StringBuilder(citation()).append("\n\n"); //$NON-NLS-1$
			components().forEach(b -> text.append(b.getSymbolicName()).append(' ').append(b.getVersion()).append('\n'));
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
			clipboard.dispose();
			return;
		}
		super.buttonPressed(buttonId);
	}

	@Override
	public boolean close() {
		resources.dispose();
		return super.close();
	}
}
