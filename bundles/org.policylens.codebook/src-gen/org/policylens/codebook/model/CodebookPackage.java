/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/codebook.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.codebook.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.policylens.study.model.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Codebooks: hierarchies of codes (policy tools, application domains, ...) with their definitions, inclusion and exclusion criteria, examples, colours and keyword dictionaries. A study holds its own copies; contributed codebooks are copied in and then versioned with the study.
 * <!-- end-model-doc -->
 * @see org.policylens.codebook.model.CodebookFactory
 * @model kind="package"
 * @generated
 */
public interface CodebookPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://policylens.org/codebook/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "codebook";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CodebookPackage eINSTANCE = org.policylens.codebook.model.impl.CodebookPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.policylens.codebook.model.impl.CodebooksImpl <em>Codebooks</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.policylens.codebook.model.impl.CodebooksImpl
	 * @see org.policylens.codebook.model.impl.CodebookPackageImpl#getCodebooks()
	 * @generated
	 */
	int CODEBOOKS = 0;

	/**
	 * The feature id for the '<em><b>Codebooks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOKS__CODEBOOKS = StudyPackage.STUDY_PART_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Codebooks</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOKS_FEATURE_COUNT = StudyPackage.STUDY_PART_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Codebooks</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOKS_OPERATION_COUNT = StudyPackage.STUDY_PART_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.policylens.codebook.model.impl.CodebookImpl <em>Codebook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.policylens.codebook.model.impl.CodebookImpl
	 * @see org.policylens.codebook.model.impl.CodebookPackageImpl#getCodebook()
	 * @generated
	 */
	int CODEBOOK = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__LANGUAGE = 4;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__VERSION = 5;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__ORIGIN = 6;

	/**
	 * The feature id for the '<em><b>Exchange Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__EXCHANGE_ORIGIN = 7;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__CODES = 8;

	/**
	 * The number of structural features of the '<em>Codebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Codebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.policylens.codebook.model.impl.CodeImpl <em>Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.policylens.codebook.model.impl.CodeImpl
	 * @see org.policylens.codebook.model.impl.CodebookPackageImpl#getCode()
	 * @generated
	 */
	int CODE = 2;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__GUID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__COLOUR = 2;

	/**
	 * The feature id for the '<em><b>Codable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__CODABLE = 3;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__DEFINITION = 4;

	/**
	 * The feature id for the '<em><b>Inclusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__INCLUSION = 5;

	/**
	 * The feature id for the '<em><b>Exclusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__EXCLUSION = 6;

	/**
	 * The feature id for the '<em><b>Examples</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__EXAMPLES = 7;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__KEYWORDS = 8;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__CHILDREN = 9;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__PARENT = 10;

	/**
	 * The number of structural features of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OPERATION_COUNT = 0;


	/**
	 * Returns the meta object for class '{@link org.policylens.codebook.model.Codebooks <em>Codebooks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Codebooks</em>'.
	 * @see org.policylens.codebook.model.Codebooks
	 * @generated
	 */
	EClass getCodebooks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.policylens.codebook.model.Codebooks#getCodebooks <em>Codebooks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codebooks</em>'.
	 * @see org.policylens.codebook.model.Codebooks#getCodebooks()
	 * @see #getCodebooks()
	 * @generated
	 */
	EReference getCodebooks_Codebooks();

	/**
	 * Returns the meta object for class '{@link org.policylens.codebook.model.Codebook <em>Codebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Codebook</em>'.
	 * @see org.policylens.codebook.model.Codebook
	 * @generated
	 */
	EClass getCodebook();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Codebook#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.policylens.codebook.model.Codebook#getId()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Codebook#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.policylens.codebook.model.Codebook#getName()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Codebook#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.policylens.codebook.model.Codebook#getDescription()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Codebook#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.policylens.codebook.model.Codebook#getSource()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Codebook#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.policylens.codebook.model.Codebook#getLanguage()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Codebook#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.policylens.codebook.model.Codebook#getVersion()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Codebook#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.policylens.codebook.model.Codebook#getOrigin()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Codebook#getExchangeOrigin <em>Exchange Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exchange Origin</em>'.
	 * @see org.policylens.codebook.model.Codebook#getExchangeOrigin()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_ExchangeOrigin();

	/**
	 * Returns the meta object for the containment reference list '{@link org.policylens.codebook.model.Codebook#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codes</em>'.
	 * @see org.policylens.codebook.model.Codebook#getCodes()
	 * @see #getCodebook()
	 * @generated
	 */
	EReference getCodebook_Codes();

	/**
	 * Returns the meta object for class '{@link org.policylens.codebook.model.Code <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code</em>'.
	 * @see org.policylens.codebook.model.Code
	 * @generated
	 */
	EClass getCode();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Code#getGuid <em>Guid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guid</em>'.
	 * @see org.policylens.codebook.model.Code#getGuid()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Guid();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Code#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.policylens.codebook.model.Code#getName()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Code#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.policylens.codebook.model.Code#getColour()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Code#isCodable <em>Codable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Codable</em>'.
	 * @see org.policylens.codebook.model.Code#isCodable()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Codable();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Code#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.policylens.codebook.model.Code#getDefinition()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Code#getInclusion <em>Inclusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inclusion</em>'.
	 * @see org.policylens.codebook.model.Code#getInclusion()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Inclusion();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.codebook.model.Code#getExclusion <em>Exclusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusion</em>'.
	 * @see org.policylens.codebook.model.Code#getExclusion()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Exclusion();

	/**
	 * Returns the meta object for the attribute list '{@link org.policylens.codebook.model.Code#getExamples <em>Examples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Examples</em>'.
	 * @see org.policylens.codebook.model.Code#getExamples()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Examples();

	/**
	 * Returns the meta object for the attribute list '{@link org.policylens.codebook.model.Code#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Keywords</em>'.
	 * @see org.policylens.codebook.model.Code#getKeywords()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Keywords();

	/**
	 * Returns the meta object for the containment reference list '{@link org.policylens.codebook.model.Code#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.policylens.codebook.model.Code#getChildren()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Children();

	/**
	 * Returns the meta object for the container reference '{@link org.policylens.codebook.model.Code#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.policylens.codebook.model.Code#getParent()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Parent();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CodebookFactory getCodebookFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.policylens.codebook.model.impl.CodebooksImpl <em>Codebooks</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.policylens.codebook.model.impl.CodebooksImpl
		 * @see org.policylens.codebook.model.impl.CodebookPackageImpl#getCodebooks()
		 * @generated
		 */
		EClass CODEBOOKS = eINSTANCE.getCodebooks();

		/**
		 * The meta object literal for the '<em><b>Codebooks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODEBOOKS__CODEBOOKS = eINSTANCE.getCodebooks_Codebooks();

		/**
		 * The meta object literal for the '{@link org.policylens.codebook.model.impl.CodebookImpl <em>Codebook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.policylens.codebook.model.impl.CodebookImpl
		 * @see org.policylens.codebook.model.impl.CodebookPackageImpl#getCodebook()
		 * @generated
		 */
		EClass CODEBOOK = eINSTANCE.getCodebook();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__ID = eINSTANCE.getCodebook_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__NAME = eINSTANCE.getCodebook_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__DESCRIPTION = eINSTANCE.getCodebook_Description();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__SOURCE = eINSTANCE.getCodebook_Source();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__LANGUAGE = eINSTANCE.getCodebook_Language();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__VERSION = eINSTANCE.getCodebook_Version();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__ORIGIN = eINSTANCE.getCodebook_Origin();

		/**
		 * The meta object literal for the '<em><b>Exchange Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__EXCHANGE_ORIGIN = eINSTANCE.getCodebook_ExchangeOrigin();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODEBOOK__CODES = eINSTANCE.getCodebook_Codes();

		/**
		 * The meta object literal for the '{@link org.policylens.codebook.model.impl.CodeImpl <em>Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.policylens.codebook.model.impl.CodeImpl
		 * @see org.policylens.codebook.model.impl.CodebookPackageImpl#getCode()
		 * @generated
		 */
		EClass CODE = eINSTANCE.getCode();

		/**
		 * The meta object literal for the '<em><b>Guid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__GUID = eINSTANCE.getCode_Guid();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__NAME = eINSTANCE.getCode_Name();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__COLOUR = eINSTANCE.getCode_Colour();

		/**
		 * The meta object literal for the '<em><b>Codable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__CODABLE = eINSTANCE.getCode_Codable();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__DEFINITION = eINSTANCE.getCode_Definition();

		/**
		 * The meta object literal for the '<em><b>Inclusion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__INCLUSION = eINSTANCE.getCode_Inclusion();

		/**
		 * The meta object literal for the '<em><b>Exclusion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__EXCLUSION = eINSTANCE.getCode_Exclusion();

		/**
		 * The meta object literal for the '<em><b>Examples</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__EXAMPLES = eINSTANCE.getCode_Examples();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__KEYWORDS = eINSTANCE.getCode_Keywords();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__CHILDREN = eINSTANCE.getCode_Children();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__PARENT = eINSTANCE.getCode_Parent();

	}

} //CodebookPackage
