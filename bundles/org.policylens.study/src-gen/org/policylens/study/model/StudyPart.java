/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/study.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.study.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Part</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of one area's data inside a study (e.g. the corpus). At most one part of each class.
 * <!-- end-model-doc -->
 *
 *
 * @see org.policylens.study.model.StudyPackage#getStudyPart()
 * @model abstract="true"
 * @generated
 */
public interface StudyPart extends EObject {
} // StudyPart
