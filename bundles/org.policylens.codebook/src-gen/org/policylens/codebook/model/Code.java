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

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.codebook.model.Code#getGuid <em>Guid</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Code#getName <em>Name</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Code#getColour <em>Colour</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Code#isCodable <em>Codable</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Code#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Code#getInclusion <em>Inclusion</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Code#getExclusion <em>Exclusion</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Code#getExamples <em>Examples</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Code#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Code#getChildren <em>Children</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Code#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @see org.policylens.codebook.model.CodebookPackage#getCode()
 * @model
 * @generated
 */
public interface Code extends EObject {
	/**
	 * Returns the value of the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A UUID that stays with the code through copies, edits and REFI-QDA exchange.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guid</em>' attribute.
	 * @see #setGuid(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCode_Guid()
	 * @model required="true"
	 * @generated
	 */
	String getGuid();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Code#getGuid <em>Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guid</em>' attribute.
	 * @see #getGuid()
	 * @generated
	 */
	void setGuid(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCode_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Code#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * #RRGGBB, for coding stripes, charts and exports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCode_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Code#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Codable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False for a category that only groups codes (REFI-QDA isCodable).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Codable</em>' attribute.
	 * @see #setCodable(boolean)
	 * @see org.policylens.codebook.model.CodebookPackage#getCode_Codable()
	 * @model default="true"
	 * @generated
	 */
	boolean isCodable();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Code#isCodable <em>Codable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Codable</em>' attribute.
	 * @see #isCodable()
	 * @generated
	 */
	void setCodable(boolean value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCode_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Code#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Inclusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When to apply the code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inclusion</em>' attribute.
	 * @see #setInclusion(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCode_Inclusion()
	 * @model
	 * @generated
	 */
	String getInclusion();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Code#getInclusion <em>Inclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inclusion</em>' attribute.
	 * @see #getInclusion()
	 * @generated
	 */
	void setInclusion(String value);

	/**
	 * Returns the value of the '<em><b>Exclusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When not to apply it (and which code to use instead).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusion</em>' attribute.
	 * @see #setExclusion(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCode_Exclusion()
	 * @model
	 * @generated
	 */
	String getExclusion();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Code#getExclusion <em>Exclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusion</em>' attribute.
	 * @see #getExclusion()
	 * @generated
	 */
	void setExclusion(String value);

	/**
	 * Returns the value of the '<em><b>Examples</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Example passages, e.g. clauses of real policies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Examples</em>' attribute list.
	 * @see org.policylens.codebook.model.CodebookPackage#getCode_Examples()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getExamples();

	/**
	 * Returns the value of the '<em><b>Keywords</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The keyword dictionary of the code: terms whose presence in a clause suggests the code (dictionary auto-coding).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keywords</em>' attribute list.
	 * @see org.policylens.codebook.model.CodebookPackage#getCode_Keywords()
	 * @model
	 * @generated
	 */
	EList<String> getKeywords();

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.policylens.codebook.model.Code}.
	 * It is bidirectional and its opposite is '{@link org.policylens.codebook.model.Code#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.policylens.codebook.model.CodebookPackage#getCode_Children()
	 * @see org.policylens.codebook.model.Code#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<Code> getChildren();

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.policylens.codebook.model.Code#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see org.policylens.codebook.model.CodebookPackage#getCode_Parent()
	 * @see org.policylens.codebook.model.Code#getChildren
	 * @model opposite="children" changeable="false"
	 * @generated
	 */
	Code getParent();

} // Code
