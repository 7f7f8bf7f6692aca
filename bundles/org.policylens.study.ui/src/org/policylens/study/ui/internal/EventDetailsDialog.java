package org.policylens.study.ui.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.LedgerEvent;

/**
 * Everything recorded about one step of the study's history: who, when, what, with which
 * parameters. This is what a methods section cites.
 */
final class EventDetailsDialog extends TitleAreaDialog {

	private final LedgerEvent event;

	EventDetailsDialog(Shell parent, LedgerEvent event) {
		super(parent);
		this.event = event;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText("History event #" + event.getSequence());
		setTitle(event.getSummary() == null ? event.getKind() : event.getSummary());
		setMessage(event.getKind() + " \u00b7 " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.getTimestamp().toInstant().atOffset(ZoneOffset.UTC)) //$NON-NLS-1$
				+ " \u00b7 " + event.getActor()); //$NON-NLS-1$
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 220).indent(8, 8).applyTo(table);
		TableColumn key = new TableColumn(table, SWT.NONE);
		key.setText("Parameter");
		key.setWidth(160);
		TableColumn value = new TableColumn(table, SWT.NONE);
		value.setText("Value");
		value.setWidth(340);
		for (Map.Entry<String, String> entry : OpenStudy.parametersOf(event).entrySet()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { entry.getKey(), String.valueOf(entry.getValue()) });
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
