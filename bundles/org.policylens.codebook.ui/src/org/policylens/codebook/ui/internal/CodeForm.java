package org.policylens.codebook.ui.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.events.SelectionAdapter;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.policylens.codebook.CodeColours;
import org.policylens.codebook.CodeField;
import org.policylens.codebook.model.Code;

/**
 * The form of the selected code: name, colour, codable, definition, inclusion and exclusion
 * criteria, examples and keywords (one per line). A text is applied when it loses the focus (the
 * name also on Enter), the colour and the check box at once; each change is one command of the
 * editor, so it is recorded, undoable, and refused with a message if the codebook does not allow
 * it (the form then shows the code as it is).
 */
public final class CodeForm {

	/** The key of the name field in {@link #text(String)}; the others are {@link CodeField#key()}. */
	public static final String NAME = "name"; //$NON-NLS-1$

	private final CodebookEditor editor;
	private final Composite body;
	private final Label title;
	private final Map<String, Text> texts = new LinkedHashMap<>();
	private final Label swatch;
	private final Button codable;
	private Color swatchColour;
	private Code code;
	private boolean showing;

	CodeForm(Composite parent, CodebookEditor editor) {
		this.editor = editor;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		title = new Label(body, SWT.NONE);
		title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(title);

		text(NAME, "Name:", SWT.SINGLE, 1);
		new Label(body, SWT.NONE).setText("Colour:");
		Composite colour = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(colour);
		swatch = new Label(colour, SWT.BORDER);
		GridDataFactory.swtDefaults().hint(32, 16).applyTo(swatch);
		button(colour, "Choose…", this::chooseColour);
		button(colour, "Default", () -> apply(CodeField.COLOUR, null));
		new Label(body, SWT.NONE);
		codable = new Button(body, SWT.CHECK);
		codable.setText("Codable (a category that only groups codes is not)");
		codable.addSelectionListener(new SelectionAdapter() {
			@Override
			public void widgetSelected(SelectionEvent e) {
				apply(CodeField.CODABLE, codable.getSelection());
			}
		});
		text(CodeField.DEFINITION.key(), "Definition:", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 4);
		text(CodeField.INCLUSION.key(), "Inclusion:", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 3);
		text(CodeField.EXCLUSION.key(), "Exclusion:", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 3);
		text(CodeField.EXAMPLES.key(), "Examples\n(one a line):", SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL, 4);
		text(CodeField.KEYWORDS.key(), "Keywords\n(one a line):", SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL, 4);
		show(null);
	}

	private void text(String key, String label, int style, int lines) {
		Label name = new Label(body, SWT.NONE);
		name.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, lines > 1 ? SWT.BEGINNING : SWT.CENTER).applyTo(name);
		Text text = new Text(body, style | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, lines > 1).hint(200, lines > 1 ? text.getLineHeight() * lines : SWT.DEFAULT).applyTo(text);
		text.addFocusListener(new FocusAdapter() {
			@Override
			public void focusLost(FocusEvent e) {
				commit(key);
			}
		});
		if ((style & SWT.SINGLE) != 0) {
			text.addListener(SWT.DefaultSelection, e -> commit(key));
		}
		texts.put(key, text);
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addSelectionListener(new SelectionAdapter() {
			@Override
			public void widgetSelected(SelectionEvent e) {
				action.run();
			}
		});
	}

	/** @return the form's control */
	public Composite getControl() {
		return body;
	}

	/**
	 * @param key {@link #NAME} or a {@link CodeField#key()} of a text field
	 * @return its text widget
	 */
	public Text text(String key) {
		return texts.get(key);
	}

	/** @return the code shown, or {@code null} */
	public Code getCode() {
		return code;
	}

	/**
	 * Shows a code as it is now, dropping what was typed and not applied.
	 *
	 * @param shown the code, or {@code null} for an empty, disabled form
	 */
	public void show(Code shown) {
		code = shown;
		showing = true;
		try {
			title.setText(shown == null ? "Select a code" : org.policylens.codebook.CodeTree.pathOf(shown));
			texts.forEach((key, text) -> {
				text.setText(shown == null ? "" : current(key)); //$NON-NLS-1$
				text.setEnabled(shown != null);
			});
			codable.setSelection(shown != null && shown.isCodable());
			codable.setEnabled(shown != null);
			if (swatchColour != null) {
				swatchColour.dispose();
				swatchColour = null;
			}
			if (shown != null) {
				int[] rgb = CodeColours.rgb(CodeColours.colourOf(shown));
				swatchColour = new Color(rgb[0], rgb[1], rgb[2]);
			}
			swatch.setBackground(swatchColour);
			swatch.setToolTipText(shown == null ? null : shown.getColour() == null ? "Default colour " + CodeColours.colourOf(shown)
					: shown.getColour());
			body.layout(true, true);
		} finally {
			showing = false;
		}
	}

	private String current(String key) {
		if (NAME.equals(key)) {
			return code.getName();
		}
		Object value = code.eGet(CodeField.of(key).feature());
		if (value instanceof List<?> list) {
			return String.join("\n", list.stream().map(String::valueOf).toList()); //$NON-NLS-1$
		}
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	/**
	 * Applies every text that differs from the code (e.g. before another code is shown), each as
	 * one command. What was typed is read first: each command shows the code anew.
	 */
	public void commit() {
		if (code == null) {
			return;
		}
		Map<String, String> typed = new LinkedHashMap<>();
		texts.forEach((key, text) -> typed.put(key, text.getText()));
		typed.forEach(this::commit);
	}

	private void commit(String key) {
		commit(key, texts.get(key).getText());
	}

	private void commit(String key, String typed) {
		if (showing || code == null || texts.get(key).isDisposed() || typed.equals(current(key))) {
			return;
		}
		if (NAME.equals(key)) {
			Code renamed = code;
			if (!editor.execute(org.policylens.codebook.CodebookCommands.rename(editor.edit(), renamed, typed))) {
				show(renamed);
			}
			return;
		}
		CodeField field = CodeField.of(key);
		Object value = field.isList() ? Arrays.asList(typed.split("\\R")) : typed; //$NON-NLS-1$
		Object normalised;
		try {
			normalised = field.normalise(value);
		} catch (IllegalArgumentException e) {
			editor.showMessage(e.getMessage());
			show(code);
			return;
		}
		if (Objects.equals(normalised, code.eGet(field.feature()))) {
			return;
		}
		apply(field, value);
	}

	private void apply(CodeField field, Object value) {
		if (showing || code == null) {
			return;
		}
		Code changed = code;
		if (!editor.execute(org.policylens.codebook.CodebookCommands.set(editor.edit(), changed, field, value))) {
			show(changed);
		}
	}

	private void chooseColour() {
		if (code == null) {
			return;
		}
		ColorDialog dialog = new ColorDialog(body.getShell());
		int[] rgb = CodeColours.rgb(CodeColours.colourOf(code));
		dialog.setRGB(new RGB(rgb[0], rgb[1], rgb[2]));
		RGB chosen = dialog.open();
		if (chosen != null) {
			apply(CodeField.COLOUR, String.format("#%02X%02X%02X", chosen.red, chosen.green, chosen.blue)); //$NON-NLS-1$
		}
	}

	/** Frees the swatch colour. */
	void dispose() {
		if (swatchColour != null) {
			swatchColour.dispose();
		}
	}
}
