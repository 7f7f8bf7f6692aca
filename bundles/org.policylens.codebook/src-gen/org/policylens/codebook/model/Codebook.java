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
 * A representation of the model object '<em><b>Codebook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.codebook.model.Codebook#getId <em>Id</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Codebook#getName <em>Name</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Codebook#getDescription <em>Description</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Codebook#getSource <em>Source</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Codebook#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Codebook#getVersion <em>Version</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Codebook#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Codebook#getExchangeOrigin <em>Exchange Origin</em>}</li>
 *   <li>{@link org.policylens.codebook.model.Codebook#getCodes <em>Codes</em>}</li>
 * </ul>
 *
 * @see org.policylens.codebook.model.CodebookPackage#getCodebook()
 * @model
 * @generated
 */
public interface Codebook extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique in the study and in the codebooks extension point, e.g. policy-tools.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCodebook_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Codebook#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCodebook_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Codebook#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCodebook_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Codebook#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The literature the codebook is drawn from, as a citation, e.g. Rothwell, R. & Zegveld, W. (1985). Reindustrialization and Technology.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCodebook_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Codebook#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCodebook_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Codebook#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 when copied or created; one more for each saved change, which the ledger records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.policylens.codebook.model.CodebookPackage#getCodebook_Version()
	 * @model default="1" required="true"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Codebook#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where version 1 came from: a contributed codebook (plugin:<bundle>/<id>@<bundle version>), a REFI-QDA file (qdc:<file name>), or new.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCodebook_Origin()
	 * @model
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Codebook#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Exchange Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The origin attribute of the REFI-QDA file this codebook was imported from (the program that wrote it, e.g. NVivo 14), written back when the codebook is exported again so that an exchanged codebook keeps it. Empty for codebooks made in PolicyLens or contributed by plugins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exchange Origin</em>' attribute.
	 * @see #setExchangeOrigin(String)
	 * @see org.policylens.codebook.model.CodebookPackage#getCodebook_ExchangeOrigin()
	 * @model
	 * @generated
	 */
	String getExchangeOrigin();

	/**
	 * Sets the value of the '{@link org.policylens.codebook.model.Codebook#getExchangeOrigin <em>Exchange Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exchange Origin</em>' attribute.
	 * @see #getExchangeOrigin()
	 * @generated
	 */
	void setExchangeOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' containment reference list.
	 * The list contents are of type {@link org.policylens.codebook.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codes</em>' containment reference list.
	 * @see org.policylens.codebook.model.CodebookPackage#getCodebook_Codes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Code> getCodes();

} // Codebook
