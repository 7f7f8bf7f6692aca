/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/study.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.study.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The append-only history of a study: imports, deduplication, screening decisions, codings. Events are never changed or removed; the store refuses to save a ledger that lost or reordered events.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.study.model.Ledger#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @see org.policylens.study.model.StudyPackage#getLedger()
 * @model
 * @generated
 */
public interface Ledger extends EObject {
	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.policylens.study.model.LedgerEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.policylens.study.model.StudyPackage#getLedger_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<LedgerEvent> getEvents();

} // Ledger
