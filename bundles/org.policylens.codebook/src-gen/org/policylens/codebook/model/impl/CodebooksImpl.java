/**
 * Copyright (c) 2026 PolicyLens contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0).
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/codebook.genmodel: do not edit, regenerate (see BUILDING.md).
 */
package org.policylens.codebook.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.policylens.codebook.model.Codebook;
import org.policylens.codebook.model.CodebookPackage;
import org.policylens.codebook.model.Codebooks;

import org.policylens.study.model.impl.StudyPartImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Codebooks</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.policylens.codebook.model.impl.CodebooksImpl#getCodebooks <em>Codebooks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodebooksImpl extends StudyPartImpl implements Codebooks {
	/**
	 * The cached value of the '{@link #getCodebooks() <em>Codebooks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodebooks()
	 * @generated
	 * @ordered
	 */
	protected EList<Codebook> codebooks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodebooksImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CodebookPackage.Literals.CODEBOOKS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Codebook> getCodebooks() {
		if (codebooks == null) {
			codebooks = new EObjectContainmentEList<Codebook>(Codebook.class, this, CodebookPackage.CODEBOOKS__CODEBOOKS);
		}
		return codebooks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CodebookPackage.CODEBOOKS__CODEBOOKS:
				return ((InternalEList<?>)getCodebooks()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CodebookPackage.CODEBOOKS__CODEBOOKS:
				return getCodebooks();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CodebookPackage.CODEBOOKS__CODEBOOKS:
				getCodebooks().clear();
				getCodebooks().addAll((Collection<? extends Codebook>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CodebookPackage.CODEBOOKS__CODEBOOKS:
				getCodebooks().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CodebookPackage.CODEBOOKS__CODEBOOKS:
				return codebooks != null && !codebooks.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CodebooksImpl
