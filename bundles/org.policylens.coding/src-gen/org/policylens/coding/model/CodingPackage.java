/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/coding.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.coding.model;

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
 * The codings of a study: codes of its codebooks applied to clauses or any span of a document's text, by human coders or accepted auto-coding proposals, each with its memo. Every coding is also an event of the ledger.
 * <!-- end-model-doc -->
 * @see org.policylens.coding.model.CodingFactory
 * @model kind="package"
 * @generated
 */
public interface CodingPackage extends EPackage {
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
	String eNS_URI = "http://policylens.org/coding/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "coding";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CodingPackage eINSTANCE = org.policylens.coding.model.impl.CodingPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.policylens.coding.model.impl.CodingsImpl <em>Codings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.policylens.coding.model.impl.CodingsImpl
	 * @see org.policylens.coding.model.impl.CodingPackageImpl#getCodings()
	 * @generated
	 */
	int CODINGS = 0;

	/**
	 * The feature id for the '<em><b>Coders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODINGS__CODERS = StudyPackage.STUDY_PART_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Codings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODINGS__CODINGS = StudyPackage.STUDY_PART_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Codings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODINGS_FEATURE_COUNT = StudyPackage.STUDY_PART_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Codings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODINGS_OPERATION_COUNT = StudyPackage.STUDY_PART_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.policylens.coding.model.impl.CoderImpl <em>Coder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.policylens.coding.model.impl.CoderImpl
	 * @see org.policylens.coding.model.impl.CodingPackageImpl#getCoder()
	 * @generated
	 */
	int CODER = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER__GUID = 2;

	/**
	 * The number of structural features of the '<em>Coder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Coder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.policylens.coding.model.impl.CodingImpl <em>Coding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.policylens.coding.model.impl.CodingImpl
	 * @see org.policylens.coding.model.impl.CodingPackageImpl#getCoding()
	 * @generated
	 */
	int CODING = 2;

	/**
	 * The feature id for the '<em><b>Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__GUID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__CODE = 1;

	/**
	 * The feature id for the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__DOCUMENT = 2;

	/**
	 * The feature id for the '<em><b>Clause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__CLAUSE = 3;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__START = 4;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__END = 5;

	/**
	 * The feature id for the '<em><b>Coder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__CODER = 6;

	/**
	 * The feature id for the '<em><b>Memo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__MEMO = 7;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__CREATED = 8;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__ORIGIN = 9;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__EVIDENCE = 10;

	/**
	 * The number of structural features of the '<em>Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.policylens.coding.model.CodingOrigin <em>Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.policylens.coding.model.CodingOrigin
	 * @see org.policylens.coding.model.impl.CodingPackageImpl#getCodingOrigin()
	 * @generated
	 */
	int CODING_ORIGIN = 3;


	/**
	 * Returns the meta object for class '{@link org.policylens.coding.model.Codings <em>Codings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Codings</em>'.
	 * @see org.policylens.coding.model.Codings
	 * @generated
	 */
	EClass getCodings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.policylens.coding.model.Codings#getCoders <em>Coders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Coders</em>'.
	 * @see org.policylens.coding.model.Codings#getCoders()
	 * @see #getCodings()
	 * @generated
	 */
	EReference getCodings_Coders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.policylens.coding.model.Codings#getCodings <em>Codings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codings</em>'.
	 * @see org.policylens.coding.model.Codings#getCodings()
	 * @see #getCodings()
	 * @generated
	 */
	EReference getCodings_Codings();

	/**
	 * Returns the meta object for class '{@link org.policylens.coding.model.Coder <em>Coder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coder</em>'.
	 * @see org.policylens.coding.model.Coder
	 * @generated
	 */
	EClass getCoder();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coder#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.policylens.coding.model.Coder#getId()
	 * @see #getCoder()
	 * @generated
	 */
	EAttribute getCoder_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coder#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.policylens.coding.model.Coder#getName()
	 * @see #getCoder()
	 * @generated
	 */
	EAttribute getCoder_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coder#getGuid <em>Guid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guid</em>'.
	 * @see org.policylens.coding.model.Coder#getGuid()
	 * @see #getCoder()
	 * @generated
	 */
	EAttribute getCoder_Guid();

	/**
	 * Returns the meta object for class '{@link org.policylens.coding.model.Coding <em>Coding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coding</em>'.
	 * @see org.policylens.coding.model.Coding
	 * @generated
	 */
	EClass getCoding();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coding#getGuid <em>Guid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guid</em>'.
	 * @see org.policylens.coding.model.Coding#getGuid()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Guid();

	/**
	 * Returns the meta object for the reference '{@link org.policylens.coding.model.Coding#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code</em>'.
	 * @see org.policylens.coding.model.Coding#getCode()
	 * @see #getCoding()
	 * @generated
	 */
	EReference getCoding_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coding#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document</em>'.
	 * @see org.policylens.coding.model.Coding#getDocument()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Document();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coding#getClause <em>Clause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clause</em>'.
	 * @see org.policylens.coding.model.Coding#getClause()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Clause();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coding#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.policylens.coding.model.Coding#getStart()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coding#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.policylens.coding.model.Coding#getEnd()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_End();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coding#getCoder <em>Coder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coder</em>'.
	 * @see org.policylens.coding.model.Coding#getCoder()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Coder();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coding#getMemo <em>Memo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memo</em>'.
	 * @see org.policylens.coding.model.Coding#getMemo()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Memo();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coding#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.policylens.coding.model.Coding#getCreated()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coding#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.policylens.coding.model.Coding#getOrigin()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.policylens.coding.model.Coding#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.policylens.coding.model.Coding#getEvidence()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Evidence();

	/**
	 * Returns the meta object for enum '{@link org.policylens.coding.model.CodingOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Origin</em>'.
	 * @see org.policylens.coding.model.CodingOrigin
	 * @generated
	 */
	EEnum getCodingOrigin();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CodingFactory getCodingFactory();

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
		 * The meta object literal for the '{@link org.policylens.coding.model.impl.CodingsImpl <em>Codings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.policylens.coding.model.impl.CodingsImpl
		 * @see org.policylens.coding.model.impl.CodingPackageImpl#getCodings()
		 * @generated
		 */
		EClass CODINGS = eINSTANCE.getCodings();

		/**
		 * The meta object literal for the '<em><b>Coders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODINGS__CODERS = eINSTANCE.getCodings_Coders();

		/**
		 * The meta object literal for the '<em><b>Codings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODINGS__CODINGS = eINSTANCE.getCodings_Codings();

		/**
		 * The meta object literal for the '{@link org.policylens.coding.model.impl.CoderImpl <em>Coder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.policylens.coding.model.impl.CoderImpl
		 * @see org.policylens.coding.model.impl.CodingPackageImpl#getCoder()
		 * @generated
		 */
		EClass CODER = eINSTANCE.getCoder();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODER__ID = eINSTANCE.getCoder_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODER__NAME = eINSTANCE.getCoder_Name();

		/**
		 * The meta object literal for the '<em><b>Guid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODER__GUID = eINSTANCE.getCoder_Guid();

		/**
		 * The meta object literal for the '{@link org.policylens.coding.model.impl.CodingImpl <em>Coding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.policylens.coding.model.impl.CodingImpl
		 * @see org.policylens.coding.model.impl.CodingPackageImpl#getCoding()
		 * @generated
		 */
		EClass CODING = eINSTANCE.getCoding();

		/**
		 * The meta object literal for the '<em><b>Guid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__GUID = eINSTANCE.getCoding_Guid();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODING__CODE = eINSTANCE.getCoding_Code();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__DOCUMENT = eINSTANCE.getCoding_Document();

		/**
		 * The meta object literal for the '<em><b>Clause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__CLAUSE = eINSTANCE.getCoding_Clause();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__START = eINSTANCE.getCoding_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__END = eINSTANCE.getCoding_End();

		/**
		 * The meta object literal for the '<em><b>Coder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__CODER = eINSTANCE.getCoding_Coder();

		/**
		 * The meta object literal for the '<em><b>Memo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__MEMO = eINSTANCE.getCoding_Memo();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__CREATED = eINSTANCE.getCoding_Created();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__ORIGIN = eINSTANCE.getCoding_Origin();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__EVIDENCE = eINSTANCE.getCoding_Evidence();

		/**
		 * The meta object literal for the '{@link org.policylens.coding.model.CodingOrigin <em>Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.policylens.coding.model.CodingOrigin
		 * @see org.policylens.coding.model.impl.CodingPackageImpl#getCodingOrigin()
		 * @generated
		 */
		EEnum CODING_ORIGIN = eINSTANCE.getCodingOrigin();

	}

} //CodingPackage
