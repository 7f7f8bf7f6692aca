package org.policylens.study.ui;

import org.policylens.study.OpenStudy;

/** Hears what happens to the open study. */
public interface IStudyListener {

	/**
	 * @param study the study now open, or {@code null} when the study was closed
	 */
	void studyOpened(OpenStudy study);

	/**
	 * @param study the open study, which changed and was saved
	 */
	default void studyChanged(OpenStudy study) {
	}
}
