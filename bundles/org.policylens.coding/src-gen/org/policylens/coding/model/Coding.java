/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/coding.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.coding.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

import org.policylens.codebook.model.Code;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.coding.model.Coding#getGuid <em>Guid</em>}</li>
 *   <li>{@link org.policylens.coding.model.Coding#getCode <em>Code</em>}</li>
 *   <li>{@link org.policylens.coding.model.Coding#getDocument <em>Document</em>}</li>
 *   <li>{@link org.policylens.coding.model.Coding#getClause <em>Clause</em>}</li>
 *   <li>{@link org.policylens.coding.model.Coding#getStart <em>Start</em>}</li>
 *   <li>{@link org.policylens.coding.model.Coding#getEnd <em>End</em>}</li>
 *   <li>{@link org.policylens.coding.model.Coding#getCoder <em>Coder</em>}</li>
 *   <li>{@link org.policylens.coding.model.Coding#getMemo <em>Memo</em>}</li>
 *   <li>{@link org.policylens.coding.model.Coding#getCreated <em>Created</em>}</li>
 *   <li>{@link org.policylens.coding.model.Coding#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.policylens.coding.model.Coding#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.policylens.coding.model.CodingPackage#getCoding()
 * @model
 * @generated
 */
public interface Coding extends EObject {
	/**
	 * Returns the value of the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guid</em>' attribute.
	 * @see #setGuid(String)
	 * @see org.policylens.coding.model.CodingPackage#getCoding_Guid()
	 * @model required="true"
	 * @generated
	 */
	String getGuid();

	/**
	 * Sets the value of the '{@link org.policylens.coding.model.Coding#getGuid <em>Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guid</em>' attribute.
	 * @see #getGuid()
	 * @generated
	 */
	void setGuid(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' reference.
	 * @see #setCode(Code)
	 * @see org.policylens.coding.model.CodingPackage#getCoding_Code()
	 * @model required="true"
	 * @generated
	 */
	Code getCode();

	/**
	 * Sets the value of the '{@link org.policylens.coding.model.Coding#getCode <em>Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' reference.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(Code value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy number of the document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document</em>' attribute.
	 * @see #setDocument(int)
	 * @see org.policylens.coding.model.CodingPackage#getCoding_Document()
	 * @model required="true"
	 * @generated
	 */
	int getDocument();

	/**
	 * Sets the value of the '{@link org.policylens.coding.model.Coding#getDocument <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' attribute.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(int value);

	/**
	 * Returns the value of the '<em><b>Clause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The label of the clause coded (e.g. 12-3-2), or of the innermost clause that holds the span; null when the span is outside every clause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clause</em>' attribute.
	 * @see #setClause(String)
	 * @see org.policylens.coding.model.CodingPackage#getCoding_Clause()
	 * @model
	 * @generated
	 */
	String getClause();

	/**
	 * Sets the value of the '{@link org.policylens.coding.model.Coding#getClause <em>Clause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clause</em>' attribute.
	 * @see #getClause()
	 * @generated
	 */
	void setClause(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Character offsets [start, end) into the document text (documents/NNNN.txt).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.policylens.coding.model.CodingPackage#getCoding_Start()
	 * @model required="true"
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.policylens.coding.model.Coding#getStart <em>Start</em>}' attribute.
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
	 * @see org.policylens.coding.model.CodingPackage#getCoding_End()
	 * @model required="true"
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.policylens.coding.model.Coding#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Coder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the coder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coder</em>' attribute.
	 * @see #setCoder(String)
	 * @see org.policylens.coding.model.CodingPackage#getCoding_Coder()
	 * @model required="true"
	 * @generated
	 */
	String getCoder();

	/**
	 * Sets the value of the '{@link org.policylens.coding.model.Coding#getCoder <em>Coder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coder</em>' attribute.
	 * @see #getCoder()
	 * @generated
	 */
	void setCoder(String value);

	/**
	 * Returns the value of the '<em><b>Memo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memo</em>' attribute.
	 * @see #setMemo(String)
	 * @see org.policylens.coding.model.CodingPackage#getCoding_Memo()
	 * @model
	 * @generated
	 */
	String getMemo();

	/**
	 * Sets the value of the '{@link org.policylens.coding.model.Coding#getMemo <em>Memo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memo</em>' attribute.
	 * @see #getMemo()
	 * @generated
	 */
	void setMemo(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.policylens.coding.model.CodingPackage#getCoding_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.policylens.coding.model.Coding#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.policylens.coding.model.CodingOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.policylens.coding.model.CodingOrigin
	 * @see #setOrigin(CodingOrigin)
	 * @see org.policylens.coding.model.CodingPackage#getCoding_Origin()
	 * @model
	 * @generated
	 */
	CodingOrigin getOrigin();

	/**
	 * Sets the value of the '{@link org.policylens.coding.model.Coding#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.policylens.coding.model.CodingOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(CodingOrigin value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an accepted auto-coding proposal: why it was proposed (e.g. the keywords found).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.policylens.coding.model.CodingPackage#getCoding_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.policylens.coding.model.Coding#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

} // Coding
