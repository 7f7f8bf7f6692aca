/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/codebook.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.codebook.model;

import org.eclipse.emf.common.util.EList;

import org.policylens.study.model.StudyPart;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Codebooks</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The codebooks of a study.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.codebook.model.Codebooks#getCodebooks <em>Codebooks</em>}</li>
 * </ul>
 *
 * @see org.policylens.codebook.model.CodebookPackage#getCodebooks()
 * @model
 * @generated
 */
public interface Codebooks extends StudyPart {
	/**
	 * Returns the value of the '<em><b>Codebooks</b></em>' containment reference list.
	 * The list contents are of type {@link org.policylens.codebook.model.Codebook}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codebooks</em>' containment reference list.
	 * @see org.policylens.codebook.model.CodebookPackage#getCodebooks_Codebooks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Codebook> getCodebooks();

} // Codebooks
