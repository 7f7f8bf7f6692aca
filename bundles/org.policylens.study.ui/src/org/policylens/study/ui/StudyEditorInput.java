package org.policylens.study.ui;

import java.nio.file.Path;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What an editor of a study's data opens: something of the study in a folder, shown from the
 * study's model and never saved as a file of its own (the study is saved as a whole), so it does
 * not persist across restarts.
 */
public interface StudyEditorInput extends IEditorInput {

	/** @return the study folder */
	Path study();

	@Override
	default <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	default boolean exists() {
		return false;
	}

	@Override
	default IPersistableElement getPersistable() {
		return null;
	}
}
