/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/text.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.text.model;

import org.eclipse.emf.common.util.EList;

import org.policylens.study.model.StudyPart;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.text.model.TextSettings#getWordLists <em>Word Lists</em>}</li>
 * </ul>
 *
 * @see org.policylens.text.model.TextPackage#getTextSettings()
 * @model
 * @generated
 */
public interface TextSettings extends StudyPart {
	/**
	 * Returns the value of the '<em><b>Word Lists</b></em>' containment reference list.
	 * The list contents are of type {@link org.policylens.text.model.WordList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every version of every list. A list is never changed: an edit adds its next version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Word Lists</em>' containment reference list.
	 * @see org.policylens.text.model.TextPackage#getTextSettings_WordLists()
	 * @model containment="true"
	 * @generated
	 */
	EList<WordList> getWordLists();

} // TextSettings
