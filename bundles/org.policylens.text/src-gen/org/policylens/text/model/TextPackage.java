/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/text.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.text.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
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
 * The text-analysis resources of a study: versioned stop-word lists, user dictionaries and synonym sets, so that every word count can say which lists produced it.
 * <!-- end-model-doc -->
 * @see org.policylens.text.model.TextFactory
 * @model kind="package"
 * @generated
 */
public interface TextPackage extends EPackage {
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
	String eNS_URI = "http://policylens.org/text/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "text";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TextPackage eINSTANCE = org.policylens.text.model.impl.TextPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.policylens.text.model.impl.TextSettingsImpl <em>Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.policylens.text.model.impl.TextSettingsImpl
	 * @see org.policylens.text.model.impl.TextPackageImpl#getTextSettings()
	 * @generated
	 */
	int TEXT_SETTINGS = 0;

	/**
	 * The feature id for the '<em><b>Word Lists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SETTINGS__WORD_LISTS = StudyPackage.STUDY_PART_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SETTINGS_FEATURE_COUNT = StudyPackage.STUDY_PART_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SETTINGS_OPERATION_COUNT = StudyPackage.STUDY_PART_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.policylens.text.model.impl.WordListImpl <em>Word List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.policylens.text.model.impl.WordListImpl
	 * @see org.policylens.text.model.impl.TextPackageImpl#getWordList()
	 * @generated
	 */
	int WORD_LIST = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORD_LIST__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORD_LIST__KIND = 1;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORD_LIST__LANGUAGE = 2;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORD_LIST__VERSION = 3;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORD_LIST__CREATED = 4;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORD_LIST__CREATED_BY = 5;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORD_LIST__ORIGIN = 6;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORD_LIST__ENTRIES = 7;

	/**
	 * The number of structural features of the '<em>Word List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORD_LIST_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Word List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORD_LIST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.policylens.text.model.WordListKind <em>Word List Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.policylens.text.model.WordListKind
	 * @see org.policylens.text.model.impl.TextPackageImpl#getWordListKind()
	 * @generated
	 */
	int WORD_LIST_KIND = 2;


	/**
	 * Returns the meta object for class '{@link org.policylens.text.model.TextSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Settings</em>'.
	 * @see org.policylens.text.model.TextSettings
	 * @generated
	 */
	EClass getTextSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.policylens.text.model.TextSettings#getWordLists <em>Word Lists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Word Lists</em>'.
	 * @see org.policylens.text.model.TextSettings#getWordLists()
	 * @see #getTextSettings()
	 * @generated
	 */
	EReference getTextSettings_WordLists();

	/**
	 * Returns the meta object for class '{@link org.policylens.text.model.WordList <em>Word List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Word List</em>'.
	 * @see org.policylens.text.model.WordList
	 * @generated
	 */
	EClass getWordList();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.text.model.WordList#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.policylens.text.model.WordList#getName()
	 * @see #getWordList()
	 * @generated
	 */
	EAttribute getWordList_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.text.model.WordList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.policylens.text.model.WordList#getKind()
	 * @see #getWordList()
	 * @generated
	 */
	EAttribute getWordList_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.text.model.WordList#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.policylens.text.model.WordList#getLanguage()
	 * @see #getWordList()
	 * @generated
	 */
	EAttribute getWordList_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.text.model.WordList#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.policylens.text.model.WordList#getVersion()
	 * @see #getWordList()
	 * @generated
	 */
	EAttribute getWordList_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.text.model.WordList#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.policylens.text.model.WordList#getCreated()
	 * @see #getWordList()
	 * @generated
	 */
	EAttribute getWordList_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.text.model.WordList#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created By</em>'.
	 * @see org.policylens.text.model.WordList#getCreatedBy()
	 * @see #getWordList()
	 * @generated
	 */
	EAttribute getWordList_CreatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.text.model.WordList#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.policylens.text.model.WordList#getOrigin()
	 * @see #getWordList()
	 * @generated
	 */
	EAttribute getWordList_Origin();

	/**
	 * Returns the meta object for the attribute list '{@link org.policylens.text.model.WordList#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Entries</em>'.
	 * @see org.policylens.text.model.WordList#getEntries()
	 * @see #getWordList()
	 * @generated
	 */
	EAttribute getWordList_Entries();

	/**
	 * Returns the meta object for enum '{@link org.policylens.text.model.WordListKind <em>Word List Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Word List Kind</em>'.
	 * @see org.policylens.text.model.WordListKind
	 * @generated
	 */
	EEnum getWordListKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TextFactory getTextFactory();

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
		 * The meta object literal for the '{@link org.policylens.text.model.impl.TextSettingsImpl <em>Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.policylens.text.model.impl.TextSettingsImpl
		 * @see org.policylens.text.model.impl.TextPackageImpl#getTextSettings()
		 * @generated
		 */
		EClass TEXT_SETTINGS = eINSTANCE.getTextSettings();

		/**
		 * The meta object literal for the '<em><b>Word Lists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEXT_SETTINGS__WORD_LISTS = eINSTANCE.getTextSettings_WordLists();

		/**
		 * The meta object literal for the '{@link org.policylens.text.model.impl.WordListImpl <em>Word List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.policylens.text.model.impl.WordListImpl
		 * @see org.policylens.text.model.impl.TextPackageImpl#getWordList()
		 * @generated
		 */
		EClass WORD_LIST = eINSTANCE.getWordList();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORD_LIST__NAME = eINSTANCE.getWordList_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORD_LIST__KIND = eINSTANCE.getWordList_Kind();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORD_LIST__LANGUAGE = eINSTANCE.getWordList_Language();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORD_LIST__VERSION = eINSTANCE.getWordList_Version();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORD_LIST__CREATED = eINSTANCE.getWordList_Created();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORD_LIST__CREATED_BY = eINSTANCE.getWordList_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORD_LIST__ORIGIN = eINSTANCE.getWordList_Origin();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORD_LIST__ENTRIES = eINSTANCE.getWordList_Entries();

		/**
		 * The meta object literal for the '{@link org.policylens.text.model.WordListKind <em>Word List Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.policylens.text.model.WordListKind
		 * @see org.policylens.text.model.impl.TextPackageImpl#getWordListKind()
		 * @generated
		 */
		EEnum WORD_LIST_KIND = eINSTANCE.getWordListKind();

	}

} //TextPackage
