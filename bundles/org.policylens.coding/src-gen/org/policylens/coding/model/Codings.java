/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/coding.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.coding.model;

import org.eclipse.emf.common.util.EList;

import org.policylens.study.model.StudyPart;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Codings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.coding.model.Codings#getCoders <em>Coders</em>}</li>
 *   <li>{@link org.policylens.coding.model.Codings#getCodings <em>Codings</em>}</li>
 * </ul>
 *
 * @see org.policylens.coding.model.CodingPackage#getCodings()
 * @model
 * @generated
 */
public interface Codings extends StudyPart {
	/**
	 * Returns the value of the '<em><b>Coders</b></em>' containment reference list.
	 * The list contents are of type {@link org.policylens.coding.model.Coder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coders</em>' containment reference list.
	 * @see org.policylens.coding.model.CodingPackage#getCodings_Coders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Coder> getCoders();

	/**
	 * Returns the value of the '<em><b>Codings</b></em>' containment reference list.
	 * The list contents are of type {@link org.policylens.coding.model.Coding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codings</em>' containment reference list.
	 * @see org.policylens.coding.model.CodingPackage#getCodings_Codings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Coding> getCodings();

} // Codings
