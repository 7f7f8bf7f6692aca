package org.policylens.rcp.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.policylens.study.ui.StudyUiPreferences;

/** Window → Preferences → PolicyLens: the root of every PolicyLens preference page. */
public final class PolicyLensPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** For the workbench. */
	public PolicyLensPreferencePage() {
		super(GRID);
		setDescription("Settings for all your studies. Each part of PolicyLens adds its own page below this one.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, StudyUiPreferences.NODE));
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(StudyUiPreferences.ACTOR, "&Your name (recorded in the history of every study):",
				getFieldEditorParent()));
		addField(new DirectoryFieldEditor(StudyUiPreferences.STUDIES_FOLDER, "&Folder for new studies:",
				getFieldEditorParent()));
		addField(new RadioGroupFieldEditor(StudyUiPreferences.ON_START, "When PolicyLens starts, open", 1,
				new String[][] { { "the &last study", PolicyLensWorkbenchAdvisor.ON_START_LAST },
						{ "the &sample study", PolicyLensWorkbenchAdvisor.ON_START_SAMPLE },
						{ "&no study", PolicyLensWorkbenchAdvisor.ON_START_NONE } },
				getFieldEditorParent(), true));
	}
}
