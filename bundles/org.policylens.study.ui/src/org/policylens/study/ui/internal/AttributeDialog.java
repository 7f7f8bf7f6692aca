package org.policylens.study.ui.internal;

import java.util.Arrays;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.policylens.study.OpenStudy;
import org.policylens.study.model.AttributeType;

/** Asks for a new case attribute: name, label, type and, for categories, the values. */
public final class AttributeDialog extends TitleAreaDialog {

	private final OpenStudy study;
	private Text name;
	private Text label;
	private Combo type;
	private Text values;
	private String nameValue;
	private String labelValue;
	private AttributeType typeValue = AttributeType.CATEGORY;
	private String[] valuesValue = new String[0];

	/**
	 * @param parent the shell
	 * @param study  the study the attribute is for (names must be new)
	 */
	public AttributeDialog(Shell parent, OpenStudy study) {
		super(parent);
		this.study = study;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText("New Case Attribute");
		setTitle("New case attribute");
		setMessage("Documents are described by case attributes, e.g. city, issuer, administrative level.");
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		name = field(form, "&Name:", "one word, e.g. city");
		label = field(form, "&Label:", "shown in tables, e.g. City");
		new Label(form, SWT.NONE).setText("&Type:");
		type = new Combo(form, SWT.READ_ONLY);
		Arrays.stream(AttributeType.values()).forEach(t -> type.add(t.getLiteral()));
		type.select(AttributeType.CATEGORY.getValue());
		values = field(form, "&Values:", "for a category, comma-separated, e.g. 北京, 上海, 广州, 深圳");
		name.addModifyListener(e -> validate());
		return area;
	}

	private static Text field(Composite form, String caption, String hint) {
		new Label(form, SWT.NONE).setText(caption);
		Text text = new Text(form, SWT.BORDER);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void validate() {
		String n = name.getText().trim();
		String error = null;
		if (!OpenStudy.isValidAttributeName(n)) {
			error = n.isEmpty() ? null : "The name must be one word (letters, digits, _ . -).";
		} else if (study.getAttribute(n) != null) {
			error = "The study has an attribute '" + n + "' already.";
		}
		setErrorMessage(error);
		getButton(OK).setEnabled(error == null && !n.isEmpty());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(OK).setEnabled(false);
	}

	@Override
	protected void okPressed() {
		nameValue = name.getText().trim();
		labelValue = label.getText().isBlank() ? nameValue : label.getText().trim();
		typeValue = AttributeType.get(type.getSelectionIndex());
		valuesValue = Arrays.stream(values.getText().split("[,，、]")).map(String::trim).filter(s -> !s.isEmpty()) //$NON-NLS-1$
				.toArray(String[]::new);
		super.okPressed();
	}

	/** @return the attribute name */
	public String getName() {
		return nameValue;
	}

	/** @return the attribute label */
	public String getLabel() {
		return labelValue;
	}

	/** @return the attribute type */
	public AttributeType getType() {
		return typeValue;
	}

	/** @return the category values */
	public String[] getValues() {
		return valuesValue;
	}
}
