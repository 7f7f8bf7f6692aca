/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/corpus.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.corpus.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clause</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit of the document: chapter, article, item, paragraph. start and end are character offsets into the document text; a clause spans its children.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.corpus.model.Clause#getLabel <em>Label</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Clause#getKind <em>Kind</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Clause#getMarker <em>Marker</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Clause#getStart <em>Start</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Clause#getEnd <em>End</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Clause#getHeadingEnd <em>Heading End</em>}</li>
 *   <li>{@link org.policylens.corpus.model.Clause#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.policylens.corpus.model.CorpusPackage#getClause()
 * @model
 * @generated
 */
public interface Clause extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stable hierarchical id: policy number, then the number of each level, e.g. 12-3-2 (policy 12, chapter 3, article 2); paragraphs without a number get p1, p2, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.policylens.corpus.model.CorpusPackage#getClause_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Clause#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.policylens.corpus.model.ClauseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.policylens.corpus.model.ClauseKind
	 * @see #setKind(ClauseKind)
	 * @see org.policylens.corpus.model.CorpusPackage#getClause_Kind()
	 * @model required="true"
	 * @generated
	 */
	ClauseKind getKind();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Clause#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.policylens.corpus.model.ClauseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ClauseKind value);

	/**
	 * Returns the value of the '<em><b>Marker</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The numbering as written, e.g. 第三条, 一、, （二）, 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Marker</em>' attribute.
	 * @see #setMarker(String)
	 * @see org.policylens.corpus.model.CorpusPackage#getClause_Marker()
	 * @model
	 * @generated
	 */
	String getMarker();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Clause#getMarker <em>Marker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Marker</em>' attribute.
	 * @see #getMarker()
	 * @generated
	 */
	void setMarker(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.policylens.corpus.model.CorpusPackage#getClause_Start()
	 * @model required="true"
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Clause#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.policylens.corpus.model.CorpusPackage#getClause_End()
	 * @model required="true"
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Clause#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Heading End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The end of the clause's own line (heading and its text), before its children.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Heading End</em>' attribute.
	 * @see #setHeadingEnd(int)
	 * @see org.policylens.corpus.model.CorpusPackage#getClause_HeadingEnd()
	 * @model
	 * @generated
	 */
	int getHeadingEnd();

	/**
	 * Sets the value of the '{@link org.policylens.corpus.model.Clause#getHeadingEnd <em>Heading End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heading End</em>' attribute.
	 * @see #getHeadingEnd()
	 * @generated
	 */
	void setHeadingEnd(int value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.policylens.corpus.model.Clause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.policylens.corpus.model.CorpusPackage#getClause_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Clause> getChildren();

} // Clause
